package main

import (
	"errors"
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

	read, failed int // letters read; files, and letters whose work, failed (each reported)
	partial      int // letters read in part (warned)
}

// eachLetter reads the letters with r.jobs workers, runs work on each in
// its worker, and calls emit with the results in input order as they
// come. A file that cannot be read, or whose work fails, is reported on
// stderr and counted; the others go on. Every letter of a file that
// holds several is read, each named path#N (see readFile); the warnings
// of a partial read go to stderr, one line each, before the letter is
// emitted. It returns emit's first error.
func eachLetter[T any](r *reading, work func(*extract.Letter) (T, error), emit func(*extract.Letter, T) error) error {
	type result struct {
		l   *extract.Letter
		v   T
		err error
	}
	one := func(i int) []result {
		ls, err := r.readFile(r.in.paths[i])
		if err != nil {
			return []result{{err: err}}
		}
		out := make([]result, len(ls))
		for k, l := range ls {
			v, err := work(l)
			out[k] = result{l: l, v: v, err: err}
		}
		return out
	}
	return ordered(len(r.in.paths), r.jobs, one, func(_ int, xs []result) error {
		for _, x := range xs {
			if x.l != nil {
				r.warn(x.l)
			}
			if x.err != nil {
				r.failed++
				fmt.Fprintln(r.stderr, x.err)
				continue
			}
			r.read++
			if len(x.l.Warnings) > 0 {
				r.partial++
			}
			if err := emit(x.l, x.v); err != nil {
				return err
			}
		}
		return nil
	})
}

// warn writes the warnings of a letter read in part (a page whose
// content could not be read, a damaged cross-reference table), one line
// each naming the file and page: a partial read never looks clean.
func (r *reading) warn(l *extract.Letter) {
	for _, w := range l.Warnings {
		fmt.Fprintln(r.stderr, w.Line(l.Source.Path))
	}
}

// readFile reads the letters of one file, or of standard input for "-".
// A file of one letter gives it as extract.Read does; a file of several
// letters end to end gives each, its Source.Path the file's path with
// "#N" (1-based) added, so that findings and outputs say which letter of
// the file they are about.
func (r *reading) readFile(path string) ([]*extract.Letter, error) {
	var data []byte
	if path == stdinName {
		var err error
		if data, err = extract.ReadStream(stdinName, r.stdin, r.opt); err != nil {
			return nil, err
		}
	} else {
		l, err := extract.ReadFile(path, r.opt)
		var several *extract.SeveralLettersError
		switch {
		case err == nil:
			return []*extract.Letter{l}, nil
		case !errors.As(err, &several):
			return nil, err
		}
		if data, err = extract.ReadInput(path, r.opt); err != nil {
			return nil, err
		}
	}
	parts, err := extract.ReadAll(path, data, r.opt)
	if err != nil {
		return nil, err
	}
	return partLetters(parts), nil
}

// partLetters names the letters of a file: path#N when it holds several.
func partLetters(parts []extract.Part) []*extract.Letter {
	out := make([]*extract.Letter, len(parts))
	for i, p := range parts {
		out[i] = p.Letter
		p.Letter.Source.Path = extract.PartName(p.Letter.Source.Path, p.Index, p.Count)
	}
	return out
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
