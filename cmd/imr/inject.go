package main

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/inject"
	"github.com/spf13/cobra"
)

func init() { register(newInjectCmd) }

type injectFlags struct {
	letterFlags
	kinds string
	seed  uint64
	out   string
}

func newInjectCmd(e *env) *cobra.Command {
	f := &injectFlags{}
	c := &cobra.Command{
		Use:   "inject --out DIR [flags] LETTER...|DIR",
		Short: "Write one-fault copies of letters and their manifest",
		Long: `Inject writes copies of letters into --out DIR, each with one known
fault of a kind check should find (a changed quantity, a duplicated
item, ...), and manifest.jsonl saying what each copy changed and where.
A letter that states neither side of a pair a kind changes gets no copy
of that kind.

Kinds: ` + strings.Join(operatorNames(), ", ") + `.`,
		Example: `  imr inject --kinds quantity-mismatch --seed 7 --out faults/ letters/`,
		Args:    needLetters,
		RunE:    func(_ *cobra.Command, args []string) error { return runInject(e, f, args) },
	}
	f.register(c)
	fs := c.Flags()
	fs.StringVar(&f.kinds, "kinds", "", "comma-separated codes or operators to inject (default all)")
	fs.Uint64Var(&f.seed, "seed", 1, "seed the choices (replacement, shift) are drawn from")
	fs.StringVar(&f.out, "out", "", "folder for the copies and manifest.jsonl (made if missing; never one holding an input or other files) (required)")
	c.MarkFlagRequired("out")
	c.MarkFlagDirname("out")
	c.RegisterFlagCompletionFunc("kinds", cobra.FixedCompletions(operatorNames(), cobra.ShellCompDirectiveNoFileComp))
	return c
}

func runInject(e *env, f *injectFlags, args []string) error {
	ops, err := inject.Select(f.kinds)
	if err != nil {
		return usageErr{err}
	}
	for _, a := range args {
		if a == stdinName {
			return usagef("copies are named after their letter's file: - (standard input) is not read")
		}
	}
	r, err := f.reading(e, args, false)
	if err != nil {
		return err
	}
	if len(r.in.paths) == 0 {
		return errNoLetter(r.in)
	}
	w, err := inject.NewWriter(f.out, r.in.paths)
	if err != nil {
		return err
	}
	iopt := inject.Options{Operators: ops, Seed: f.seed}
	for _, p := range r.in.paths {
		if err := injectOne(w, p, iopt, r); err != nil {
			w.Close()
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d copies of %d letters in %s\n", w.Count(), r.read, f.out)
	if w.Count() == 0 && r.read > 0 {
		fmt.Fprintln(e.stderr, "imr inject: no copy made: no letter states both sides of a pair the kinds asked for change")
	}
	return r.done()
}

// injectOne writes the copies of one letter; a letter that cannot be
// read is reported and counted, and the others go on.
func injectOne(w *inject.Writer, path string, iopt inject.Options, r *reading) error {
	o, err := inject.ReadFile(path, r.opt)
	if err != nil {
		r.failed++
		fmt.Fprintln(r.stderr, err)
		return nil
	}
	r.read++
	r.warn(o.Letter) // its copies are of what was read
	for _, c := range o.Copies(iopt) {
		if err := w.Write(c); err != nil {
			return err
		}
	}
	return nil
}

func operatorNames() []string {
	var out []string
	for _, op := range inject.Operators() {
		out = append(out, op.Name)
	}
	return out
}
