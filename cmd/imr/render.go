package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/render"
)

// checkLetter finds the inconsistencies of a letter for --with-findings
// and the report: check.Run once the check package has it.
var checkLetter func(*extract.Letter) []check.Finding

// renderFlags are the flags render and report share.
type renderFlags struct {
	extractFlags
	templates string
}

func (f *renderFlags) register(fs *flag.FlagSet) {
	f.extractFlags.register(fs)
	fs.StringVar(&f.templates, "templates", "", "folder of templates that replace the built-in ones of the same name")
}

func runRender(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("render", "FILE...|DIR", stderr)
	var rf renderFlags
	rf.register(fs)
	to := fs.String("to", "txt", "output format: txt, md, html or pdf")
	withFindings := fs.Bool("with-findings", false, "add an appendix of the letter's findings")
	out := fs.String("out", "", "folder to write one file per letter into (default: standard output, one letter only)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	r, fo, paths, code := setUpRender(rf, *withFindings, fs.Args(), stderr)
	if code != 0 {
		return code
	}
	if *out == "" {
		return renderOne(r, *to, paths, fo, stdout, stderr)
	}
	debug.SetGCPercent(400) // many short-lived PDF buffers: fewer collections
	failed := 0
	err := r.WriteFiles(paths, *to, *out, fo, func(res render.FileResult) {
		if res.Err != nil {
			fmt.Fprintln(stderr, "imr render:", res.Err)
			failed++
			return
		}
		fmt.Fprintln(stdout, res.Output)
	})
	return exitAfter(err, failed, "imr render", stderr)
}

// setUpRender loads the templates and lists the inputs.
func setUpRender(rf renderFlags, withFindings bool, args []string, stderr io.Writer) (*render.Renderer, render.FileOptions, []string, int) {
	var fo render.FileOptions
	opt, err := rf.options()
	if err == nil && withFindings && checkLetter == nil {
		err = errors.New("--with-findings: this build has no checks (the check package's Run)")
	}
	var r *render.Renderer
	if err == nil {
		r, err = render.New(render.Options{TemplateDir: rf.templates, WithFindings: withFindings})
	}
	var paths []string
	if err == nil {
		paths, err = extract.Inputs(args)
	}
	if err != nil {
		fmt.Fprintln(stderr, "imr render:", err)
		return nil, fo, nil, 2
	}
	fo = render.FileOptions{Read: opt, Jobs: rf.jobs}
	if withFindings {
		fo.Findings = checkLetter
	}
	return r, fo, paths, 0
}

// renderOne renders a single letter to standard output.
func renderOne(r *render.Renderer, format string, paths []string, fo render.FileOptions, stdout, stderr io.Writer) int {
	if len(paths) != 1 {
		fmt.Fprintln(stderr, "imr render: several letters need --out DIR")
		return 2
	}
	l, err := extract.ReadFile(paths[0], fo.Read)
	var buf bytes.Buffer
	if err == nil {
		e := render.Entry{Letter: l}
		if fo.Findings != nil {
			e.Findings = fo.Findings(l)
		}
		err = r.Letter(&buf, format, e)
	}
	if err == nil {
		_, err = stdout.Write(buf.Bytes())
	}
	return exitOn(err, "imr render", stderr)
}

func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("report", "FILE...|DIR", stderr)
	var rf renderFlags
	rf.register(fs)
	to := fs.String("to", "pdf", "output format: pdf, html or md")
	title := fs.String("title", "", "the report's title (default \"IMR compliance report\")")
	out := fs.String("out", "", "file to write (default: standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	opt, err := rf.options()
	if err != nil {
		fmt.Fprintln(stderr, "imr report:", err)
		return 2
	}
	letters, failed := readLetters(fs.Args(), stdin, opt, rf.jobs, stderr)
	entries := make([]render.Entry, len(letters))
	for i, l := range letters {
		entries[i] = render.Entry{Letter: l}
		if checkLetter != nil {
			entries[i].Findings = checkLetter(l)
		}
	}
	var buf bytes.Buffer
	err = render.Report(&buf, *to, entries, render.Options{TemplateDir: rf.templates, Title: *title})
	if err == nil {
		err = writeOut(*out, buf.Bytes(), stdout)
	}
	return exitAfter(err, failed, "imr report", stderr)
}

// writeOut writes data to the file path, or to stdout when path is "".
func writeOut(path string, data []byte, stdout io.Writer) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
