package main

import (
	"fmt"
	"io"
	"os"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
)

// runGrade grades imr check on letters against hand-read gold: the
// share of the gold's inconsistencies found with the right code and
// item, and the findings the gold does not list, per letter and code.
func runGrade(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("grade", "--gold DIR FILE...|DIR", stderr)
	var ef extractFlags
	ef.register(fs)
	gold := fs.String("gold", "", "folder of gold JSON files, one per case number")
	list := fs.Bool("list", false, "list every miss and every finding the gold does not list")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *gold == "" || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opt, err := ef.options()
	if err != nil {
		fmt.Fprintln(stderr, "imr grade:", err)
		return 2
	}
	g, err := eval.ReadGold(os.DirFS(*gold))
	if err != nil {
		fmt.Fprintln(stderr, "imr grade:", err)
		return 2
	}
	letters, err := readScored(fs.Args(), opt)
	if err != nil {
		fmt.Fprintln(stderr, "imr grade:", err)
		return 2
	}
	cfg := &check.Config{Lexicon: opt.Lexicon}
	s, err := cfg.Score(letters, g)
	if err := s.Report(stdout, *list); err != nil {
		fmt.Fprintln(stderr, "imr grade:", err)
		return 2
	}
	if err != nil {
		fmt.Fprintln(stderr, "imr grade:", err)
		return 2
	}
	return 0
}

// readScored reads every letter of the arguments; it fails on the
// first that cannot be read, and when there is none.
func readScored(args []string, opt extract.Options) ([]*extract.Letter, error) {
	paths, err := extract.Inputs(args)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no letters in %v", args)
	}
	opt.Mentions = true
	var letters []*extract.Letter
	err = extract.Each(paths, opt, 0, func(r extract.Result) error {
		if r.Err != nil {
			return r.Err
		}
		letters = append(letters, r.Letter)
		return nil
	})
	return letters, err
}
