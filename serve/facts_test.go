package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/extract"
)

// TestCollectFacts reads facts off the letter's JSON generically: facts
// the extractor adds later (an ICD-10 code on a diagnosis, the count a
// rationale judges, mentions of body parts with their kind) are found
// with their kind and fields.
func TestCollectFacts(t *testing.T) {
	const doc = `{
	  "case_number": {"value": "CM16-1", "text": "CM16-1", "start": 0, "end": 6, "page": 1},
	  "diagnoses": [{"value": "low back pain", "text": "LBP", "start": 10, "end": 13, "page": 1, "icd10": {"code": "M54.5", "chapter": "M00-M99"}, "concept": "lbp"}],
	  "mentions": [{"value": "knee", "text": "knee", "start": 20, "end": 24, "page": 2, "kind": "body_part"}],
	  "items": [{
	    "header": {"value": "PT x12", "text": "PT x12", "start": 30, "end": 36, "page": 2},
	    "guidelines": {"maximus": {"value": "long paragraph", "text": "t", "start": 40, "end": 90, "page": 2}},
	    "rationale": {"start": 100, "end": 200, "page": 2,
	      "judged": {"value": 6, "unit": "session", "text": "6 visits", "start": 120, "end": 128, "page": 2}}
	  }]
	}`
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var tr tree
	if err := dec.Decode(&tr); err != nil {
		t.Fatal(err)
	}
	type got struct {
		Kind, Path, Value string
		Extra             []string
	}
	var facts []got
	for _, f := range collectFacts(tr) {
		facts = append(facts, got{f.Kind, f.Path, f.Value, f.Extra})
	}
	want := []got{
		{"case", "case_number", "CM16-1", nil},
		{"diagnosis", "diagnoses[0]", "low back pain", []string{"concept: lbp", "icd10: chapter M00-M99, code M54.5"}},
		{"body-part", "mentions[0]", "knee", nil},
		{"", "items[0].header", "PT x12", nil},
		{"", "items[0].guidelines.maximus", "long paragraph", nil},
		{"count", "items[0].rationale.judged", "6", []string{"unit: session"}},
	}
	if diff := cmp.Diff(want, facts); diff != "" {
		t.Errorf("collectFacts (-want +got):\n%s", diff)
	}
	if j, note := judged(tr, 0); j != "6 sessions" || note != "" {
		t.Errorf("judged = %q, %q, want the letter's own judged count", j, note)
	}
}

// TestChapterFacet offers ICD-10 chapters once the corpus has a
// diagnoses column for them.
func TestChapterFacet(t *testing.T) {
	db := testCorpus(t)
	for _, q := range []string{
		"UPDATE diagnoses SET icd10_chapter = 13",
	} {
		if _, err := db.SQL().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	_, ts := newTestServer(t, Options{DB: db})
	resp, err := http.Get(ts.URL + "/corpus?chapter=13")
	if err != nil {
		t.Fatal(err)
	}
	body := readBody(t, resp)
	if !strings.Contains(body, `data-facet="chapter"`) || !strings.Contains(body, `class="on" data-value="13">13 Diseases of the musculoskeletal system`) {
		t.Errorf("corpus page with ICD-10 chapters lacks the chosen chapter facet:\n%s", body)
	}
	if strings.Contains(body, ">0 letters") || !strings.Contains(body, `class="hit"`) {
		t.Errorf("filtering by chapter 13 found no letters")
	}
}

// TestHover checks the hover text of a fact: kind, value and page.
func TestHover(t *testing.T) {
	l, err := extract.Read("seed.txt", seed(t), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := newLetter(l, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var titles bytes.Buffer
	for _, p := range layout(d, marks(d)) {
		for _, s := range p.Segments {
			titles.WriteString(s.Title + "\n")
		}
	}
	for _, want := range []string{"date: 1994-08-06 · page 1", "age: 61 · page 1", "count: 14 · page 1 · unit: session"} {
		if !strings.Contains(titles.String(), want) {
			t.Errorf("no hover text %q in:\n%s", want, titles.String())
		}
	}
}

// TestDoubtfulOCR checks that a fact OCR read with a low confidence is
// marked for a second look, with its confidence in its hover text, and
// that one read well, or from a text layer, is not.
func TestDoubtfulOCR(t *testing.T) {
	const doc = `{
	  "case_number": {"value": "CM16-1", "text": "CM16-1", "start": 0, "end": 6, "page": 1, "ocr_confidence": 41.5},
	  "priority": {"value": "standard", "text": "Standard", "start": 10, "end": 18, "page": 1, "ocr_confidence": 96.2},
	  "dates": {"assigned": {"value": "2016-12-01", "text": "12/1/16", "start": 20, "end": 27, "page": 1, "ocr_confidence": null}}
	}`
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var tr tree
	if err := dec.Decode(&tr); err != nil {
		t.Fatal(err)
	}
	facts := collectFacts(tr)
	if len(facts) != 3 {
		t.Fatalf("%d facts, want 3", len(facts))
	}
	pageOf := func(int) int { return 1 }
	for _, tt := range []struct {
		name     string
		f        *fact
		doubt    bool
		titleHas string
	}{
		{"low confidence", &facts[0], true, "OCR confidence 42, read it again"},
		{"high confidence", &facts[1], false, "OCR confidence 96"},
		{"text layer", &facts[2], false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			seg := newSegment("x", tt.f.Span.Start, tt.f.Span.End, []mark{{span: tt.f.Span, fact: tt.f}}, pageOf)
			if got := strings.Contains(seg.Class, "doubt"); got != tt.doubt {
				t.Errorf("class %q: doubt %v, want %v", seg.Class, got, tt.doubt)
			}
			if tt.titleHas != "" && !strings.Contains(seg.Title, tt.titleHas) {
				t.Errorf("title %q, want it to hold %q", seg.Title, tt.titleHas)
			}
			if tt.titleHas == "" && strings.Contains(seg.Title, "OCR") {
				t.Errorf("title %q names OCR for a text-layer fact", seg.Title)
			}
			for _, e := range tt.f.Extra {
				if strings.Contains(e, "ocr_confidence") {
					t.Errorf("extra %q repeats the confidence", e)
				}
			}
		})
	}
}
