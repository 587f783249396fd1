package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// stdinName is the argument that stands for standard input.
const stdinName = "-"

// inputs are the letter files a command's arguments name, and what was
// left out of them. A command reads paths; everything else was reported
// on standard error as the arguments were listed.
type inputs struct {
	paths   []string // to read, in order: files as given, folders' files sorted
	missing int      // arguments, and files or folders in them, that could not be read: exit 2
	skipped int      // files found in folders that are no letter's type: reported, not an error
	hidden  int      // hidden files and folders (.name, macOS ._name): left out silently
	letters int      // letter files listed
	notes   io.Writer
	count   bool // count the letter files, keep no list (corpus build walks again)
}

// listInputs expands the arguments: a file is read as given, a folder
// (or a link to one) for its .pdf and .txt files, and "-" is standard
// input, alone. Every file given or found that will not be read is
// reported on w with the reason, except hidden files, which are only
// counted. A file found in a folder that is not a letter's type is
// written to notes (standard error, or nothing with --quiet) and the run
// goes on; a path given that cannot be read counts as missing.
func listInputs(args []string, w, notes io.Writer) (inputs, error) {
	in := inputs{notes: notes}
	err := in.list(args, w)
	return in, err
}

// countInputs is listInputs that counts the letter files in letters and
// keeps no list of them, for a build of a million files.
func countInputs(args []string, w, notes io.Writer) (inputs, error) {
	in := inputs{notes: notes, count: true}
	err := in.list(args, w)
	return in, err
}

func (in *inputs) list(args []string, w io.Writer) error {
	for _, a := range args {
		if a == stdinName {
			if len(args) > 1 {
				return usagef("- (standard input) cannot be given with other files")
			}
			in.keep(a)
			continue
		}
		in.add(a, w)
	}
	return nil
}

// keep lists a letter file to read.
func (in *inputs) keep(p string) {
	in.letters++
	if !in.count {
		in.paths = append(in.paths, p)
	}
}

// add lists one argument.
func (in *inputs) add(arg string, w io.Writer) {
	st, err := os.Stat(arg) // follows links
	switch {
	case err != nil:
		in.missing++
		fmt.Fprintln(w, pathError(arg, err))
	case st.IsDir():
		in.walk(arg, w)
	case !st.Mode().IsRegular():
		in.refuse(w, arg, "not a regular file")
	case !givenLetter(arg):
		in.refuse(w, arg, "not a letter's type: imr reads .pdf, .txt and .docx files")
	default:
		in.keep(arg)
	}
}

// givenLetter reports whether a file named on the command line is read:
// a .pdf or .txt file, or a name without an extension (a pipe, a
// download); a .docx or .png is not.
func givenLetter(name string) bool {
	return extract.IsLetterFile(name) || filepath.Ext(name) == ""
}

// walk lists the letter files under the folder root, sorted.
func (in *inputs) walk(root string, w io.Writer) {
	start := root
	if !strings.HasSuffix(start, string(filepath.Separator)) {
		start += string(filepath.Separator) // so WalkDir enters a link to a folder
	}
	filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			in.missing++
			fmt.Fprintln(w, pathError(p, err))
			return nil
		}
		if p == start {
			return nil
		}
		return in.found(p, d, w)
	})
}

// found takes one entry of a folder.
func (in *inputs) found(p string, d fs.DirEntry, w io.Writer) error {
	switch {
	case strings.HasPrefix(d.Name(), "."):
		in.hidden++
		if d.IsDir() {
			return fs.SkipDir
		}
	case d.IsDir():
	case d.Type()&fs.ModeSymlink != 0:
		in.link(p, w)
	case !extract.IsLetterFile(p):
		in.skip(p, "not a letter's type: imr reads .pdf, .txt and .docx files")
	case !d.Type().IsRegular():
		in.refuse(w, p, "not a regular file")
	default:
		in.keep(p)
	}
	return nil
}

// link takes a link found in a folder: read when it leads to a letter
// file. A link to a folder is not followed (it may lead back up); given
// as an argument, it is.
func (in *inputs) link(p string, w io.Writer) {
	st, err := os.Stat(p)
	switch {
	case err != nil:
		in.missing++
		fmt.Fprintln(w, pathError(p, err))
	case st.IsDir():
		in.skip(p, "a link to a folder inside a folder is not followed: give it as an argument")
	case !extract.IsLetterFile(p):
		in.skip(p, "not a letter's type: imr reads .pdf, .txt and .docx files")
	case !st.Mode().IsRegular():
		in.refuse(w, p, "not a regular file")
	default:
		in.keep(p)
	}
}

// skip notes a file found in a folder that is not read.
func (in *inputs) skip(path, why string) {
	in.skipped++
	fmt.Fprintf(in.notes, "%s: not read: %s\n", path, why)
}

// refuse reports a file that should have been read and cannot be.
func (in *inputs) refuse(w io.Writer, path, why string) {
	in.missing++
	fmt.Fprintf(w, "%s: not read: %s\n", path, why)
}

// notRead is the number of files and folders given or found that were
// not read, hidden ones aside.
func (in inputs) notRead() int { return in.missing + in.skipped }

// pathError is one line naming the path and what went wrong, without
// Go's "stat" or "open" prefix.
func pathError(path string, err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	return fmt.Sprintf("%s: %v", path, err)
}

// errNoLetter is the error of a run that read no letter.
func errNoLetter(in inputs) error {
	msg := "no letter read"
	if n := in.notRead(); n > 0 {
		msg += fmt.Sprintf(" (%s not read, named above)", count(n, "file"))
	}
	if in.hidden > 0 {
		msg += ", " + count(in.hidden, "hidden file") + " skipped"
	}
	return errors.New(msg)
}
