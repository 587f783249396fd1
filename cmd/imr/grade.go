package main

import (
	"github.com/imrkit/imrkit/check"
	"github.com/spf13/cobra"
)

func init() { register(newGradeCmd) }

type gradeFlags struct {
	letterFlags
	gold string
	list bool
}

func newGradeCmd(e *env) *cobra.Command {
	f := &gradeFlags{}
	c := &cobra.Command{
		Use:   "grade --gold DIR [flags] FILE...|DIR|-",
		Short: "Score check's findings against hand-read gold",
		Long: `Grade runs imr check on letters and scores its findings against the
inconsistencies the hand-read gold lists (one JSON file per case number
in --gold DIR): the share of the gold's inconsistencies found with the
right code and item, and the findings the gold does not list, per letter
and code.`,
		Example: `  imr grade --gold gold/ letters/
  imr grade --gold gold/ --list letters/`,
		Args: needLetters,
		RunE: func(_ *cobra.Command, args []string) error { return runGrade(e, f, args) },
	}
	f.register(c)
	goldFlag(c, &f.gold)
	c.Flags().BoolVar(&f.list, "list", false, "list every miss and every finding the gold does not list")
	return c
}

func runGrade(e *env, f *gradeFlags, args []string) error {
	gold, err := readGold(f.gold)
	if err != nil {
		return err
	}
	r, err := f.reading(e, args, false)
	if err != nil {
		return err
	}
	r.opt.Mentions = true // check compares what each part mentions
	letters := r.letters()
	if r.read == 0 {
		return r.done()
	}
	cfg := &check.Config{Lexicon: r.opt.Lexicon}
	s, err := cfg.Score(letters, gold)
	if rerr := s.Report(e.stdout, f.list); rerr != nil {
		return rerr
	}
	if err != nil {
		return err
	}
	return r.done()
}
