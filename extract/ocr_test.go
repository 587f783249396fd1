package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/pdftext"
)

func TestOCRPages(t *testing.T) {
	mixedDoc := &pdftext.Document{Pages: []pdftext.Page{{Number: 1, Lines: []pdftext.Line{{Text: "x"}}}, {Number: 2}}}
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
