package main

import (
	"bytes"
	"context"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/render"
	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusReportCmd) }

type corpusReportFlags struct {
	to                    *enum
	pdf                   bool
	title, templates, out string
}

func newCorpusReportCmd(e *env, db *string) *cobra.Command {
	f := &corpusReportFlags{to: newEnum("pdf", "pdf", "html", "md")}
	c := &cobra.Command{
		Use:     "report [flags]",
		Short:   "The QA report of every stored letter (PDF, HTML, Markdown)",
		Example: `  imr corpus report --db imr.db --out qa.pdf`,
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			if f.pdf {
				f.to.value = render.PDF
			}
			if f.out == "" {
				if err := notTerminal(f.to.value, e.stdout); err != nil {
					return err
				}
			}
			d, err := openCorpus(*db)
			if err != nil {
				return err
			}
			defer d.Close()
			return corpusReport(d, f, e)
		},
	}
	fs := c.Flags()
	enumVar(c, fs, f.to, "to", "output format")
	fs.BoolVar(&f.pdf, "pdf", false, "write PDF (the same as --to pdf)")
	fs.StringVar(&f.title, "title", "", `the report's title (default "IMR compliance report")`)
	fs.StringVar(&f.templates, "templates", "", "folder of templates that replace the built-in ones of the same name")
	fs.StringVarP(&f.out, "out", "o", "", "file to write (default: standard output)")
	c.MarkFlagDirname("templates")
	return c
}

// corpusReport renders the report of every stored letter with its
// findings and writes it to --out, or to standard output.
func corpusReport(d *corpus.DB, f *corpusReportFlags, e *env) error {
	var entries []render.Entry
	err := d.Letters(context.Background(), func(en corpus.Entry) error {
		entries = append(entries, render.Entry(en))
		return nil
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := render.Report(&buf, f.to.value, entries, render.Options{TemplateDir: f.templates, Title: f.title}); err != nil {
		return err
	}
	return writeOut(f.out, buf.Bytes(), e.stdout)
}
