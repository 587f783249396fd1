package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"golang.org/x/term"
)

// checks are the checks a corpus build runs; nil until the check
// package's Run lands.
var checks func(*extract.Letter) []check.Finding

// defaultDB is the corpus database when --db is not given.
const defaultDB = "corpus.db"

var corpusCommands = map[string]command{
	"build": runCorpusBuild,
}

func runCorpus(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || corpusCommands[args[0]] == nil {
		fmt.Fprint(stderr, corpusUsage)
		return 2
	}
	return corpusCommands[args[0]](args[1:], stdin, stdout, stderr)
}

const corpusUsage = `usage: imr corpus <command> [flags]

commands:
  build    extract, check and store letters in a corpus database
  stats    outcome rates and finding counts
  search   full-text search of summaries and rationales
  export   write the tables as JSON lines, CSV or Parquet
  report   the QA report of the stored letters

Run "imr corpus <command> -h" for a command's flags.
`

func runCorpusBuild(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("corpus build", "SRC...", stderr)
	var ef extractFlags
	ef.register(fs)
	dbPath := fs.String("db", defaultDB, "corpus database file")
	failFast := fs.Bool("fail-fast", false, "stop at the first file that fails")
	shard := fs.String("shard", "", "build only part i/n of the files (by a hash of the path)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt, err := buildOptions(&ef, *shard, *failFast)
	if err != nil || fs.NArg() == 0 {
		return usageError(fs, "imr corpus build", err, stderr)
	}
	paths, err := extract.Inputs(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "imr corpus build:", err)
		return 2
	}
	db, err := corpus.Open(*dbPath)
	if err != nil {
		fmt.Fprintln(stderr, "imr corpus build:", err)
		return 2
	}
	defer db.Close()
	return build(db, paths, opt, stdout, stderr)
}

func buildOptions(ef *extractFlags, shard string, failFast bool) (corpus.Options, error) {
	xopt, err := ef.options()
	if err != nil {
		return corpus.Options{}, err
	}
	sh, err := corpus.ParseShard(shard)
	return corpus.Options{Extract: xopt, Jobs: ef.jobs, Check: checks, FailFast: failFast, Shard: sh}, err
}

// build runs the build with a progress bar on a terminal, or a line per
// failed file otherwise, and prints the summary. It exits 1 when it
// stopped at a failure or when no file could be read.
func build(db *corpus.DB, paths []string, opt corpus.Options, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bar := progressBar(stderr)
	opt.Progress = bar.update
	sum, err := corpus.Build(ctx, db, paths, opt)
	bar.finish()
	fmt.Fprintln(stdout, sum)
	var fe *corpus.FileError
	switch {
	case errors.As(err, &fe):
		fmt.Fprintln(stderr, "imr corpus build: stopped at the first failure (--fail-fast):", fe)
		return 1
	case err != nil:
		fmt.Fprintln(stderr, "imr corpus build:", err)
		return 2
	case sum.Failed > 0 && sum.OK+sum.Skipped == 0:
		fmt.Fprintln(stderr, "imr corpus build: no file could be read")
		return 1
	}
	return 0
}

// progress reports a build: a bar on a terminal, else failures only.
type progress struct {
	bar    *corpus.Bar
	stderr io.Writer
}

func progressBar(stderr io.Writer) *progress {
	p := &progress{stderr: stderr}
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = corpus.NewBar(stderr)
	}
	return p
}

func (p *progress) update(s corpus.Progress) {
	switch {
	case p.bar != nil:
		p.bar.Update(s)
	case s.Err != nil:
		fmt.Fprintf(p.stderr, "imr: %s: %v\n", s.Path, s.Err)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// usageError prints err, or the usage when err is nil, and returns 2.
func usageError(fs *flag.FlagSet, name string, err error, stderr io.Writer) int {
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return 2
	}
	fs.Usage()
	return 2
}
