package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// Errors Read returns, wrapped with the part that failed.
var (
	// ErrProtected is a password-protected (encrypted) document, or a
	// legacy binary .doc: both are OLE compound files, not zips.
	ErrProtected = errors.New("password-protected or legacy Word file (an OLE compound file, not a .docx zip): save it as an unprotected .docx")
	// ErrCorrupt is data that is not a readable .docx.
	ErrCorrupt = errors.New("corrupt Word document")
)

// maxPart bounds the uncompressed size of one XML part read.
const maxPart = 64 << 20

// oleMagic starts every OLE compound file.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// IsOLE reports whether data is an OLE compound file (an encrypted .docx
// or a legacy .doc).
func IsOLE(data []byte) bool { return bytes.HasPrefix(data, oleMagic) }

// IsZip reports whether data starts like a zip archive, as a .docx does.
func IsZip(data []byte) bool { return bytes.HasPrefix(data, []byte("PK\x03\x04")) }

// Document is the text of a Word document as it would print.
type Document struct {
	Text       string
	Paragraphs []Paragraph // in order; table rows count as paragraphs
	Furniture  []string    // header and footer texts, one per part
	Tracked    bool        // the document holds tracked insertions or deletions
}

// Paragraph is one paragraph of Document.Text: its byte range (end
// exclusive, no separator) and its 1-based page.
type Paragraph struct {
	Start, End int
	Page       int
}

// ParagraphAt returns the 1-based number of the paragraph holding the
// byte offset off, or of the next paragraph when off falls between two;
// 0 when off is past the last.
func (d *Document) ParagraphAt(off int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > off })
	if i == len(d.Paragraphs) {
		return 0
	}
	return i + 1
}

// Read reads a .docx from data.
func Read(data []byte) (*Document, error) {
	if IsOLE(data) {
		return nil, ErrProtected
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: not a zip archive: %v", ErrCorrupt, err)
	}
	main, err := readPart(zr, "word/document.xml")
	if err != nil {
		return nil, err
	}
	doc, err := parseBody(main)
	if err != nil {
		return nil, fmt.Errorf("%w: word/document.xml: %v", ErrCorrupt, err)
	}
	doc.Furniture = furniture(zr)
	return doc, nil
}

// readPart returns the bytes of one part of the package.
func readPart(zr *zip.Reader, name string) ([]byte, error) {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
		}
		if len(b) > maxPart {
			return nil, fmt.Errorf("%w: %s: larger than %d MiB", ErrCorrupt, name, maxPart>>20)
		}
		return b, nil
	}
	return nil, fmt.Errorf("%w: no %s (not a Word document)", ErrCorrupt, name)
}

// furniture reads the text of every header and footer part; a part that
// cannot be read is left out.
func furniture(zr *zip.Reader) []string {
	var out []string
	for _, f := range zr.File {
		base := path.Base(f.Name)
		if path.Dir(f.Name) != "word" || !(strings.HasPrefix(base, "header") || strings.HasPrefix(base, "footer")) || path.Ext(base) != ".xml" {
			continue
		}
		b, err := readPart(zr, f.Name)
		if err != nil {
			continue
		}
		if d, err := parseBody(b); err == nil && strings.TrimSpace(d.Text) != "" {
			out = append(out, strings.TrimSpace(d.Text))
		}
	}
	sort.Strings(out)
	return out
}
