package render

import (
	"bytes"
	"fmt"
	"runtime"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// FileOptions control WriteFiles. The zero value works.
type FileOptions struct {
	Read     extract.Options                       // how letters are read
	Jobs     int                                   // workers; 0 means one per CPU
	Findings func(*extract.Letter) []check.Finding // the findings of a letter; nil for none
	Force    bool                                  // write over files render did not write (never over an input)
}

// FileResult is the outcome of one input of WriteFiles.
type FileResult struct {
	Input  string // the input path
	Output string // the file written; "" when Err is set
	Err    error
}

// WriteFiles reads each input letter, renders it in format and writes it
// into dir, named by the letter's ID (case number, else the input's base
// name) and the format's extension. Letters are read and rendered in
// parallel; names are given in input order, so a second letter with the
// same ID gets "-2", a third "-3". It never writes over an input, nor,
// unless fo.Force, over a file it did not write (see Outputs): such a
// letter fails with ErrExists. done is called for every input, in input
// order; a failed input does not stop the others.
func (r *Renderer) WriteFiles(paths []string, format, dir string, fo FileOptions, done func(FileResult)) error {
	outs, err := NewOutputs(dir, paths, fo.Force)
	if err != nil {
		return err
	}
	ordered(len(paths), fo.Jobs, func(i int) rendered {
		return r.renderFile(paths[i], format, fo)
	}, func(i int, x rendered) {
		res := FileResult{Input: paths[i], Err: x.err}
		if x.err == nil {
			res.Output, res.Err = outs.Path(x.id, format)
		}
		if res.Err == nil {
			res.Err = outs.Write(res.Output, x.data)
		}
		if res.Err != nil {
			res.Output = ""
		}
		done(res)
	})
	return nil
}

// rendered is one letter rendered in memory.
type rendered struct {
	id   string
	data []byte
	err  error
}

func (r *Renderer) renderFile(path, format string, fo FileOptions) rendered {
	l, err := extract.ReadFile(path, fo.Read)
	if err != nil {
		return rendered{err: err}
	}
	e := Entry{Letter: l}
	if fo.Findings != nil {
		e.Findings = fo.Findings(l)
	}
	var buf bytes.Buffer
	if err := r.Letter(&buf, format, e); err != nil {
		return rendered{err: fmt.Errorf("%s: %w", path, err)}
	}
	return rendered{id: LetterID(l), data: buf.Bytes()}
}

// safeName keeps an ID usable as a file name.
func safeName(id string) string {
	b := []byte(id)
	for i, c := range b {
		if c == '/' || c == '\\' || c == ':' || c < ' ' {
			b[i] = '_'
		}
	}
	return string(b)
}

// ordered runs work on indexes 0..n-1 with jobs workers and passes the
// results to emit in index order, holding at most a few in memory.
func ordered[T any](n, jobs int, work func(int) T, emit func(int, T)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type result struct {
		i int
		v T
	}
	in, out := make(chan int), make(chan result, jobs)
	window := make(chan struct{}, 4*jobs)
	for range jobs {
		go func() {
			for i := range in {
				out <- result{i, work(i)}
			}
		}()
	}
	go func() {
		for i := range n {
			window <- struct{}{}
			in <- i
		}
		close(in)
	}()
	pending := map[int]T{}
	for next := 0; next < n; {
		v, ok := pending[next]
		if !ok {
			r := <-out
			pending[r.i] = r.v
			continue
		}
		delete(pending, next)
		emit(next, v)
		<-window
		next++
	}
}
