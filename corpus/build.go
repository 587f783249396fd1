package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// Options control Build. The zero value works: the default extraction
// options, one worker per CPU, no checks, every file, no progress.
type Options struct {
	Extract  extract.Options
	Jobs     int                                   // files read at once; 0 means one per CPU
	Check    func(*extract.Letter) []check.Finding // the checks to run; nil runs none
	FailFast bool                                  // stop at the first file that fails
	Shard    Shard                                 // the part of the files to build
	Progress func(Progress)                        // called after each file is stored, from one goroutine
	Isolate  *Isolation                            // read files in worker processes; nil reads them here
}

// Summary counts the files of a build.
type Summary struct {
	Files      int // files to build: the inputs in the shard
	OK         int // read and stored
	Failed     int // stored with their error
	Skipped    int // stored already, by sha256
	Duplicates int // read, and found to hold a letter stored from another file (its PDF, or its text)
	Replaced   int // files stored before whose letter a file of this build replaced (a PDF for its text)
	Elapsed    time.Duration
}

// Done is the number of files finished.
func (s Summary) Done() int { return s.OK + s.Failed + s.Skipped + s.Duplicates }

// Progress is the state of a build after one more file.
type Progress struct {
	Summary
	Path string // the file just finished
	Err  error  // why it failed, or nil
}

// FileError is a file that failed in a build stopped by Options.FailFast.
type FileError struct {
	Path string
	Err  string
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err }

// status of a file in a build.
const (
	statusOK        = "ok"
	statusFailed    = "failed"
	statusDuplicate = "duplicate" // the letter is stored from another file
)

// record is what a build stores for one file.
type record struct {
	file     fileRow
	letter   *letterRows // nil unless the letter is new
	skip     bool        // the same content is stored at the same path
	replaced int         // files of the same letter that this one replaced
}

// Build reads the files named by args (files, and the PDF and text
// files under folders, as Files yields them), checks them and stores
// them in the database, one transaction per batch of files, so that a
// build killed at any point leaves every file either stored whole or
// not at all. A file stored already with the same sha256 is skipped; a
// file that failed before is tried again. A file that fails, and a
// folder that cannot be read, is stored with its error and the build
// goes on, unless opt.FailFast. The error is for an argument that does
// not exist, the database, a cancelled context, or, with FailFast, a
// *FileError.
func Build(ctx context.Context, db *DB, args []string, opt Options) (Summary, error) {
	start := time.Now()
	if db.readOnly {
		return Summary{}, fmt.Errorf("%s: opened read-only: a build needs Open", db.path)
	}
	if err := checkArgs(args); err != nil {
		return Summary{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	out := make(chan record, 2*jobs(opt))
	go produce(ctx, db, args, opt, out)
	w := &writer{db: db, opt: opt, sum: Summary{Files: countFiles(args, opt.Shard)}, start: start}
	err := w.run(ctx, out)
	cancel()
	for range out { // let the workers finish
	}
	w.sum.Elapsed = time.Since(start)
	return w.sum, err
}

func jobs(opt Options) int {
	if opt.Jobs > 0 {
		return opt.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

// produce reads the files with jobs(opt) workers and sends their
// records to out, which it closes when done.
func produce(ctx context.Context, db *DB, args []string, opt Options, out chan<- record) {
	in := make(chan string)
	var wg sync.WaitGroup
	for range jobs(opt) {
		wg.Go(func() {
			wk := newWorker(opt.Isolate) // nil: read in this process
			defer wk.close()
			for p := range in {
				out <- read(ctx, db, p, opt, wk)
			}
		})
	}
	for p, err := range Files(args) {
		if ctx.Err() != nil {
			break
		}
		switch {
		case err != nil:
			out <- record{file: fileRow{path: p, status: statusFailed, err: trimPath(err.Error(), p)}}
		case opt.Shard.Has(p):
			in <- p
		}
	}
	close(in)
	wg.Wait()
	close(out)
}

// read makes the record of one file, extracting and checking it in the
// worker process wk, or in this one when wk is nil.
func read(ctx context.Context, db *DB, path string, opt Options, wk *worker) record {
	start := time.Now()
	r := record{file: fileRow{path: path}}
	data, err := extract.ReadInput(path, opt.Extract) // a regular file within the size limit
	if err != nil {
		return r.failed(trimPath(err.Error(), path), start)
	}
	r.file.sha256, r.file.size = digest(data), int64(len(data))
	switch err := db.known(ctx, &r); {
	case err != nil:
		return r.failed(err.Error(), start)
	case r.skip || r.file.status == statusOK: // stored here, or under another path
		return r
	}
	if wk != nil {
		return wk.record(r, data, start)
	}
	return r.extracted(data, opt, start)
}

// extracted extracts and checks the letter in data.
func (r record) extracted(data []byte, opt Options, start time.Time) record {
	l, err := extract.Read(r.file.path, data, opt.Extract)
	if err == nil && l.Source.Layout == extract.LayoutUnknown {
		err = fmt.Errorf("not an IMR determination letter: no known layout")
	}
	if err != nil {
		return r.failed(trimPath(err.Error(), r.file.path), start)
	}
	r.file.readMS = ms(time.Since(start))
	return r.letterRecord(l, opt)
}

// letterRecord runs the checks and makes the rows of a letter.
func (r record) letterRecord(l *extract.Letter, opt Options) record {
	start := time.Now()
	findings, err := runCheck(opt.Check, l)
	r.file.checkMS = ms(time.Since(start))
	if err != nil {
		return r.failed(err.Error(), start)
	}
	rows, err := newLetterRows(l, findings)
	if err != nil {
		return r.failed(err.Error(), start)
	}
	r.file.status, r.file.layout, r.letter = statusOK, l.Source.Layout, rows
	r.file.read = readFull
	if len(l.Warnings) > 0 {
		r.file.read = readPartial
	}
	return r
}

// runCheck runs the checks, turning a panic into an error.
func runCheck(fn func(*extract.Letter) []check.Finding, l *extract.Letter) (f []check.Finding, err error) {
	if fn == nil {
		return nil, nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("check: internal error: %v", p)
		}
	}()
	return fn(l), nil
}

func (r record) failed(msg string, start time.Time) record {
	r.file.status, r.file.err = statusFailed, msg
	r.file.readMS += ms(time.Since(start))
	return r
}

// known looks the file up: stored at the same path with the same
// content (skip), or the content stored under another path (a file row
// to add, with the letter's layout).
func (d *DB) known(ctx context.Context, r *record) error {
	var status string
	err := d.db.QueryRowContext(ctx, "SELECT status FROM files WHERE path = ? AND sha256 = ?",
		r.file.path, r.file.sha256).Scan(&status)
	if err == nil && (status == statusOK || status == statusDuplicate) {
		r.skip = true
		return nil
	}
	err = d.db.QueryRowContext(ctx, "SELECT layout FROM letters WHERE sha256 = ?", r.file.sha256).Scan(&r.file.layout)
	if err == nil {
		r.file.status = statusOK
		return nil
	}
	return ignoreNoRows(err)
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
