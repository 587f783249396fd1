package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
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
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff\n%s", name, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line that differs.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + a + "\ngot:  " + b
		}
	}
	return ""
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
