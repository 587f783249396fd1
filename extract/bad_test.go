package extract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWindows1252 reads text saved as Windows-1252, not UTF-8.
func TestWindows1252(t *testing.T) {
	data := []byte("CLINICAL CASE SUMMARY\nThe injured worker\x92s case: a 48 year old male with a date of injury of 10/13/2016. Diagnoses include caf\xe9 au lait spots.\n")
	l, err := Read("letter.txt", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, l)
	if l.Claimant.Age == nil || l.Claimant.Age.Value != 48 || !strings.Contains(l.NormalizedText(), "worker’s") || !strings.Contains(l.NormalizedText(), "café") {
		t.Errorf("Read(windows-1252) = age %v, text %q", l.Claimant.Age, l.NormalizedText())
	}
}

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

// TestReadInto checks readInto against os.ReadFile, reusing one buffer
// from file to file (TestReadInputLimits checks the errors).
func TestReadInto(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "letters", "*"))
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	files = append(files, empty, files[0])
	var buf []byte
	for _, f := range files {
		got, err := readInto(buf[:0], f, DefaultMaxBytes)
		want, wantErr := os.ReadFile(f)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) || !bytes.Equal(got, want) {
			t.Errorf("readInto(%s) = %d bytes, %v; want %d bytes, %v", f, len(got), err, len(want), wantErr)
		}
		if err == nil {
			buf = got
		}
	}
}
