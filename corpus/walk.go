package corpus

import (
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Files yields the letter files named by args: a file as given, and the
// PDF and text files under a folder in lexical order (hidden files and
// folders, and macOS ._ files, left out), with an error for
// a folder that cannot be read. It walks as it yields and holds no list,
// so a build of a million files takes no more memory than one of a
// thousand.
func Files(args []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, a := range args {
			if !walk(a, yield) {
				return
			}
		}
	}
}

// walk yields the files of one argument; false means stop.
func walk(root string, yield func(string, error) bool) bool {
	if st, err := os.Stat(root); err == nil && st.IsDir() {
		root += string(filepath.Separator) // follow a link to a folder
	}
	stop := fmt.Errorf("stop")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if !yield(p, err) {
				return stop
			}
			return fs.SkipDir
		case p != root && strings.HasPrefix(d.Name(), "."):
			// hidden files and folders, and macOS ._ files: never letters
			if d.IsDir() {
				return fs.SkipDir
			}
		case p == root && !d.IsDir(), !d.IsDir() && extract.IsLetterFile(p):
			if !yield(p, nil) {
				return stop
			}
		}
		return nil
	})
	return err != stop
}

// checkArgs reports the first argument that does not exist.
func checkArgs(args []string) error {
	for _, a := range args {
		if _, err := os.Stat(a); err != nil {
			return err
		}
	}
	return nil
}

// countFiles counts the files of the shard that Files yields, and the
// folders it cannot read.
func countFiles(args []string, sh Shard) int {
	n := 0
	for p, err := range Files(args) {
		if err != nil || sh.Has(p) {
			n++
		}
	}
	return n
}
