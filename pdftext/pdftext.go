package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Options control Read. The zero value reads with the Go engine, an empty
// password and the default bounds.
type Options struct {
	// Engine is "go" (the default), "pdftotext" (poppler's pdftotext
	// -layout, which must be installed) or "auto" (the Go engine, falling
	// back to pdftotext for files the Go engine cannot open).
	Engine string
	// Password is the user password; empty by default.
	Password string
	// MaxPages bounds the pages read; 0 means 2000.
	MaxPages int
	// MaxOps bounds the content stream operators interpreted in one file;
	// 0 means 20 million.
	MaxOps int
	// MaxBytes bounds the decoded content stream bytes of one file; 0 means
	// 256 MiB.
	MaxBytes int
	// Timeout bounds the time spent on one file; 0 means one minute.
	Timeout time.Duration
	// MaxGlyphs bounds the glyphs drawn on one page, so that a page of
	// millions of glyphs cannot take gigabytes; 0 means 200,000 (a dense
	// page of a letter draws about 5,000). A page over it fails the file
	// with ErrLimit.
	MaxGlyphs int
	// NoBoxes leaves out the boxes of glyphs and lines: Line.Glyphs is
	// empty, Line.Box and Locate's box are zero, while the text, pages and
	// lines are as before. The boxes are about a quarter of what reading
	// allocates, and a caller that never asks for them need not pay for
	// them.
	NoBoxes bool
}

func (o Options) maxPages() int  { return orDefault(o.MaxPages, 2000) }
func (o Options) maxOps() int    { return orDefault(o.MaxOps, 20_000_000) }
func (o Options) maxBytes() int  { return orDefault(o.MaxBytes, 256<<20) }
func (o Options) maxGlyphs() int { return orDefault(o.MaxGlyphs, 200_000) }

func (o Options) timeout() time.Duration {
	if o.Timeout <= 0 {
		return time.Minute
	}
	return o.Timeout
}

