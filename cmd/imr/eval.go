package main

import (
	"fmt"
	"os"

	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
	"github.com/spf13/cobra"
)

func init() { register(newEvalCmd) }

type evalFlags struct {
	letterFlags
	gold   string
	misses bool
}

func newEvalCmd(e *env) *cobra.Command {
	f := &evalFlags{}
	c := &cobra.Command{
		Use:   "eval --gold DIR [flags] FILE...|DIR|-",
		Short: "Score extraction against hand-read gold files",
		Long: `Eval scores extraction against hand-read gold files (one JSON file per
case number in --gold DIR): per-field accuracy, F1 for diagnoses, and an
overall figure. A gold folder that is missing or holds no gold file, and
a run where no letter has gold, are errors: they would score perfect.`,
		Example: `  imr eval --gold gold/ letters/`,
		Args:    needLetters,
		RunE:    func(_ *cobra.Command, args []string) error { return runEval(e, f, args) },
	}
	f.register(c)
	goldFlag(c, &f.gold)
	c.Flags().BoolVar(&f.misses, "misses", false, "list every wrong answer")
	return c
}

// goldFlag registers the required --gold folder of eval and grade.
func goldFlag(c *cobra.Command, dir *string) {
	c.Flags().StringVar(dir, "gold", "", "folder of gold JSON files, one per case number (required)")
	c.MarkFlagRequired("gold")
	c.MarkFlagDirname("gold")
}

func runEval(e *env, f *evalFlags, args []string) error {
	gold, err := readGold(f.gold)
	if err != nil {
		return err
	}
	r, err := f.reading(e, args, false)
	if err != nil {
		return err
	}
	s := eval.NewScore()
	eachLetter(r, none, func(l *extract.Letter, _ struct{}) error {
		if !s.Add(gold, l.Source.Path, l) {
			fmt.Fprintf(e.stderr, "%s: no gold file for this letter in %s\n", l.Source.Path, f.gold)
		}
		return nil
	})
	if err := r.done(); err != nil && r.read == 0 {
		return err
	}
	if s.Letters == 0 {
		return fmt.Errorf("no letter has a gold file in %s: nothing scored", f.gold)
	}
	s.Report(e.stdout, f.misses)
	return r.done()
}

// readGold reads the gold folder, naming it in errors.
func readGold(dir string) (map[string]*eval.Gold, error) {
	st, err := os.Stat(dir)
	if err == nil && !st.IsDir() {
		return nil, fmt.Errorf("--gold %s: not a folder", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("--gold %s", pathError(dir, err))
	}
	g, err := eval.ReadGold(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("--gold %s: %w", dir, err)
	}
	return g, nil
}
