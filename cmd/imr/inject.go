package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/inject"
)

// runInject writes one-fault copies of letters and their manifest:
//
//	imr inject [--kinds LIST] [--seed S] [--lexicon DIR] [--pdf-engine E] --out DIR LETTER...|DIR
func runInject(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("inject", "--out DIR LETTER...|DIR", stderr)
	var ef extractFlags
	ef.register(fs)
	kinds := fs.String("kinds", "", "comma-separated codes or operators to inject (default all): "+strings.Join(operatorNames(), ", "))
	seed := fs.Uint64("seed", 1, "seed the choices (replacement, shift) are drawn from")
	out := fs.String("out", "", "folder for the copies and manifest.jsonl (made if missing; never one holding an input or other files)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	ops, err := inject.Select(*kinds)
	if err != nil {
		return exitOn(err, "imr inject", stderr)
	}
	opt, err := ef.options()
	if err != nil {
		return exitOn(err, "imr inject", stderr)
	}
	paths, err := extract.Inputs(fs.Args())
	if err != nil {
		return exitOn(err, "imr inject", stderr)
	}
	return injectFiles(paths, *out, inject.Options{Operators: ops, Seed: *seed}, opt, stdout, stderr)
}

// injectFiles copies each letter into out; a letter that cannot be read
// is reported and skipped.
func injectFiles(paths []string, out string, iopt inject.Options, opt extract.Options, stdout, stderr io.Writer) int {
	if len(paths) == 0 {
		return exitOn(fmt.Errorf("no letters to read"), "imr inject", stderr)
	}
	w, err := inject.NewWriter(out, paths)
	if err != nil {
		return exitOn(err, "imr inject", stderr)
	}
	failed := 0
	for _, p := range paths {
		o, err := inject.ReadFile(p, opt)
		if err != nil {
			fmt.Fprintln(stderr, "imr inject:", err)
			failed++
			continue
		}
		for _, c := range o.Copies(iopt) {
			if err := w.Write(c); err != nil {
				w.Close()
				return exitOn(err, "imr inject", stderr)
			}
		}
	}
	if err := w.Close(); err != nil {
		return exitOn(err, "imr inject", stderr)
	}
	fmt.Fprintf(stdout, "%d copies of %d letters in %s\n", w.Count(), len(paths)-failed, out)
	if w.Count() == 0 && failed < len(paths) {
		fmt.Fprintln(stderr, "imr inject: no copy made: no letter states both sides of a pair the kinds asked for change")
	}
	if failed == len(paths) {
		return 2
	}
	return exitAfter(nil, failed, "imr inject", stderr)
}

func operatorNames() []string {
	var out []string
	for _, op := range inject.Operators() {
		out = append(out, op.Name)
	}
	return out
}
