package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/imrkit/imrkit/render"
	"github.com/spf13/cobra"
)

func init() { register(newReportCmd) }

type reportFlags struct {
	letterFlags
	to               *enum
	title, templates string
	out              string
}

func newReportCmd(e *env) *cobra.Command {
	f := &reportFlags{to: newEnum("pdf", "pdf", "html", "md")}
	c := &cobra.Command{
		Use:   "report [flags] FILE...|DIR|-",
		Short: "Write a compliance report over many letters (PDF, HTML, Markdown)",
		Long: `Report counts items by outcome and service category and findings by code,
draws them as bar charts, and lists each letter's findings with their
evidence. A PDF is never written to a terminal: give --out or redirect.`,
		Example: `  imr report --out qa.pdf letters/`,
		Args:    needLetters,
		RunE:    func(_ *cobra.Command, args []string) error { return runReport(e, f, args) },
	}
	f.register(c)
	fs := c.Flags()
	enumVar(c, fs, f.to, "to", "output format")
	fs.StringVar(&f.title, "title", "", `the report's title (default "IMR compliance report")`)
	fs.StringVar(&f.templates, "templates", "", "folder of templates that replace the built-in ones of the same name")
	fs.StringVarP(&f.out, "out", "o", "", "file to write (default: standard output)")
	c.MarkFlagDirname("templates")
	return c
}

func runReport(e *env, f *reportFlags, args []string) error {
	r, err := f.reading(e, args, false)
	if err != nil {
		return err
	}
	if err := reportTarget(f.out, f.to.value, r.in.paths, e.stdout); err != nil {
		return err
	}
	var entries []render.Entry
	for _, l := range r.letters() {
		en := render.Entry{Letter: l}
		if checkLetter != nil {
			en.Findings = checkLetter(l)
		}
		entries = append(entries, en)
	}
	if r.read == 0 {
		return r.done()
	}
	var buf bytes.Buffer
	if err := render.Report(&buf, f.to.value, entries, render.Options{TemplateDir: f.templates, Title: f.title}); err != nil {
		return err
	}
	if err := writeOut(f.out, buf.Bytes(), e.stdout); err != nil {
		return err
	}
	return r.done()
}

// reportTarget refuses a report written over one of its inputs, or a
// PDF written to a terminal.
func reportTarget(out, format string, inputs []string, stdout io.Writer) error {
	if out == "" {
		return notTerminal(format, stdout)
	}
	o, err := realPath(out)
	if err != nil {
		return nil // a new file is no input
	}
	for _, in := range inputs {
		if p, err := realPath(in); err == nil && p == o {
			return fmt.Errorf("--out %s is one of the letters read: choose another file", out)
		}
	}
	return nil
}

// writeOut writes data to the file path, or to stdout when path is "".
func writeOut(path string, data []byte, stdout io.Writer) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	if dir := filepath.Dir(path); dir != "." {
		if _, err := os.Stat(dir); err != nil {
			return fmt.Errorf("--out %s", pathError(dir, err))
		}
	}
	return os.WriteFile(path, data, 0o644)
}
