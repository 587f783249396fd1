package extract

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/imrkit/imrkit/pdftext"
)

// pdfText reads the text layer of a PDF with the engine the options name
// ("go", "pdftotext" or "auto"), and returns it with a locator of page
// boxes, the page count and what could not be read. Errors name the file
// and, where known, the page.
func pdfText(name string, data []byte, opt Options) (string, Locator, int, []Warning, error) {
	doc, err := pdftext.Read(name, data, pdftext.Options{Engine: opt.PDFEngine, MaxGlyphs: opt.PDFMaxGlyphs, NoBoxes: opt.NoBoxes})
	if text, loc, pages, ws, ok, err := ocrText(name, data, doc, err, opt); ok {
		return text, loc, pages, ws, err
	}
	if doc == nil || len(doc.Pages) == 0 {
		if err == nil {
			err = pdftext.ErrNoText
		}
		return "", nil, 0, nil, inputError(name, err)
	}
	// A document with some text comes with warnings for what it could
	// not read (image-only pages, a damaged stream, a rebuilt
	// cross-reference table): the letter is read from the text there is,
	// and carries the warnings.
	text := doc.Text()
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return text, locator{doc}, len(doc.Pages), warnings(doc), nil
}

// warnings returns a document's warnings as the letter keeps them.
func warnings(doc *pdftext.Document) []Warning {
	var ws []Warning
	for _, w := range doc.Warnings {
		ws = append(ws, Warning{Message: w.Err.Error(), Page: w.Page})
	}
	return ws
}

// locator adapts a PDF document's glyph boxes to Locator.
type locator struct{ doc *pdftext.Document }

func (l locator) Locate(off int) (int, Box, bool) {
	page, r, ok := l.doc.Locate(off)
	return page, Box{X0: r.X0, Y0: r.Y0, X1: r.X1, Y1: r.Y1}, ok
}

// inputError turns a PDF error into an InputError naming the file and
// page, keeping the cause for errors.Is.
func inputError(name string, err error) error {
	var pe *pdftext.Error
	if errors.As(err, &pe) {
		return &InputError{Path: name, Page: pe.Page, Err: pe.Err}
	}
	return &InputError{Path: name, Err: err}
}

// Line returns the warning as one line of a command's standard error:
// "path: page N: message", without the page when it is the whole file.
func (w Warning) Line(path string) string {
	if w.Page > 0 {
		return fmt.Sprintf("%s: page %d: %s", path, w.Page, w.Message)
	}
	return path + ": " + w.Message
}
