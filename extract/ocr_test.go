package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/ocr"
	"github.com/imrkit/imrkit/pdftext"
)

func TestOCRPages(t *testing.T) {
	mixedDoc := &pdftext.Document{Pages: []pdftext.Page{{Number: 1, Lines: []pdftext.Line{{Text: "x"}}}, {Number: 2, Images: 1}}}
	blankPage := &pdftext.Document{Pages: []pdftext.Page{{Number: 1, Lines: []pdftext.Line{{Text: "x"}}}, {Number: 2}}}
	popplerDoc := &pdftext.Document{Pages: []pdftext.Page{{Number: 1, Lines: []pdftext.Line{{Text: "x"}}, Images: -1}, {Number: 2, Images: -1}}}
	damagedDoc := &pdftext.Document{Pages: []pdftext.Page{{Number: 1, Lines: []pdftext.Line{{Text: "x"}}}, {Number: 2, Images: 1}},
		Warnings: []*pdftext.Error{{Page: 2, Err: pdftext.ErrDamaged}}}
	full := &pdftext.Document{Pages: []pdftext.Page{{Number: 1, Lines: []pdftext.Line{{Text: "x"}}}}}
	noText := fmt.Errorf("page 1: %w", pdftext.ErrNoText)
	tests := []struct {
		name  string
		doc   *pdftext.Document
		err   error
		mode  string
		pages []int
		all   bool
	}{
		{"scanned, auto", nil, noText, OCRAuto, nil, true},
		{"scanned, never", nil, noText, OCRNever, nil, false},
		{"damaged, auto", nil, pdftext.ErrDamaged, OCRAuto, nil, false},
		{"one image page, auto", mixedDoc, noText, OCRAuto, []int{2}, false},
		{"a blank page, auto", blankPage, nil, OCRAuto, nil, false},
		{"pdftotext cannot tell images, auto", popplerDoc, nil, OCRAuto, []int{2}, false},
		{"a damaged page is not hidden by OCR, auto", damagedDoc, nil, OCRAuto, nil, false},
		{"text layer, auto", full, nil, OCRAuto, nil, false},
		{"text layer, always", full, nil, OCRAlways, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, all := ocrPages(tt.doc, tt.err, tt.mode)
			if diff := cmp.Diff(tt.pages, pages); diff != "" || all != tt.all {
				t.Errorf("ocrPages = %v, %v; want %v, %v", pages, all, tt.pages, tt.all)
			}
		})
	}
}

func TestOCRModeBad(t *testing.T) {
	_, err := Read("scan.pdf", []byte("%PDF-1.4\n%%EOF\n"), Options{OCR: "sometimes"})
	if err == nil || !strings.Contains(err.Error(), `"sometimes"`) {
		t.Fatalf("Read with OCR mode \"sometimes\" = %v, want an error naming the mode", err)
	}
}

// TestMixed joins a text layer's page 1 with an OCR page 2 and maps
// offsets back to each.
func TestMixed(t *testing.T) {
	path := filepath.Join("..", "testdata", "letters", "seed.pdf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pdftext.Read(path, data, pdftext.Options{})
	if err != nil || len(doc.Pages) < 2 {
		t.Fatalf("pdftext.Read(%s) = %v pages, %v; want 2 or more", path, len(doc.Pages), err)
	}
	scanned := ocr.Page{Number: 2, Text: "Case Number:   CM16-0000001", Words: []ocr.Word{
		{Text: "Case", Start: 0, End: 4, Conf: 96, Box: ocr.Box{X0: 72, Y0: 700, X1: 100, Y1: 712}},
		{Text: "CM16-0000001", Start: 15, End: 27, Conf: 61, Box: ocr.Box{X0: 200, Y0: 700, X1: 280, Y1: 712}},
	}}
	m := newMixed(doc, []ocr.Page{scanned})
	if len(m.segs) != len(doc.Pages) {
		t.Fatalf("%d pages, want %d", len(m.segs), len(doc.Pages))
	}
	layer1 := doc.Text()[:strings.IndexByte(doc.Text(), '\f')+1]
	if !strings.HasPrefix(m.text, layer1+scanned.Text+"\n\f") {
		t.Errorf("mixed text does not start with page 1's layer and page 2's OCR:\n%q", m.text[:min(len(m.text), 200)])
	}
	off := len(layer1) + 16
	if p, box, ok := m.Locate(off); !ok || p != 2 || box.X0 != 200 {
		t.Errorf("Locate(case number on the OCR page) = %d, %+v, %v; want page 2 at x 200", p, box, ok)
	}
	if c, ok := m.confidence(off); !ok || c != 61 {
		t.Errorf("confidence(case number) = %v, %v; want 61", c, ok)
	}
	wantPage, wantBox, _ := doc.Locate(5)
	if p, box, ok := m.Locate(5); !ok || p != wantPage || box != (Box{X0: wantBox.X0, Y0: wantBox.Y0, X1: wantBox.X1, Y1: wantBox.Y1}) {
		t.Errorf("Locate(5) = %d, %+v; want the layer's %d, %+v", p, box, wantPage, wantBox)
	}
	if _, ok := m.confidence(5); ok {
		t.Error("a text-layer offset has an OCR confidence")
	}
}

// TestOCRContext checks that Options.Context reaches OCR: a read whose
// OCR engine hangs fails soon after its context is cancelled, naming the
// file and the cancelling.
func TestOCRContext(t *testing.T) {
	testenv.Tool(t, "pdftoppm", "poppler-utils")
	testenv.Hanging(t, "tesseract")
	data := testenv.SeedPDF(t)
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	_, err := Read("seed.pdf", data, Options{OCR: OCRAlways, Context: ctx})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "seed.pdf") {
		t.Fatalf("Read with a cancelled context = %v, want an error naming seed.pdf, cancelled", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("Read took %v after its context was cancelled at 300ms", took)
	}
}
