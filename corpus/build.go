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
	Letters    int // the letters of the files read and stored: more than OK when a file holds several
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
	letters  []*letterRows // the new letters, in file order; none when all are stored
	parts    int           // letters read from the file: 0 when not read, more than 1 for a file of several
	skip     bool          // the same content is stored at the same path
	replaced int           // files of the same letters that this one replaced
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

// extracted extracts and checks the letters in data: one, or each of a
// file of several (extract.ReadAll). A letter that cannot be stored
// fails the whole file, with its name (#N) in the error, so that the
// next build reads the file again; a letter that repeats one before it
// in the file (by letterKey) is stored once.
func (r record) extracted(data []byte, opt Options, start time.Time) record {
	parts, err := extract.ReadAll(r.file.path, data, opt.Extract)
	if err != nil {
		return r.failed(trimPath(err.Error(), r.file.path), start)
	}
	readMS := ms(time.Since(start))
	var checkMS float64
	seen := map[string]bool{}
	for _, p := range parts {
		rows, err := letterRecord(p, opt)
		if err != nil {
			return r.failed(partPrefix(p.Index, p.Count)+err.Error(), start)
		}
		checkMS += rows.checkMS
		if !seen[rows.key] {
			r.letters, seen[rows.key] = append(r.letters, rows.letterRows), true
		}
	}
	r.parts, r.file.status, r.file.layout = len(parts), statusOK, parts[0].Letter.Source.Layout
	r.file.read, r.file.readMS, r.file.checkMS = readOf(parts), readMS, checkMS
	return r
}

// readOf is how a file of letters was read: in part when any letter has
// warnings.
func readOf(parts []extract.Part) string {
	for _, p := range parts {
		if len(p.Letter.Warnings) > 0 {
			return readPartial
		}
	}
	return readFull
}

// checkedRows are a letter's rows and the time its checks took.
type checkedRows struct {
	*letterRows
	checkMS float64
}

// letterRecord names the letter of a part of a file (FILE#N in a file
// of several), checks it and makes its rows, known by letterID.
func letterRecord(p extract.Part, opt Options) (checkedRows, error) {
	l := p.Letter
	if l.Source.Layout == extract.LayoutUnknown {
		return checkedRows{}, fmt.Errorf("not an IMR determination letter: no known layout")
	}
	l.Source.Path = extract.PartName(l.Source.Path, p.Index, p.Count)
	start := time.Now()
	findings, err := runCheck(opt.Check, l)
	checkMS := ms(time.Since(start))
	if err != nil {
		return checkedRows{}, err
	}
	rows, err := newLetterRows(l, placeOf(p), findings)
	return checkedRows{rows, checkMS}, err
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
	r.file.status, r.file.err, r.letters = statusFailed, msg, nil // a file is stored whole or not at all
	r.file.readMS += ms(time.Since(start))
	return r
}

// known looks the file up: stored at the same path with the same
// content (skip), or the content stored under another path (a file row
// to add, with the layout of its first letter stored).
func (d *DB) known(ctx context.Context, r *record) error {
	var status string
	err := d.db.QueryRowContext(ctx, "SELECT status FROM files WHERE path = ? AND sha256 = ?",
		r.file.path, r.file.sha256).Scan(&status)
	if err == nil && (status == statusOK || status == statusDuplicate) {
		r.skip = true
		return nil
	}
	err = d.db.QueryRowContext(ctx, "SELECT layout FROM letters WHERE "+ofFile("sha256")+" ORDER BY id LIMIT 1",
		r.file.sha256).Scan(&r.file.layout)
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
