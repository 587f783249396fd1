package render

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ManifestName is the file in an output folder that lists what render
// wrote there, one line per file in the format of sha256sum: the file's
// SHA-256, two spaces, its name. "sha256sum -c" checks it. A later line
// for a name replaces an earlier one.
const ManifestName = ".imrkit-render.sha256"

// ErrExists is the cause of an error for an output name that is taken by
// a file render did not write (or that was changed since), or by an
// input.
var ErrExists = errors.New("file exists")

// Outputs decides the files of one run that writes letters into a
// folder: each is named by the letter's ID (case number, else the input's
// base name) with the format's extension, numbered "-2", "-3" when a name
// comes twice in the run. It never writes over an input of the run, with
// or without Force. Without Force it does not write over any file that
// render did not write: a file may be replaced only when the folder's
// manifest (ManifestName) lists it with the SHA-256 it has now, that is,
// a file written by render and left unchanged. With Force other files
// are replaced.
type Outputs struct {
	dir     string
	force   bool
	inputs  []fs.FileInfo
	taken   map[string]bool   // names given in this run
	written map[string]string // the manifest: SHA-256 by file name
}

// NewOutputs prepares writing into dir, making it if need be; inputs are
// the paths the run reads (folders and files that cannot be read are
// skipped: they cannot be written over).
func NewOutputs(dir string, inputs []string, force bool) (*Outputs, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	o := &Outputs{dir: dir, force: force, taken: map[string]bool{}}
	for _, p := range inputs {
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			o.inputs = append(o.inputs, fi)
		}
	}
	var err error
	o.written, err = readManifest(filepath.Join(dir, ManifestName))
	return o, err
}

// Path returns the file to write a letter with this ID into, in format,
// or an error naming the file when it is an input, or a file render did
// not write and Force is not set. The name is taken either way, so that
// the next letter with the same ID is numbered on.
func (o *Outputs) Path(id, format string) (string, error) {
	name := safeName(id)
	for n := 2; o.taken[name]; n++ {
		name = safeName(id) + "-" + strconv.Itoa(n)
	}
	o.taken[name] = true
	path := filepath.Join(o.dir, name+Ext(format))
	return path, o.writable(path)
}

// writable reports whether path may be written.
func (o *Outputs) writable(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	for _, in := range o.inputs {
		if os.SameFile(fi, in) {
			return fmt.Errorf("%s: %w and is an input: not written over (choose another output folder)", path, ErrExists)
		}
	}
	if o.force || o.ours(path) {
		return nil
	}
	return fmt.Errorf("%s: %w and was not written by imr render: not written over without --force", path, ErrExists)
}

// ours reports whether the manifest lists path with its present SHA-256.
func (o *Outputs) ours(path string) bool {
	want, ok := o.written[filepath.Base(path)]
	if !ok {
		return false
	}
	data, err := os.ReadFile(path)
	return err == nil && digest(data) == want
}

// Write writes data to path (given by Path) and records it in the
// manifest.
func (o *Outputs) Write(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	name, sum := filepath.Base(path), digest(data)
	o.written[name] = sum
	f, err := os.OpenFile(filepath.Join(o.dir, ManifestName), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("render: manifest: %w", err)
	}
	_, err = fmt.Fprintf(f, "%s  %s\n", sum, name)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("render: manifest: %w", err)
	}
	return nil
}

// readManifest reads a manifest; a missing one is empty.
func readManifest(path string) (map[string]string, error) {
	m := map[string]string{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if ok && len(sum) == sha256.Size*2 {
			m[name] = sum
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("render: %s: %w", path, err)
	}
	return m, nil
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
