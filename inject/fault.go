package inject

import (
	"strings"
	"unicode/utf8"

	"github.com/imrkit/imrkit/extract"
)

// Fault is one manifest record: which copy, made from which letter, holds
// which fault, and exactly where. See the package documentation for the
// fields.
type Fault struct {
	File         string `json:"file"`
	Origin       string `json:"origin"`
	OriginSHA256 string `json:"origin_sha256"`
	Basis        string `json:"basis"`
	Code         string `json:"code"`
	Operator     string `json:"operator"`
	Item         int    `json:"item"`
	Seed         uint64 `json:"seed"`
	Change       string `json:"change"`
	Edits        []Edit `json:"edits"`
	Pair         Pair   `json:"pair"`
}

// Edit is one replacement: the text before and after, and where it
// stands in the original's basis text and in the copy.
type Edit struct {
	Before   string `json:"before"`
	After    string `json:"after"`
	Original Place  `json:"original"`
	Copy     Place  `json:"copy"`
}

// Pair is the other side of the fault, which the letter states and the
// copy keeps as it was: what a reviewer compares the change with.
type Pair struct {
	Text     string `json:"text"`
	Original Place  `json:"original"`
	Copy     Place  `json:"copy"`
}

// Place is a byte range of a text (end exclusive) and the line and column
// (1-based, columns in characters) where it starts; Page is the page of
// the original letter, where known.
type Place struct {
	Start  int `json:"start"`
	End    int `json:"end"`
	Line   int `json:"line"`
	Column int `json:"column"`
	Page   int `json:"page,omitempty"`
}

// edit replaces a span of the normalized text with new text; an empty
// span inserts.
type edit struct {
	extract.Span
	text string
}

// apply makes the edits (sorted, not overlapping) in the basis text and
// returns the copy with each edit's place in both texts.
func (o *Original) apply(edits []edit) (string, []Edit) {
	var b strings.Builder
	var out []Edit
	last := 0
	for _, e := range edits {
		start, end := o.sourceSpan(e.Span)
		start = max(start, last)
		end = max(end, start)
		b.WriteString(o.Text[last:start])
		at := b.Len()
		b.WriteString(e.text)
		out = append(out, Edit{
			Before:   o.Text[start:end],
			After:    e.text,
			Original: place(o.Text, start, end, o.Letter.Page(e.Start)),
			Copy:     Place{Start: at, End: at + len(e.text)},
		})
		last = end
	}
	b.WriteString(o.Text[last:])
	text := b.String()
	for i := range out {
		out[i].Copy = place(text, out[i].Copy.Start, out[i].Copy.End, 0)
	}
	return text, out
}

// sourceSpan maps a span of the normalized text to the basis text. An
// insertion goes just after the character before it.
func (o *Original) sourceSpan(s extract.Span) (int, int) {
	l := o.Letter
	if s.Len() == 0 {
		if s.Start == 0 {
			return 0, 0
		}
		at := l.Position(s.Start-1).SourceOffset + 1
		return at, at
	}
	start, end := l.Position(s.Start).SourceOffset, l.Position(s.End-1).SourceOffset
	if end < len(o.Text) && o.Text[end] == l.NormalizedText()[s.End-1] {
		end++ // the last byte is copied from the source, not added (a space that joins lines)
	}
	return start, max(start, end)
}

// pair places the other side of the fault in both texts: it moves by
// the edits before it.
func (o *Original) pair(s extract.Span, edits []edit, copied string) Pair {
	start, end := o.sourceSpan(s)
	shift := 0
	for _, e := range edits {
		if e.End <= s.Start {
			a, b := o.sourceSpan(e.Span)
			shift += len(e.text) - (b - a)
		}
	}
	return Pair{
		Text:     o.Text[start:end],
		Original: place(o.Text, start, end, o.Letter.Page(s.Start)),
		Copy:     place(copied, start+shift, end+shift, 0),
	}
}

// place gives a byte range its line and column in text.
func place(text string, start, end, page int) Place {
	line := 1 + strings.Count(text[:start], "\n")
	col := 1 + utf8.RuneCountInString(text[strings.LastIndexByte(text[:start], '\n')+1:start])
	return Place{Start: start, End: end, Line: line, Column: col, Page: page}
}

// normalizedAfter is the normalized text with the edits made: what the
// copy must read as.
func normalizedAfter(text string, edits []edit) string {
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(text[last:e.Start])
		b.WriteString(e.text)
		last = e.End
	}
	b.WriteString(text[last:])
	return b.String()
}
