package extract

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/hostile"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestHostileBatch reads the crafted hostile PDFs with real letters in
// one batch: each hostile file gives a letter (with warnings when it was
// read in part) or a one-line error naming the file, and every real
// letter comes through unharmed.
func TestHostileBatch(t *testing.T) {
	dir := t.TempDir()
	want := map[string]string{}
	var paths []string
	for _, f := range hostile.Files() {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		want[p] = f.Want
		paths = append(paths, p)
	}
	real := realPDFs(t, 5)
	paths = append(paths, real...)
	got := 0
	err := Each(paths, Options{}, 2, func(r Result) error {
		got++
		if w, ok := want[r.Path]; ok {
			checkHostile(t, r, w)
		} else if r.Err != nil || len(r.Letter.Warnings) > 0 || len(r.Letter.Items) == 0 {
			t.Errorf("%s: err %v, warnings %v: want a whole letter with items", r.Path, r.Err, r.Letter.Warnings)
		}
		return nil
	})
	if err != nil || got != len(paths) {
		t.Fatalf("Each: %v after %d of %d files", err, got, len(paths))
	}
}

// checkHostile checks one hostile file's result against what it wants.
func checkHostile(t *testing.T, r Result, want string) {
	t.Helper()
	name := filepath.Base(r.Path)
	switch {
	case r.Err != nil:
		var ie *InputError
		if !errors.As(r.Err, &ie) || !strings.HasPrefix(r.Err.Error(), r.Path+": ") || strings.Contains(r.Err.Error(), "\n") {
			t.Errorf("%s: error %q is not one line naming the file", name, r.Err)
		}
		if want == "text" || want == "warning" {
			t.Errorf("%s: error %v, want %s", name, r.Err, want)
		}
	case len(r.Letter.Warnings) > 0:
		if want != "warning" && want != "any" {
			t.Errorf("%s: warnings %v, want %s", name, r.Letter.Warnings, want)
		}
		checkWarningJSON(t, r.Letter)
	case want != "text":
		t.Errorf("%s: read in full, want %s", name, want)
	}
}

// checkWarningJSON checks the letter's JSON carries its warnings, the
// same as encoding/json writes them.
func checkWarningJSON(t *testing.T, l *Letter) {
	t.Helper()
	got, err := appendLetterJSON(nil, l)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(l)
	if strings.TrimSpace(string(got)) != string(want) || !strings.Contains(string(got), `"warnings":[{"message":`) {
		t.Errorf("%s: JSON\n%s\nwant\n%s", l.Source.Path, got, want)
	}
}

// realPDFs returns the paths of the first n real letters' PDFs.
func realPDFs(t *testing.T, n int) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testenv.RealLetters(t), "pdf", "*.pdf"))
	if err != nil || len(paths) < n {
		t.Fatalf("real letters: %d PDFs, err %v", len(paths), err)
	}
	return paths[:n]
}

func TestWarningLine(t *testing.T) {
	tests := []struct {
		name string
		w    Warning
		want string
	}{
		{"page", Warning{Message: "damaged pdf: page content cannot be read: data ends early", Page: 2}, "a.pdf: page 2: damaged pdf: page content cannot be read: data ends early"},
		{"file", Warning{Message: "damaged pdf: no end-of-file marker: truncated"}, "a.pdf: damaged pdf: no end-of-file marker: truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.w.Line("a.pdf"); got != tt.want {
				t.Errorf("Line = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGlyphCap reads a page of 31 glyphs under a cap of 10: a clear
// error naming the file, the page and the option.
func TestGlyphCap(t *testing.T) {
	var page []byte
	for _, f := range hostile.Files() {
		if f.Name == "plain.pdf" {
			page = f.Data
		}
	}
	if _, err := Read("plain.pdf", page, Options{PDFMaxGlyphs: 10}); err == nil ||
		!strings.Contains(err.Error(), "plain.pdf: page 1: limit exceeded: more than 10 glyphs on the page") {
		t.Errorf("Read with a cap of 10 glyphs: %v, want the glyph limit error", err)
	}
	if _, err := Read("plain.pdf", page, Options{PDFMaxGlyphs: 1000}); err != nil {
		t.Errorf("Read with a cap of 1000 glyphs: %v", err)
	}
}
