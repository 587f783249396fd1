package corpus

import "testing"

// TestKeepLetter: of two files of one letter the corpus keeps the one
// read in full, then the PDF, then the path that sorts first.
func TestKeepLetter(t *testing.T) {
	tests := []struct {
		name      string
		f, stored copyOf
		want      bool
	}{
		{"a whole copy replaces a damaged one", copyOf{"b/x.pdf", true}, copyOf{"a/x.pdf", false}, true},
		{"a damaged copy does not replace a whole one", copyOf{"a/x.pdf", false}, copyOf{"b/x.pdf", true}, false},
		{"a whole text beats a damaged PDF", copyOf{"x.txt", true}, copyOf{"x.pdf", false}, true},
		{"a PDF replaces its text", copyOf{"b/x.pdf", true}, copyOf{"a/x.txt", true}, true},
		{"a text does not replace its PDF", copyOf{"a/x.txt", true}, copyOf{"b/x.pdf", true}, false},
		{"of two PDFs the first path", copyOf{"a/x.pdf", true}, copyOf{"b/x.pdf", true}, true},
		{"not the later path", copyOf{"b/x.pdf", true}, copyOf{"a/x.pdf", true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keepLetter(tt.f, tt.stored); got != tt.want {
				t.Errorf("keepLetter(%v, %v) = %v, want %v", tt.f, tt.stored, got, tt.want)
			}
		})
	}
}
