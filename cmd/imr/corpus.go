package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/render"
	"golang.org/x/term"
)

// defaultDB is the corpus database when --db is not given.
const defaultDB = "corpus.db"

var corpusCommands = map[string]command{
	"build":  runCorpusBuild,
	"stats":  runCorpusStats,
	"search": runCorpusSearch,
	"export": runCorpusExport,
	"report": runCorpusReport,
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
	for _, a := range fs.Args() { // before the database is made
		if _, err := os.Stat(a); err != nil {
			fmt.Fprintln(stderr, "imr corpus build:", err)
			return 2
		}
	}
	db, err := corpus.Open(*dbPath)
	if err != nil {
		fmt.Fprintln(stderr, "imr corpus build:", err)
		return 2
	}
	defer db.Close()
	return build(db, fs.Args(), opt, stdout, stderr)
}

func buildOptions(ef *extractFlags, shard string, failFast bool) (corpus.Options, error) {
	xopt, err := ef.options()
	if err != nil {
		return corpus.Options{}, err
	}
	sh, err := corpus.ParseShard(shard)
	return corpus.Options{Extract: xopt, Jobs: ef.jobs, Check: checkLetter, FailFast: failFast, Shard: sh}, err
}

// build runs the build with a progress bar on a terminal, or a line per
// failed file otherwise, and prints the summary. It exits 1 when it
// stopped at a failure or when no file could be read.
func build(db *corpus.DB, args []string, opt corpus.Options, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bar := progressBar(stderr)
	opt.Progress = bar.update
	sum, err := corpus.Build(ctx, db, args, opt)
	bar.finish()
	fmt.Fprintln(stdout, sum)
	var fe *corpus.FileError
	switch {
	case errors.As(err, &fe):
		fmt.Fprintln(stderr, "imr corpus build: stopped at the first failure (--fail-fast):", fe)
		return 1
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "imr corpus build: interrupted; the files stored are kept: run the same build again to go on")
		return 2
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
	if isTerminal(stderr) {
		p.bar = corpus.NewBar(stderr)
	}
	return p
}

// isTerminal reports whether f is a file open on a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
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

// openCorpus opens an existing corpus for the commands that read one.
func openCorpus(path string) (*corpus.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no corpus at %s (imr corpus build --db %s SRC... makes one)", path, path)
	}
	return corpus.Open(path)
}

// readFlags parses the flags of a command that reads a corpus and
// opens it; it returns nil after printing why when it cannot.
func readFlags(fs *flag.FlagSet, dbPath *string, args []string, stderr io.Writer) *corpus.DB {
	if err := fs.Parse(args); err != nil {
		return nil
	}
	db, err := openCorpus(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "imr %s: %v\n", fs.Name(), err)
		return nil
	}
	return db
}

func runCorpusStats(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("corpus stats", "", stderr)
	dbPath := fs.String("db", defaultDB, "corpus database file")
	format := fs.String("format", "text", "output format: text or json")
	db := readFlags(fs, dbPath, args, stderr)
	if db == nil {
		return 2
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err == nil {
		err = writeAs(stdout, *format, st, st.WriteText)
	}
	return exitOn(err, "imr corpus stats", stderr)
}

func runCorpusSearch(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("corpus search", "QUERY...", stderr)
	dbPath := fs.String("db", defaultDB, "corpus database file")
	limit := fs.Int("n", 20, "most hits shown")
	format := fs.String("format", "text", "output format: text or json")
	db := readFlags(fs, dbPath, args, stderr)
	if db == nil {
		return 2
	}
	defer db.Close()
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	hits, err := db.Search(context.Background(), strings.Join(fs.Args(), " "), *limit)
	if err == nil {
		err = writeAs(stdout, *format, hits, func(w io.Writer) error { return corpus.WriteHits(w, hits) })
	}
	return exitOn(err, "imr corpus search", stderr)
}

func runCorpusExport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("corpus export", "", stderr)
	dbPath := fs.String("db", defaultDB, "corpus database file")
	to := fs.String("to", "parquet", "format: jsonl, csv or parquet")
	out := fs.String("out", "export", "folder to write one file per table into")
	db := readFlags(fs, dbPath, args, stderr)
	if db == nil {
		return 2
	}
	defer db.Close()
	counts, err := db.Export(context.Background(), *out, *to)
	for _, c := range counts {
		fmt.Fprintf(stdout, "%s\t%d rows\n", filepath.Join(*out, c.Key+"."+*to), c.N)
	}
	return exitOn(err, "imr corpus export", stderr)
}

func runCorpusReport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("corpus report", "", stderr)
	dbPath := fs.String("db", defaultDB, "corpus database file")
	to := fs.String("to", "pdf", "output format: pdf, html or md")
	pdf := fs.Bool("pdf", false, "write PDF (the same as --to pdf)")
	title := fs.String("title", "", "the report's title (default \"IMR compliance report\")")
	templates := fs.String("templates", "", "folder of templates that replace the built-in ones of the same name")
	out := fs.String("out", "", "file to write (default: standard output)")
	db := readFlags(fs, dbPath, args, stderr)
	if db == nil {
		return 2
	}
	defer db.Close()
	if *pdf {
		*to = render.PDF
	}
	opt := render.Options{TemplateDir: *templates, Title: *title}
	return exitOn(report(db, *to, opt, *out, stdout), "imr corpus report", stderr)
}

// report renders the report of every stored letter with its findings
// and writes it to the file out, or to stdout when out is empty.
func report(db *corpus.DB, format string, opt render.Options, out string, stdout io.Writer) error {
	var entries []render.Entry
	err := db.Letters(context.Background(), func(e corpus.Entry) error {
		entries = append(entries, render.Entry(e))
		return nil
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := render.Report(&buf, format, entries, opt); err != nil {
		return err
	}
	return writeOut(out, buf.Bytes(), stdout)
}

// writeAs writes v as indented JSON, or as text with the function given.
func writeAs(w io.Writer, format string, v any, text func(io.Writer) error) error {
	switch format {
	case "json":
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(v)
	case "text":
		return text(w)
	}
	return fmt.Errorf("--format: want text or json, got %q", format)
}
