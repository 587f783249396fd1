package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/imrkit/imrkit/corpus"
	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusBuildCmd) }

type buildFlags struct {
	letterFlags
	failFast bool
	shard    string
}

func newCorpusBuildCmd(e *env, db *string) *cobra.Command {
	f := &buildFlags{}
	c := &cobra.Command{
		Use:   "build [flags] SRC...",
		Short: "Extract, check and store letters in a corpus database",
		Long: `Build walks folders (and links to folders) of PDF and text letters,
extracts and checks them in parallel and stores them in the database.
Run again, it reads only what is new or changed. Files that cannot be
read are stored with their error and the build goes on.

Exit status: 0 when the build ran, 1 when it stopped at a failure
(--fail-fast) or no file could be read, 2 for usage errors, sources that
hold no letter file, and a source that does not exist (the others are
built, then the build exits 2).`,
		Example: `  imr corpus build --db imr.db letters/ more-letters/`,
		Args:    needArgs("sources (FILE or DIR)"),
		RunE:    func(_ *cobra.Command, args []string) error { return runBuild(e, f, *db, args) },
	}
	f.register(c)
	c.Flags().BoolVar(&f.failFast, "fail-fast", false, "stop at the first file that fails")
	c.Flags().StringVar(&f.shard, "shard", "", "build only part i/n of the files (by a hash of the path)")
	return c
}

func runBuild(e *env, f *buildFlags, dbPath string, args []string) error {
	opt, err := f.options()
	if err != nil {
		return err
	}
	sh, err := corpus.ParseShard(f.shard)
	if err != nil {
		return usageErr{err}
	}
	for _, a := range args {
		if a == stdinName {
			return usagef("a corpus is built from files, known by path: - (standard input) is not a source")
		}
	}
	// List the sources before the database is made: a missing one, or
	// none with a letter file, is an error, and files skipped are named.
	in, err := countInputs(args, e.stderr, e.stderr)
	if err != nil {
		return err
	}
	if in.letters == 0 {
		return errNoLetter(in)
	}
	db, err := corpus.Open(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	err = build(db, present(args), corpus.Options{Extract: opt, Jobs: f.jobs, Check: checkLetter, FailFast: f.failFast, Shard: sh}, e)
	if err == nil && in.missing > 0 {
		return errFailed // the sources that exist are built; the others were named
	}
	return err
}

// present keeps the sources that exist: one missing source is reported
// and the others built.
func present(args []string) []string {
	var out []string
	for _, a := range args {
		if _, err := os.Stat(a); err == nil {
			out = append(out, a)
		}
	}
	return out
}

// build runs the build with a progress bar on a terminal, or a line per
// failed file otherwise, and prints the summary. It exits 1 when it
// stopped at a failure or when no file could be read.
func build(db *corpus.DB, args []string, opt corpus.Options, e *env) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bar := progressBar(e.stderr)
	opt.Progress = bar.update
	sum, err := corpus.Build(ctx, db, args, opt)
	bar.finish()
	fmt.Fprintln(e.stdout, sum)
	var fe *corpus.FileError
	switch {
	case errors.As(err, &fe):
		fmt.Fprintln(e.stderr, "imr corpus build: stopped at the first failure (--fail-fast):", fe)
		return exitCode(1)
	case errors.Is(err, context.Canceled):
		return errors.New("interrupted; the files stored are kept: run the same build again to go on")
	case err != nil:
		return err
	case sum.Failed > 0 && sum.OK+sum.Skipped == 0:
		fmt.Fprintln(e.stderr, "imr corpus build: no file could be read")
		return exitCode(1)
	}
	return nil
}

// progress reports a build: a bar on a terminal, else failures only.
type progress struct {
	bar    *corpus.Bar
	stderr io.Writer
}

func progressBar(stderr io.Writer) *progress {
	p := &progress{stderr: stderr}
	if isTerminal(stderr) {
		p.bar = corpus.NewBar(stderr)
	}
	return p
}

func (p *progress) update(s corpus.Progress) {
	switch {
	case p.bar != nil:
		p.bar.Update(s)
	case s.Err != nil:
		fmt.Fprintf(p.stderr, "%s: %v\n", s.Path, s.Err)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
