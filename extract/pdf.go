package extract

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/imrkit/imrkit/pdftext"
)

// pdfText reads the text layer of a PDF with the engine the options name
// ("go", "pdftotext" or "auto"), and returns it with a locator of page
// boxes and the page count. Errors name the file and, where known, the
// page.
func pdfText(name string, data []byte, opt Options) (string, Locator, int, error) {
	doc, err := pdftext.Read(name, data, pdftext.Options{Engine: opt.PDFEngine})
	if text, loc, pages, ok, err := ocrText(name, data, doc, err, opt); ok {
		return text, loc, pages, err
	}
	if doc == nil || len(doc.Pages) == 0 {
		if err == nil {
			err = pdftext.ErrNoText
		}
		return "", nil, 0, inputError(name, err)
	}
	// A document with some text comes with an error for the pages it
	// could not read (image-only pages, a rebuilt cross-reference table):
	// the letter is still read from the text there is.
	text := doc.Text()
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	return text, locator{doc}, len(doc.Pages), nil
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
