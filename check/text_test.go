package check

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestWriteTextPDF checks that findings in a PDF are placed by page and
// line of the page, as a reader counts them, and text letters by line and
// column.
func TestWriteTextPDF(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"pdf", "seed.pdf", "seed.pdf:p2:l4: error quantity-mismatch:"},
		{"text", "seed.txt", "seed.txt:55:39: error quantity-mismatch:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := extract.ReadFile(filepath.Join(testenv.Root(t), "testdata", "letters", tt.file), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			l.Source.Path = tt.file
			var c Config
			var b bytes.Buffer
			if err := WriteText(&b, []Report{c.Report(l)}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tt.want) {
				t.Errorf("WriteText gives\n%s\nwant a line starting %q", b.String(), tt.want)
			}
		})
	}
}
