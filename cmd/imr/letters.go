package main

import (
	"fmt"
	"io"
	"runtime"

	"github.com/imrkit/imrkit/extract"
)

// reading is a run over letters: where the letters come from and how
// they are read.
type reading struct {
	in     inputs
	stdin  io.Reader
	opt    extract.Options
	jobs   int
	stderr io.Writer

	read, failed int // letters read, files that failed (each reported)
}

// eachLetter reads the letters with r.jobs workers, runs work on each in
// its worker, and calls emit with the results in input order as they
// come. A file that cannot be read, or whose work fails, is reported on
// stderr and counted; the others go on. It returns emit's first error.
func eachLetter[T any](r *reading, work func(*extract.Letter) (T, error), emit func(*extract.Letter, T) error) error {
	type result struct {
		l   *extract.Letter
		v   T
		err error
	}
	one := func(i int) result {
		l, err := r.readOne(r.in.paths[i])
		if err != nil {
			return result{err: err}
		}
		v, err := work(l)
		return result{l: l, v: v, err: err}
	}
	return ordered(len(r.in.paths), r.jobs, one, func(_ int, x result) error {
		if x.err != nil {
			r.failed++
			fmt.Fprintln(r.stderr, x.err)
			return nil
		}
		r.read++
		return emit(x.l, x.v)
	})
}

// readOne reads one letter: a file, or standard input for "-".
func (r *reading) readOne(path string) (*extract.Letter, error) {
	if path != stdinName {
		return extract.ReadFile(path, r.opt)
	}
	data, err := io.ReadAll(r.stdin)
	if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	return extract.Read(stdinName, data, r.opt)
}

// letters reads every letter into a list, for outputs that need them
// all before writing.
func (r *reading) letters() []*extract.Letter {
	var out []*extract.Letter
	eachLetter(r, none, func(l *extract.Letter, _ struct{}) error {
		out = append(out, l)
		return nil
	})
	return out
}

// none is the work of a command that only reads the letters.
func none(*extract.Letter) (struct{}, error) { return struct{}{}, nil }

// done is the error that ends a run: none when every input was read,
// errNoLetter when nothing was, errFailed when some file failed.
func (r *reading) done() error {
	switch {
	case r.read == 0:
		return errNoLetter(r.in)
	case r.failed > 0 || r.in.missing > 0:
		return errFailed
	}
	return nil
}

// ordered runs work(i) for i in [0, n) with jobs workers (0: one per
// CPU) and passes each result to emit in index order, holding at most a
// few results that wait for their turn. It stops at emit's first error.
func ordered[T any](n, jobs int, work func(int) T, emit func(int, T) error) error {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if jobs == 1 || n < 2 {
		for i := range n {
			if err := emit(i, work(i)); err != nil {
				return err
			}
		}
		return nil
	}
	type done struct {
		i int
		v T
	}
	slots := make(chan chan done, 2*jobs) // one per file in flight, in input order
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(slots)
		sem := make(chan struct{}, jobs)
		for i := range n {
			ch := make(chan done, 1)
			select {
			case slots <- ch:
			case <-stop:
				return
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				ch <- done{i, work(i)}
			}()
		}
	}()
	for ch := range slots {
		d := <-ch
		if err := emit(d.i, d.v); err != nil {
			return err
		}
	}
	return nil
}
