package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// The bars of the extraction issue: overall, every field, and the fields
// that must be nearly perfect.
const (
	overallBar = 0.97
	fieldBar   = 0.93
	strictBar  = 0.99
)

var strictFields = map[string]bool{"item_count": true, "outcome": true}

// TestRealLetters scores extraction of the real letters' text against
// their gold facts.
func TestRealLetters(t *testing.T) {
	dir := testenv.RealLetters(t)
	files, _ := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
	s := score(t, dir, files)
	if len(files) != s.Letters {
		t.Errorf("scored %d letters of %d", s.Letters, len(files))
	}
	requireBars(t, s)
}

func score(t *testing.T, dir string, files []string) *Score {
	t.Helper()
	gold, err := ReadGold(os.DirFS(filepath.Join(dir, "gold")))
	if err != nil {
		t.Fatal(err)
	}
	s, unmatched, errs := Files(files, gold, extract.Options{})
	for _, e := range errs {
		t.Error(e)
	}
	if len(unmatched) > 0 {
		t.Errorf("no gold for %v", unmatched)
	}
	var b strings.Builder
	s.Report(&b, testing.Verbose())
	t.Log("\n" + b.String())
	return s
}

// requireBars fails the test for each figure below its bar.
func requireBars(t *testing.T, s *Score) {
	t.Helper()
	if o := s.Overall(); o < overallBar {
		t.Errorf("overall %.4f, want >= %.2f", o, overallBar)
	}
	for name, tally := range s.Fields {
		bar := fieldBar
		if strictFields[name] {
			bar = strictBar
		}
		if v := tally.Value(); v < bar {
			t.Errorf("%s %.4f, want >= %.2f", name, v, bar)
		}
	}
}

// TestRealPDFs scores the same letters read from their PDFs by the Go
// engine: every field within 0.005 of the text's score.
func TestRealPDFs(t *testing.T) {
	dir := testenv.RealLetters(t)
	txt, _ := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
	pdf, _ := filepath.Glob(filepath.Join(dir, "pdf", "*.pdf"))
	if len(pdf) != len(txt) {
		t.Fatalf("%d PDFs for %d texts", len(pdf), len(txt))
	}
	fromText, fromPDF := score(t, dir, txt), score(t, dir, pdf)
	for name, tally := range fromText.Fields {
		if d := tally.Value() - fromPDF.Fields[name].Value(); d > 0.005 {
			t.Errorf("%s: %.4f from PDF, %.4f from text", name, fromPDF.Fields[name].Value(), tally.Value())
		}
	}
}
