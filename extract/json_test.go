package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// jsonOf is what encoding/json writes for a letter, as WriteJSONL wrote
// it before.
func jsonOf(t testing.TB, l *Letter) []byte {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(l); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWriteJSONL checks WriteJSONL against encoding/json on the letters
// and on a letter of odd values.
func TestWriteJSONL(t *testing.T) {
	var letters []*Letter
	for i, text := range matcherLetters(t) {
		letters = append(letters, Parse(filepath.Join("dir", string(rune('a'+i%26))+".txt"), text, Options{}))
	}
	texts := matcherLetters(t)
	for i, text := range texts[:min(10, len(texts))] { // without the shared folder, the bundled letters only
		letters = append(letters, Parse(string(rune('a'+i))+".txt", text, Options{Mentions: true}))
	}
	if data, err := os.ReadFile("../testdata/letters/seed.pdf"); err == nil {
		if l, err := Read("seed.pdf", data, Options{}); err == nil {
			letters = append(letters, l)
		}
	}
	odd := "<b>&\"\\\u2028\u2029\x01\x1f\b\f\n\r\t\xff\xe2\x80é"
	f := Fact[string]{Value: odd, Text: odd, Span: Span{1, 2}, Page: 3}
	letters = append(letters, nil, &Letter{}, &Letter{
		Schema: Schema, Text: odd, CaseNumber: &f,
		Claimant:  Claimant{Age: &Fact[int]{Value: -4}, InjuryDates: []Fact[string]{}},
		Diagnoses: []Diagnosis{{Fact: f, Concept: "c"}, {Fact: f, Category: odd}},
		Items: []Item{{
			Service:    &Service{Fact: f, Concept: Str(odd)},
			Quantity:   &Quantity{Fact: Fact[float64]{Value: 1e-7}},
			Partial:    &Partial{Remaining: &f},
			Guidelines: Guidelines{Citations: []Citation{{Fact: f, Sections: []string{}, Pages: []string{odd, ""}}}},
			Rationale: Rationale{Quantities: []Quantity{
				{Fact: Fact[float64]{Value: 1e21}}, {Fact: Fact[float64]{Value: 0.5}},
				{Fact: Fact[float64]{Value: math.Copysign(0, -1)}}, {Fact: Fact[float64]{Value: 12345678.25}},
				{Fact: Fact[float64]{Value: 1.5e-300}}, {Fact: Fact[float64]{Value: 3e100}},
			}},
		}, {}},
	})
	for _, l := range letters {
		var got bytes.Buffer
		if err := WriteJSONL(&got, []*Letter{l}); err != nil {
			t.Fatal(err)
		}
		if want := jsonOf(t, l); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("WriteJSONL =\n%s\nwant\n%s", got.Bytes(), want)
		}
	}
}

// TestWriteJSONLNotFinite checks that a count JSON cannot hold gives
// encoding/json's error and writes nothing.
func TestWriteJSONLNotFinite(t *testing.T) {
	l := &Letter{Items: []Item{{Quantity: &Quantity{Fact: Fact[float64]{Value: math.Inf(1)}}}}}
	var got bytes.Buffer
	err := WriteJSONL(&got, []*Letter{l})
	_, want := json.Marshal(l)
	if err == nil || err.Error() != want.Error() || got.Len() > 0 {
		t.Errorf("WriteJSONL(+Inf) = %v, wrote %q; want %v", err, got.Bytes(), want)
	}
}

// FuzzJSON reads arbitrary bytes and checks WriteJSONL against
// encoding/json on the letter read.
func FuzzJSON(f *testing.F) {
	f.Add([]byte("Case Number: CM16-0213037\n\nX <b> & y: Upheld\nDecision rationale: not medically necessary."))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Read("fuzz.txt", data, Options{})
		if err != nil {
			return
		}
		var got bytes.Buffer
		if err := WriteJSONL(&got, []*Letter{l}); err != nil {
			return
		}
		if want := jsonOf(t, l); !bytes.Equal(got.Bytes(), want) {
			t.Errorf("WriteJSONL =\n%s\nwant\n%s", got.Bytes(), want)
		}
	})
}
