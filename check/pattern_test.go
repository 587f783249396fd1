package check

import (
	"os"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestPatterns checks what textpat tells of each of the checks' patterns
// (its folded form and the texts every match needs, see textpat's
// Check) on the sentences and paragraphs the checks run them over: every
// fifth sentence of the letters and every paragraph, as written.
func TestPatterns(t *testing.T) {
	var inputs []string
	n := 0
	for _, path := range testenv.LetterTexts(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		l, err := extract.Read(path, data, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sentences(l.Text, extract.Span{End: len(l.Text)}) {
			if n++; n%5 == 0 {
				inputs = append(inputs, l.Text[s.Start:s.End])
			}
		}
	}
	if len(patterns) < 50 || len(inputs) < 1000 {
		t.Fatalf("%d patterns on %d inputs: too few to test", len(patterns), len(inputs))
	}
	for _, pt := range patterns {
		bad := 0
		for _, s := range inputs {
			if err := pt.Check(s); err != "" {
				t.Errorf("%s: %s", pt, err)
				if bad++; bad > 5 {
					break
				}
			}
		}
	}
}
