package extract

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSeedPDF reads the seed letter as LibreOffice printed it to PDF and
// requires the same facts as from its text.
func TestSeedPDF(t *testing.T) {
	fromText, err := ReadFile("../testdata/letters/seed.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	fromPDF, err := ReadFile("../testdata/letters/seed.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, fromPDF)
	if diff := cmp.Diff(values(t, fromText), values(t, fromPDF)); diff != "" {
		t.Errorf("seed facts from PDF differ from text (-text +pdf):\n%s", diff)
	}
	h := fromPDF.Items[0].Header
	if page, box, ok := fromPDF.Box(h.Span); !ok || page != h.Page || box.X0 < 20 || box.X1-box.X0 < 100 || box.Y1-box.Y0 > 30 {
		t.Errorf("Box(item header) = page %d %+v %v, want a one-line box on page %d", page, box, ok, h.Page)
	}
	bare, err := ReadFile("../testdata/letters/seed.pdf", Options{NoBoxes: true})
	if err != nil {
		t.Fatal(err)
	}
	withBoxes, _ := json.Marshal(fromPDF)
	without, _ := json.Marshal(bare)
	if diff := cmp.Diff(string(withBoxes), string(without)); diff != "" {
		t.Errorf("facts read with NoBoxes differ (-boxes +none):\n%s", diff)
	}
	if _, _, ok := bare.Box(h.Span); ok {
		t.Errorf("Box(item header) found a box in a letter read with NoBoxes")
	}
}

// values returns a letter's facts without where they stand: the JSON with
// spans, pages, text and source left out.
func values(t *testing.T, l *Letter) any {
	t.Helper()
	var doc map[string]any
	b, _ := json.Marshal(l)
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc, "source")
	delete(doc, "text")
	strip(doc)
	return doc
}

func strip(v any) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range []string{"start", "end", "page", "text"} {
			delete(x, k)
		}
		for _, c := range x {
			strip(c)
		}
	case []any:
		for _, c := range x {
			strip(c)
		}
	}
}