func orDefault(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// Document is the text of a PDF file, page by page. Warnings lists what
// could not be read (a damaged stream, a page of images, a rebuilt
// cross-reference table): a document with warnings may lack text, and
// Read returns it with an error that is the first of them.
type Document struct {
	Pages    []Page
	Warnings []*Error
	text     string
	start    []int // start[i]: offset of Pages[i] in text
}

// Page is one page: its number (1-based), its size in points as shown
// (after /Rotate; zero from the pdftotext engine) and its lines from top
// to bottom. Blank lines stand for
// vertical space between paragraphs, as pdftotext -layout prints them.
type Page struct {
	Number        int
	Width, Height float64
	Lines         []Line
	// Images is how many images the page draws, -1 where the engine
	// cannot tell (pdftotext): a page of images and no lines is a scan
	// that needs OCR, a page of neither is blank.
	Images int
}

// Line is one visual line as it appears in Text: words separated by single
// spaces, table columns by runs of spaces. Box bounds its glyphs; Glyphs
// gives the box of each glyph by its byte span in Text (padding spaces
// have none). Lines from the pdftotext engine carry no boxes.
type Line struct {
	Text   string
	Box    Rect
	glyphs []glyphBox
	off    int // offset of Text in Document.Text()
}

// Glyph is the box of the text Line.Text[Start:End], drawn by one glyph.
type Glyph struct {
	Start, End int
	Box        Rect
}

// glyphBox is a Glyph as a line keeps it, in half the memory: a page has
// thousands, and few are ever asked for. Its box is to float32 precision,
// a ten-thousandth of a point on any page.
type glyphBox struct {
	start, end     int32
	x0, y0, x1, y1 float32
}

func (g glyphBox) glyph() Glyph {
	return Glyph{Start: int(g.start), End: int(g.end),
		Box: Rect{float64(g.x0), float64(g.y0), float64(g.x1), float64(g.y1)}}
}

// Glyphs returns the box of each glyph of the line, in the order of Text.
func (l *Line) Glyphs() []Glyph {
	out := make([]Glyph, len(l.glyphs))
	for i, g := range l.glyphs {
		out[i] = g.glyph()
	}
	return out
}

// Rect is a box in points on the page as shown (after /Rotate), origin
// at its bottom left corner, y growing upward, as in PDF user space:
// X0 <= X1, Y0 <= Y1.
type Rect struct {
	X0, Y0, X1, Y1 float64
}

// union returns the smallest Rect holding r and s; a zero r is empty.
func (r Rect) union(s Rect) Rect {
	if r == (Rect{}) {
		return s
	}
	return Rect{min(r.X0, s.X0), min(r.Y0, s.Y0), max(r.X1, s.X1), max(r.Y1, s.Y1)}
}

// Read extracts the text of the PDF file in data. The name is used only in
// error messages. Errors are *Error values wrapping one of the sentinel
// causes. When only some pages fail (pages that hold only images, a page
// whose content is damaged), Read returns the document of everything it
// could read together with an error naming the first such page.
func Read(name string, data []byte, opt Options) (*Document, error) {
	switch opt.Engine {
	case "", "go":
		return readBounded(name, data, opt)
	case "pdftotext":
		return readPoppler(name, data, opt)
	case "auto":
		return readAuto(name, data, opt)
	}
	return nil, &Error{Path: name, Err: fmt.Errorf("unknown engine %q: want go, pdftotext or auto", opt.Engine)}
}

// readAuto reads with the Go engine and falls back to pdftotext for files
// the Go engine cannot open, when pdftotext is installed.
func readAuto(name string, data []byte, opt Options) (*Document, error) {
	doc, err := readBounded(name, data, opt)
	if doc != nil || !canFallBack(err) || !popplerInstalled() {
		return doc, err
	}
	if d, perr := readPoppler(name, data, opt); perr == nil {
		return d, nil
	}
	return nil, err
}

func canFallBack(err error) bool {
	return errors.Is(err, ErrDamaged) || errors.Is(err, ErrEncryption)
}

// IsPDF reports whether data starts like a PDF file: "%PDF-" within its
// first 1024 bytes.
func IsPDF(data []byte) bool {
	return headerOffset(data) >= 0
}

func headerOffset(data []byte) int {
	return bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
}

// Text returns the layout text: the lines of each page, each ending in a
// newline, and a form feed after every page.
func (d *Document) Text() string { return d.text }

// Locate returns the page (1-based) and the glyph box of the character at
// byte offset off of Text. The box is zero for characters no glyph drew
// (padding spaces, newlines, form feeds) and for documents read by the
// pdftotext engine. ok is false when off is outside Text.
func (d *Document) Locate(off int) (page int, box Rect, ok bool) {
	if off < 0 || off >= len(d.text) || len(d.Pages) == 0 {
		return 0, Rect{}, false
	}
	i := sort.SearchInts(d.start, off+1) - 1
	p := &d.Pages[i]
	return p.Number, p.box(off), true
}

// box returns the box of the glyph at document offset off, if any.
func (p *Page) box(off int) Rect {
	j := sort.Search(len(p.Lines), func(j int) bool { return p.Lines[j].off > off }) - 1
	if j < 0 {
		return Rect{}
	}
	l := &p.Lines[j]
	rel := off - l.off
	k := sort.Search(len(l.glyphs), func(k int) bool { return int(l.glyphs[k].end) > rel })
	if k < len(l.glyphs) && int(l.glyphs[k].start) <= rel {
		return l.glyphs[k].glyph().Box
	}
	return Rect{}
}

// newDocument lays the pages out as text and records where each page and
// line starts.
func newDocument(pages []Page) *Document {
	var b strings.Builder
	b.Grow(textSize(pages))
	d := &Document{Pages: pages, start: make([]int, len(pages))}
	for i := range d.Pages {
		d.start[i] = b.Len()
		for j := range d.Pages[i].Lines {
			l := &d.Pages[i].Lines[j]
			l.off = b.Len()
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
		b.WriteByte('\f')
	}
	d.text = b.String()
	return d
}

// textSize is the length of the text of the pages: their lines, each with
// its newline, and a form feed a page.
func textSize(pages []Page) int {
	n := 0
	for _, p := range pages {
		for _, l := range p.Lines {
			n += len(l.Text) + 1
		}
		n++
	}
	return n
}
