package main

import (
	"fmt"
	"io"
	"os"

	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
)

func runEval(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("eval", "--gold DIR FILE...|DIR", stderr)
	var ef extractFlags
	ef.register(fs)
	gold := fs.String("gold", "", "folder of gold JSON files, one per case number")
	misses := fs.Bool("misses", false, "list every wrong answer")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *gold == "" || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opt, err := ef.options()
	if err != nil {
		fmt.Fprintln(stderr, "imr eval:", err)
		return 2
	}
	g, err := eval.ReadGold(os.DirFS(*gold))
	if err != nil {
		fmt.Fprintln(stderr, "imr eval:", err)
		return 2
	}
	paths, err := extract.Inputs(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "imr eval:", err)
		return 2
	}
	s, unmatched, errs := eval.Files(paths, g, opt)
	for _, e := range errs {
		fmt.Fprintln(stderr, "imr eval:", e)
	}
	for _, u := range unmatched {
		fmt.Fprintln(stderr, "imr eval: no gold for", u)
	}
	s.Report(stdout, *misses)
	if len(errs) > 0 {
		return 2
	}
	return 0
}
