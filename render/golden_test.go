package render

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenLetters are the letters the golden files show: the seed (no
// header table, 2014 layout) and three real letters (two items; one
// item; a partial certification).
var goldenLetters = []string{"seed", "CM16-0213037", "CM17-0016311", "CM16-0229336"}

func readLetter(t testing.TB, name string) *extract.Letter {
	t.Helper()
	l, err := extract.ReadFile(filepath.Join("..", "testdata", "letters", name+".txt"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// checkGolden compares got with testdata/golden/name, or rewrites the
// file with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	testenv.Golden(t, filepath.Join("testdata", "golden", name), got, *update)
}

func TestGolden(t *testing.T) {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range goldenLetters {
		l := readLetter(t, name)
		for _, format := range []string{Text, Markdown, HTML} {
			t.Run(name+"."+format, func(t *testing.T) {
				var buf bytes.Buffer
				if err := r.Letter(&buf, format, Entry{Letter: l}); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name+"."+format, buf.Bytes())
			})
		}
	}
}

// sampleFindings are findings made by hand for a letter's first item, as
// check would report them.
func sampleFindings(l *extract.Letter) []check.Finding {
	it := l.Items[0]
	return []check.Finding{
		{Code: "quantity-mismatch", Severity: check.Warning, Item: 0,
			Message: "the item asks for 14 sessions, the rationale judges 12",
			Evidence: []check.Evidence{
				{Span: it.Quantity.Span, Page: 1, Line: 41, Column: 39, Text: it.Quantity.Text, Role: "header"},
				{Span: it.Rationale.Quantities[0].Span, Page: 1, Line: 62, Column: 25, Text: it.Rationale.Quantities[0].Text, Role: "rationale"},
			}},
		{Code: "missing-header", Severity: check.Info, Item: -1, Message: "the letter has no case number"},
	}
}

func TestGoldenWithFindings(t *testing.T) {
	r, err := New(Options{WithFindings: true})
	if err != nil {
		t.Fatal(err)
	}
	l := readLetter(t, "seed")
	for _, format := range []string{Text, Markdown, HTML} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := r.Letter(&buf, format, Entry{Letter: l, Findings: sampleFindings(l)}); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, "seed-findings."+format, buf.Bytes())
		})
	}
}
