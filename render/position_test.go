package render

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// TestAppendixPageLine checks that the findings appendix places evidence
// in a PDF letter by page and line of the page ("page 2, line 4"), and in
// a text letter by the file's line and column.
func TestAppendixPageLine(t *testing.T) {
	r, err := New(Options{WithFindings: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, format, want string
	}{
		{"pdf letter, html", "seed.pdf", HTML, "page 2, line 4, header"},
		{"pdf letter, pdf", "seed.pdf", PDF, "page 2, line 4, header"},
		{"text letter, html", "seed.txt", HTML, "page 1, line 55, column 39, header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := extract.ReadFile(filepath.Join("..", "testdata", "letters", tt.file), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var c check.Config
			var buf bytes.Buffer
			if err := r.Letter(&buf, tt.format, Entry{Letter: l, Findings: c.Run(l)}); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if tt.format == PDF {
				got = pdfText(t, buf.Bytes())
			}
			if !strings.Contains(collapse(got), tt.want) {
				t.Errorf("the appendix lacks %q:\n%s", tt.want, got)
			}
		})
	}
}
