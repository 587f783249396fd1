package extract

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/imrkit/imrkit/docx"
)

// ErrTrackedChanges is the warning for a Word draft with tracked
// changes: it was read with the insertions accepted and the deletions
// dropped, as it would print once the changes are accepted.
var ErrTrackedChanges = errors.New("the Word draft has tracked changes: read with insertions accepted and deletions dropped")

// isWordFile reports whether data is a Word document: a zip (.docx) or an
// OLE compound file (a password-protected .docx or a legacy .doc), which
// Read reports as an error.
func isWordFile(data []byte) bool { return docx.IsZip(data) || docx.IsOLE(data) }

// wordText reads a Word document as it would print. Pages come from its
// page breaks (hard breaks and those Word recorded when it last laid the
// document out), as form feeds in the text; headers and footers are left
// out.
func wordText(name string, data []byte) (string, Locator, int, []Warning, error) {
	d, err := docx.Read(data)
	if err != nil {
		return "", nil, 0, nil, &InputError{Path: name, Err: err}
	}
	if strings.TrimSpace(d.Text) == "" {
		return "", nil, 0, nil, &InputError{Path: name, Err: errors.New("empty: the Word document holds no text")}
	}
	var ws []Warning
	if d.Tracked {
		ws = append(ws, Warning{Message: ErrTrackedChanges.Error()})
	}
	text := paragraphBreaks(d)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return text, nil, strings.Count(text, "\f") + 1, ws, nil
}

// paragraphBreaks writes the blank line between two paragraphs as a line
// holding one space, which normalization always takes for a paragraph
// break: a Word paragraph is one line, and text whose every line is
// followed by an empty one would otherwise read as double-spaced.
func paragraphBreaks(d *docx.Document) string {
	var b strings.Builder
	b.Grow(len(d.Text) + len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		if i > 0 {
			sep := d.Text[d.Paragraphs[i-1].End:p.Start]
			if sep == "\n\n" {
				sep = "\n \n"
			}
			b.WriteString(sep)
		}
		b.WriteString(d.Text[p.Start:p.End])
	}
	return b.String()
}
