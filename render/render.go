package render

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"time"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// Output formats.
const (
	Text     = "txt"
	Markdown = "md"
	HTML     = "html"
	PDF      = "pdf"
)

// Entry is one letter with the findings check made on it.
type Entry struct {
	Letter   *extract.Letter
	Findings []check.Finding
}

// Options control rendering. The zero value works: the embedded
// templates, no findings appendix, text wrapped at 80 columns.
type Options struct {
	// Templates is a user's template folder: a file there replaces the
	// embedded template of the same name; the others stay. Nil means
	// the embedded templates only, or the folder TemplateDir when it is
	// set: it must exist, and a path that leaves it (a symbolic link out,
	// "..") is an error, as is a template that is no regular file or
	// over 1 MiB.
	Templates fs.FS
	// TemplateDir names the user's folder in error messages.
	TemplateDir string

	// TemplateTimeout bounds the time one template runs on one letter or
	// report; 0 means 10 s. A template that runs longer (a range over a
	// huge number) is an error, and is not run again by this renderer.
	TemplateTimeout time.Duration

	WithFindings bool   // add the findings appendix to letters
	Width        int    // wrap width of the text format; 0 means 80
	Title        string // the report's title; "" means "IMR compliance report"

	// Date is the render time written into PDFs (footers, metadata);
	// the zero value means the time SOURCE_DATE_EPOCH gives (seconds
	// since 1970, the reproducible-builds convention, so that reruns
	// give the same bytes), else the current time.
	Date time.Time
}

func (o Options) templateTimeout() time.Duration {
	if o.TemplateTimeout <= 0 {
		return 10 * time.Second
	}
	return o.TemplateTimeout
}

func (o Options) width() int {
	if o.Width <= 0 {
		return 80
	}
	return o.Width
}

// Renderer renders letters and reports with one set of parsed
// templates; it is safe for concurrent use.
type Renderer struct {
	opt Options
	set *templateSet
}

// New loads and checks the templates: each is parsed strictly and run
// once on sample data, so that an unknown field fails here, with the
// template's file, line and column, rather than on the first letter.
func New(opt Options) (*Renderer, error) {
	if _, err := opt.renderTime(); err != nil {
		return nil, err
	}
	set, err := loadTemplates(opt)
	if err != nil {
		return nil, err
	}
	return &Renderer{opt: opt, set: set}, nil
}

// Letter renders one letter in a format: txt, md, html or pdf.
func Letter(w io.Writer, format string, e Entry, opt Options) error {
	r, err := New(opt)
	if err != nil {
		return err
	}
	return r.Letter(w, format, e)
}

// Report renders the report over many letters in a format: pdf, html or
// md.
func Report(w io.Writer, format string, entries []Entry, opt Options) error {
	r, err := New(opt)
	if err != nil {
		return err
	}
	return r.Report(w, format, entries)
}

// Letter renders one letter in a format: txt, md, html or pdf. Nothing
// is written when rendering fails.
func (r *Renderer) Letter(w io.Writer, format string, e Entry) error {
	if e.Letter == nil {
		return fmt.Errorf("render: no letter")
	}
	data := newLetterData(e, r.opt.WithFindings)
	b, err := r.render("letter", format, data, pdfMeta{
		title:    "IMR Final Determination " + data.ID,
		subject:  "Independent Medical Review final determination, normalized",
		keywords: letterKeywords(data),
		rec:      record{source: sourceName(data.Source.Path), sha256: data.Source.SHA256},
	})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Report renders the report over many letters in a format: pdf, html or
// md. Nothing is written when rendering fails.
func (r *Renderer) Report(w io.Writer, format string, entries []Entry) error {
	data := newReportData(entries, r.opt)
	b, err := r.render("report", format, data, pdfMeta{
		title:    data.Title,
		subject:  "Compliance and quality report over IMR determination letters",
		keywords: "IMR, compliance, findings",
	})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// render runs the template of a document kind ("letter", "report") for
// a format and returns the bytes.
func (r *Renderer) render(kind, format string, data any, meta pdfMeta) ([]byte, error) {
	var buf bytes.Buffer
	switch format {
	case Text, Markdown, HTML:
		if err := r.set.execute(&buf, kind+"."+format+".tmpl", data); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	case PDF:
		if err := r.set.execute(&buf, kind+".md.tmpl", data); err != nil {
			return nil, err
		}
		t, err := r.opt.renderTime()
		if err != nil {
			return nil, err
		}
		meta.rec.rendered, meta.rec.version = t, version()
		return writePDF(parseBlocks(buf.String()), meta)
	case DOCX:
		if kind != "letter" {
			return nil, fmt.Errorf("render: format docx is for letters; reports are pdf, html or md")
		}
		if err := r.set.execute(&buf, kind+".md.tmpl", data); err != nil {
			return nil, err
		}
		t, err := r.opt.renderTime()
		if err != nil {
			return nil, err
		}
		meta.rec.rendered, meta.rec.version = t, version()
		src, _ := data.(*LetterData)
		return writeDOCX(parseBlocks(buf.String()), meta, src)
	}
	return nil, fmt.Errorf("render: unknown format %q (want txt, md, html, pdf or docx)", format)
}

// Ext returns the file extension of a format, with the dot.
func Ext(format string) string { return "." + format }

func letterKeywords(d *LetterData) string {
	s := "IMR, workers' compensation, " + d.ID
	for _, it := range d.Decisions.Items {
		if it.Service != "" {
			s += ", " + it.Service
		}
	}
	return s
}
