package extract

import (
	"errors"
	"strings"
	"testing"
)

func TestBadInput(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr string // empty: no error, layout unknown
	}{
		{"empty", "", "empty"},
		{"blank", " \n\n\t\f\n", "empty"},
		{"nul bytes", "Case Number: CM16-0000001\x00\x00\x00", "NUL"},
		{"binary", string([]byte{0x89, 'P', 'N', 'G', 1, 2, 3, 4, 0xff, 0xfe, 0, 0, 5, 6, 7, 8, 9, 10, 11, 12}), "not text"},
		{"recipe", "Pancakes\n\nMix two eggs with flour and milk.\nFry in butter: 2 minutes a side.\n", ""},
		{"broken pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "pdf"},
		{"pdf without pages", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Read("letter.bin", []byte(tt.data), Options{})
			if tt.wantErr != "" {
				var ie *InputError
				if err == nil || !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), "letter.bin") {
					t.Fatalf("Read(%s) error = %v, want an InputError naming the file and %q", tt.name, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Read(%s): %v", tt.name, err)
			}
			if l.Source.Layout != LayoutUnknown || len(l.Items) != 0 {
				t.Errorf("Read(%s) layout %q with %d items, want unknown with none", tt.name, l.Source.Layout, len(l.Items))
			}
			checkSpans(t, l)
		})
	}
}
