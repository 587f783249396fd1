package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/render"
	"github.com/spf13/cobra"
)

func init() { register(newRenderCmd) }

// checkLetter finds the inconsistencies of a letter for --with-findings
// and the report: check.Run once the check package has it.
var checkLetter func(*extract.Letter) []check.Finding

type renderFlags struct {
	letterFlags
	to           *enum
	templates    string
	withFindings bool
	out          string
	force        bool
}

func newRenderCmd(e *env) *cobra.Command {
	f := &renderFlags{to: newEnum("txt", "txt", "md", "html", "pdf", "docx")}
	c := &cobra.Command{
		Use:   "render [flags] FILE...|DIR|-",
		Short: "Write each letter normalized, as text, Markdown, HTML, PDF or Word",
		Long: `Render writes each letter normalized: header facts, reviewer, case summary
and each decision with its outcome, count, guidelines and rationale.

One letter goes to standard output (never a PDF to a terminal); with
--out DIR, one file per letter named by its case number. Render never
writes over an input letter: an --out folder that holds inputs of the
output's type is refused unless --force.`,
		Example: `  imr render --to md testdata/letters/seed.txt
  imr render --to pdf --out out/ letters/`,
		Args: needLetters,
		RunE: func(_ *cobra.Command, args []string) error { return runRender(e, f, args) },
	}
	f.register(c)
	fs := c.Flags()
	enumVar(c, fs, f.to, "to", "output format")
	fs.StringVar(&f.templates, "templates", "", "folder of templates that replace the built-in ones of the same name")
	fs.BoolVar(&f.withFindings, "with-findings", false, "add an appendix of the letter's findings")
	fs.StringVar(&f.out, "out", "", "folder to write one file per letter into (default: standard output, one letter only)")
	fs.BoolVar(&f.force, "force", false, "write into --out even where inputs of the output's type are")
	c.MarkFlagDirname("templates")
	c.MarkFlagDirname("out")
	return c
}

func runRender(e *env, f *renderFlags, args []string) error {
	r, err := f.reading(e, args, false)
	if err != nil {
		return err
	}
	rd, err := render.New(render.Options{TemplateDir: f.templates, WithFindings: f.withFindings})
	if err != nil {
		return err
	}
	fo := render.FileOptions{Read: r.opt, Jobs: f.jobs}
	if f.withFindings {
		fo.Findings = checkLetter
	}
	if f.out == "" {
		return renderOne(e, rd, f.to.value, r, fo)
	}
	if len(r.in.paths) == 1 && r.in.paths[0] == stdinName {
		return usagef("--out writes one file per input file: render - (standard input) to standard output instead")
	}
	debug.SetGCPercent(400) // many short-lived PDF buffers: fewer collections
	if err := renderFiles(e, rd, f, r, fo.Findings); err != nil {
		return err
	}
	return r.done()
}

// renderFiles renders every letter into the folder f.out, read and
// rendered in parallel and written in input order, so that the names of
// letters with the same ID (-2, -3) do not depend on timing. Every
// letter of a multi-letter file is written, named by its case number.
// render.Outputs decides what may be written over.
func renderFiles(e *env, rd *render.Renderer, f *renderFlags, r *reading, findings func(*extract.Letter) []check.Finding) error {
	outs, err := render.NewOutputs(f.out, r.in.paths, f.force)
	if err != nil {
		return err
	}
	format := f.to.value
	work := func(l *extract.Letter) ([]byte, error) {
		en := render.Entry{Letter: l}
		if findings != nil {
			en.Findings = findings(l)
		}
		var buf bytes.Buffer
		if err := rd.Letter(&buf, format, en); err != nil {
			return nil, fmt.Errorf("%s: %w", l.Source.Path, err)
		}
		return buf.Bytes(), nil
	}
	return eachLetter(r, work, func(l *extract.Letter, data []byte) error {
		path, err := outs.Path(render.LetterID(l), format)
		if err == nil {
			err = outs.Write(path, data)
		}
		if err != nil { // read, but not written: a failed input
			r.read--
			r.failed++
			fmt.Fprintln(e.stderr, err)
			return nil
		}
		fmt.Fprintln(e.stdout, path)
		return nil
	})
}

// renderOne renders a single letter to standard output.
func renderOne(e *env, rd *render.Renderer, format string, r *reading, fo render.FileOptions) error {
	if len(r.in.paths) > 1 {
		return usagef("%d letters need --out DIR (one file each)", len(r.in.paths))
	}
	if err := notTerminal(format, e.stdout); err != nil {
		return err
	}
	letters := r.letters()
	switch {
	case len(letters) == 0:
		return r.done()
	case len(letters) > 1:
		return usagef("%s holds %d letters: they need --out DIR (one file each)", r.in.paths[0], len(letters))
	}
	en := render.Entry{Letter: letters[0]}
	if fo.Findings != nil {
		en.Findings = fo.Findings(letters[0])
	}
	var buf bytes.Buffer
	if err := rd.Letter(&buf, format, en); err != nil {
		return err
	}
	_, err := e.stdout.Write(buf.Bytes())
	return err
}

// notTerminal refuses to write a PDF to a terminal, where it would be
// noise that can upset the terminal.
func notTerminal(format string, w io.Writer) error {
	if (format == render.PDF || format == render.DOCX) && isTerminal(w) {
		return usagef("a %s file is not written to a terminal: give --out, or redirect standard output to a file", strings.ToUpper(format))
	}
	return nil
}

// realPath is the absolute path with links resolved.
func realPath(p string) (string, error) {
	p, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(p)
}
