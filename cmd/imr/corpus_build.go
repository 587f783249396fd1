package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"github.com/spf13/cobra"
)

// gcForCorpus puts back Go's default garbage collection (GOGC 100) for a
// corpus build, unless GOGC says otherwise: imr's other commands collect
// less often (400) to save time on short runs, but a build runs over as
// many files as a corpus holds, and there the bigger heap cost both
// memory (1.9x the peak at 2,000 letters, and growing with the corpus)
// and time (CPU per letter 1.2x) in scripts/bench-corpus.sh.
func gcForCorpus() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
}

func init() { corpusCommands = append(corpusCommands, newCorpusBuildCmd) }

type buildFlags struct {
	letterFlags
	failFast      bool
	shard         string
	isolate       bool
	workerTimeout time.Duration
}

func newCorpusBuildCmd(e *env, db *string) *cobra.Command {
	f := &buildFlags{}
	c := &cobra.Command{
		Use:   "build [flags] SRC...",
		Short: "Extract, check and store letters in a corpus database",
		Long: `Build walks folders (and links to folders) of PDF and text letters,
extracts and checks them in parallel and stores them in the database.
Run again, it reads only what is new or changed. Files that cannot be
read are stored with their error and the build goes on. A file that
holds the same letter as another (its PDF and its text) is stored as a
duplicate of it, and the summary counts them. A file read in part (a
damaged PDF page) is stored, marked partial (files.read), and named on
standard error with what was not read. A file that holds several letters
end to end (a claim file) has each stored as a letter of its own, named
FILE#N and known by the file's sha256 followed by #N.

With --isolate each file is read in a worker process (this program's
hidden "corpus worker" command) with a memory limit and --worker-timeout,
so that a file that would crash or hang the build fails alone.

Exit status: 0 when every file was stored, 1 when it stopped at a failure
(--fail-fast) or no file could be read, 2 when some files failed (the
others are stored; each failure is named and recorded in the files
table), for usage errors, sources that hold no letter file, and a source
that does not exist (the others are built, then the build exits 2).`,
		Example: `  imr corpus build --db imr.db letters/ more-letters/`,
		Args:    needArgs("sources (FILE or DIR)"),
		RunE:    func(c *cobra.Command, args []string) error { return runBuild(c, e, f, *db, args) },
	}
	f.register(c)
	c.Flags().BoolVar(&f.failFast, "fail-fast", false, "stop at the first file that fails")
	c.Flags().StringVar(&f.shard, "shard", "", "build only part i/n of the files (by a hash of the path)")
	c.Flags().BoolVar(&f.isolate, "isolate", false, "read each file in a worker process with memory and time limits: a file that crashes, exhausts memory or hangs fails alone (costs about 1.3-1.5x CPU)")
	c.Flags().DurationVar(&f.workerTimeout, "worker-timeout", corpus.DefaultWorkerTimeout, "with --isolate, the longest a worker may spend on one file")
	return c
}

func runBuild(c *cobra.Command, e *env, f *buildFlags, dbPath string, args []string) error {
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
	co := corpus.Options{Extract: opt, Jobs: f.jobs, Check: checkLetter, FailFast: f.failFast, Shard: sh}
	if f.isolate {
		if co.Isolate, err = isolation(f); err != nil {
			return err
		}
	} else if cmdSet(c, "worker-timeout") {
		return usagef("--worker-timeout needs --isolate")
	}
	db, err := corpus.Open(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	limitMemory(f.jobs)
	gcForCorpus()
	err = build(db, present(args), co, e)
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
// stopped at a failure or when no file could be read, and 2, as the
// other commands do when inputs failed, when some files failed and the
// others were stored: the failures are recorded and named, but the run
// is no success.
func build(db *corpus.DB, args []string, opt corpus.Options, e *env) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	bar := progressBar(e.stderr)
	opt.Progress = bar.update
	before, err := partialFiles(db)
	if err != nil {
		return err
	}
	sum, err := corpus.Build(ctx, db, args, opt)
	bar.finish()
	fmt.Fprintln(e.stdout, sum)
	if werr := partialReads(db, before, e.stderr); werr != nil && err == nil {
		err = werr
	}
	var fe *corpus.FileError
	switch {
	case errors.As(err, &fe):
		fmt.Fprintln(e.stderr, "imr corpus build: stopped at the first failure (--fail-fast):", fe)
		return exitCode(1)
	case errors.Is(err, context.Canceled):
		return errors.New("interrupted; the files stored are kept: run the same build again to go on")
	case err != nil:
		return err
	case sum.Failed > 0 && sum.OK+sum.Skipped+sum.Duplicates == 0:
		fmt.Fprintln(e.stderr, "imr corpus build: no file could be read")
		return exitCode(1)
	case sum.Failed > 0:
		fmt.Fprintf(e.stderr, "imr corpus build: %d of %d files failed; the others are stored (the files table records each failure)\n", sum.Failed, sum.Files)
		return errFailed
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

// partialFiles are the files of a corpus stored with files.read =
// partial, by path, with their sha256 (a few: most files read whole).
func partialFiles(db *corpus.DB) (map[string]string, error) {
	rows, err := db.SQL().Query(`SELECT path, sha256 FROM files WHERE read = 'partial'`)
	if err != nil {
		return nil, fmt.Errorf("partial reads: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var path, sum string
		if err := rows.Scan(&path, &sum); err != nil {
			return nil, fmt.Errorf("partial reads: %w", err)
		}
		out[path] = sum
	}
	return out, rows.Err()
}

// partialReads names on w, one line each, the warnings of the files this
// build stored read in part (files.read = partial): those not among
// before, the partial files stored before it. The letter's JSON keeps
// the warnings, as the other commands print them.
func partialReads(db *corpus.DB, before map[string]string, w io.Writer) error {
	rows, err := db.SQL().Query(`SELECT f.path, f.sha256, l.sha256, l.json FROM files f JOIN letters l ON l.sha256 = f.sha256
		OR (l.sha256 > f.sha256 || '#' AND l.sha256 < f.sha256 || '$') -- the letters of a file of several: sha256#N
		WHERE f.read = 'partial' ORDER BY f.path, l.id`)
	if err != nil {
		return fmt.Errorf("partial reads: %w", err)
	}
	defer rows.Close()
	n, last := 0, ""
	for rows.Next() {
		var path, sum, letter, data string
		if err := rows.Scan(&path, &sum, &letter, &data); err != nil {
			return fmt.Errorf("partial reads: %w", err)
		}
		if before[path] == sum {
			continue
		}
		var l struct{ Warnings []extract.Warning }
		json.Unmarshal([]byte(data), &l)
		for _, wn := range l.Warnings {
			fmt.Fprintln(w, wn.Line(path+strings.TrimPrefix(letter, sum))) // FILE#N for a letter of several
		}
		if path != last {
			n, last = n+1, path
		}
	}
	if n > 0 {
		fmt.Fprintf(w, "imr corpus build: %s read in part (stored with files.read = partial)\n", count(n, "file"))
	}
	return rows.Err()
}

// cmdSet reports whether the flag was given on the command line.
func cmdSet(c *cobra.Command, name string) bool { return c.Flags().Changed(name) }
