package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/imrkit/imrkit/extract"
)

// The helpers of the hand-parsed command line, kept so that a handler
// written as runX(args, stdin, stdout, stderr) int against them compiles
// and runs unchanged from the commands map (see legacy in main.go).
// Porting one to cobra: move its flag definitions into a newXCmd (see
// the comment on constructors), replace extractFlags with letterFlags,
// fs.Args() with the RunE args, and exitOn/exitAfter with returned
// errors. Once nothing uses them, this file goes.

// newFlags makes a flag set that prints its usage to stderr.
func newFlags(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: imr %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// extractFlags are letterFlags for a flag.FlagSet.
type extractFlags struct {
	lexicon   string
	pdfEngine string
	jobs      int
}

func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.lexicon, "lexicon", "", "folder of lexicon files that extend the built-in vocabulary")
	fs.StringVar(&f.pdfEngine, "pdf-engine", "go", "PDF text engine: go, pdftotext or auto")
	fs.IntVar(&f.jobs, "j", 0, "files read in parallel (0: one per CPU)")
}

// options loads the lexicon and returns the extraction options.
func (f *extractFlags) options() (extract.Options, error) {
	lf := letterFlags{lexicon: f.lexicon, pdfEngine: newEnum("go", "go", "pdftotext", "auto")}
	if err := lf.pdfEngine.Set(f.pdfEngine); err != nil {
		return extract.Options{}, fmt.Errorf("--pdf-engine: %w", err)
	}
	return lf.options()
}

// exitOn prints err and returns 2, or returns 0 when err is nil.
func exitOn(err error, name string, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "%s: %v\n", name, err)
	return 2
}

// exitAfter is exitOn for a command that read many files, failed of
// which it could not read (each already reported): 2 when any failed.
func exitAfter(err error, failed int, name string, stderr io.Writer) int {
	if code := exitOn(err, name, stderr); code != 0 || failed == 0 {
		return code
	}
	return 2
}
