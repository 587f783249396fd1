package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// Result is the outcome of reading one file of a batch.
type Result struct {
	Index  int
	Path   string
	Letter *Letter
	Err    error
}

// Each reads the files with jobs workers (0 means one per CPU) and calls
// fn with each result in input order, holding at most a few results in
// memory. It stops early when fn returns an error.
func Each(paths []string, opt Options, jobs int, fn func(Result) error) error {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if jobs == 1 {
		return each(paths, opt, fn)
	}
	in := make(chan int)
	out := make(chan Result, jobs)
	window := make(chan struct{}, 4*jobs) // files in flight or waiting for their turn
	done := make(chan struct{})
	defer close(done)
	for w := 0; w < jobs; w++ {
		go func() {
			for i := range in {
				l, err := ReadFile(paths[i], opt)
				select {
				case out <- Result{Index: i, Path: paths[i], Letter: l, Err: err}:
				case <-done:
					return
				}
			}
		}()
	}
	go feed(in, len(paths), window, done)
	return inOrder(out, len(paths), window, fn)
}

// each is Each with one worker: it reads the files in turn, without
// handing them between goroutines.
func each(paths []string, opt Options, fn func(Result) error) error {
	for i, path := range paths {
		l, err := ReadFile(path, opt)
		if err := fn(Result{Index: i, Path: path, Letter: l, Err: err}); err != nil {
			return err
		}
	}
	return nil
}

// feed sends the indexes to the workers, waiting for room in the window.
func feed(in chan<- int, n int, window chan<- struct{}, done <-chan struct{}) {
	defer close(in)
	for i := 0; i < n; i++ {
		select {
		case window <- struct{}{}:
		case <-done:
			return
		}
		select {
		case in <- i:
		case <-done:
			return
		}
	}
}

// inOrder passes results to fn in index order.
func inOrder(out <-chan Result, n int, window <-chan struct{}, fn func(Result) error) error {
	pending := map[int]Result{}
	for next := 0; next < n; {
		r, ok := pending[next]
		if !ok {
			r = <-out
			pending[r.Index] = r
			continue
		}
		delete(pending, next)
		<-window
		if err := fn(r); err != nil {
			return err
		}
		next++
	}
	return nil
}

// Inputs expands arguments into the files to read: files as given, and
// the PDF and text files under each folder, sorted. A missing path is an
// error that names it.
func Inputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		found, err := letterFiles(a)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}

// letterFiles lists the letter files (IsLetterFile) under dir.
func letterFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && IsLetterFile(p) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// IsLetterFile reports whether a file name has an extension letters come
// in (.pdf, .txt, .docx).
func IsLetterFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".pdf" || ext == ".txt" || ext == ".docx"
}
