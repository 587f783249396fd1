package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Position is the printable place of an offset of the normalized text:
// its page, and its line and column (1-based, columns in characters) in
// the source text the letter was read from (the file for text input, the
// PDF's text layer for PDF input). For PDF input PageLine is the line on
// its page as a reader counts them: the page's lines that show text, from
// the top, the running header included; it is 0 for text input, whose
// places are Line and Column.
type Position struct {
	Offset       int // in the normalized text
	SourceOffset int // in the source text
	Page         int
	Line         int
	Column       int
	PageLine     int // PDF input only
}

// String is "p2:l14" for PDF input and "55:39" (line and column) for
// text.
func (p Position) String() string {
	if p.PageLine > 0 {
		return "p" + strconv.Itoa(p.Page) + ":l" + strconv.Itoa(p.PageLine)
	}
	return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// Position returns where an offset of the normalized text stands in the
// source.
func (l *Letter) Position(off int) Position {
	off = max(0, min(off, len(l.text())))
	src, text := off, l.text()
	page := 1
	if l.doc != nil {
		src, text = l.doc.sourceOffset(off), l.doc.source
		page = l.doc.page(off)
	}
	line := 1 + strings.Count(text[:src], "\n")
	start := strings.LastIndexByte(text[:src], '\n') + 1
	col := 1 + utf8.RuneCountInString(strings.TrimLeft(text[start:src], "\f"))
	p := Position{Offset: off, SourceOffset: src, Page: page, Line: line, Column: col}
	if l.doc != nil && l.doc.boxes != nil {
		p.PageLine = pageLine(text, src)
	}
	return p
}

// pageLine counts the lines that show text on the page of offset off of
// a PDF's text layer (pages end with form feeds), up to off's own line.
func pageLine(text string, off int) int {
	top := strings.LastIndexByte(text[:off], '\f') + 1
	start := max(top, strings.LastIndexByte(text[:off], '\n')+1)
	n := 1
	for l := range strings.Lines(text[top:start]) {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// Box returns the page and the box on it of a span, where the letter was
// read from a PDF by the Go engine: the union of the glyph boxes of the
// span's first page, in PDF points with the origin at the bottom left.
func (l *Letter) Box(s Span) (int, Box, bool) {
	if l.doc == nil || l.doc.boxes == nil || s.End <= s.Start {
		return 0, Box{}, false
	}
	page := 0
	var box Box
	for off := s.Start; off < s.End; off++ {
		p, b, ok := l.doc.boxes.Locate(l.doc.sourceOffset(off))
		if !ok || b.empty() || (page != 0 && p != page) {
			continue
		}
		if page == 0 {
			page, box = p, b
		}
		box = box.union(b)
	}
	return page, box, page != 0
}

func (b Box) empty() bool { return b.X1 <= b.X0 || b.Y1 <= b.Y0 }

func (b Box) union(c Box) Box {
	return Box{min(b.X0, c.X0), min(b.Y0, c.Y0), max(b.X1, c.X1), max(b.Y1, c.Y1)}
}

// text is the normalized text, kept even when Text was left out of the
// output.
func (l *Letter) text() string {
	if l.doc != nil {
		return l.doc.text
	}
	return l.Text
}

// NormalizedText returns the normalized text the spans point into, also
// when the letter was read with NoText.
func (l *Letter) NormalizedText() string { return l.text() }

// Slice returns the normalized text of a span.
func (l *Letter) Slice(s Span) string {
	t := l.text()
	s.Start, s.End = max(0, min(s.Start, len(t))), max(0, min(s.End, len(t)))
	if s.End < s.Start {
		return ""
	}
	return t[s.Start:s.End]
}

// Page returns the page of an offset of the normalized text.
func (l *Letter) Page(off int) int {
	if l.doc == nil {
		return 1
	}
	return l.doc.page(off)
}
