package corpus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

func TestSearch(t *testing.T) {
	db := openTest(t)
	build(t, db, replicate(t, t.TempDir(), 3), Options{})
	tests := []struct {
		name     string
		query    string
		wantHits int
		wantKind string
		wantMark string
	}{
		{name: "word in a rationale", query: "contemplate", wantHits: 1, wantKind: "rationale", wantMark: "[contemplate]"},
		{name: "stem", query: "evaluations", wantHits: 1, wantMark: "[evaluated]"},
		{name: "phrase", query: `"red flag conditions"`, wantHits: 1, wantKind: "rationale", wantMark: "[red flag conditions]"},
		{name: "nothing", query: "xylophone", wantHits: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.Search(t.Context(), tt.query, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) < tt.wantHits || (tt.wantHits == 0 && len(hits) > 0) {
				t.Fatalf("Search(%q) = %d hits, want at least %d", tt.query, len(hits), tt.wantHits)
			}
			if len(hits) == 0 {
				return
			}
			h := hits[0]
			if (tt.wantKind != "" && h.Kind != tt.wantKind) || !strings.Contains(h.Snippet, tt.wantMark) || h.CaseNumber == "" {
				t.Errorf("Search(%q)[0] = %+v, want kind %q and %q in the snippet", tt.query, h, tt.wantKind, tt.wantMark)
			}
		})
	}
	var se *SearchError
	if _, err := db.Search(t.Context(), `"unclosed`, 0); !errors.As(err, &se) {
		t.Errorf("Search(unclosed quote) error = %v, want a *SearchError", err)
	}
}

// TestLetters rebuilds the stored letters and their findings.
func TestLetters(t *testing.T) {
	db := openTest(t)
	paths := replicate(t, t.TempDir(), 3)
	build(t, db, paths, Options{Check: fakeCheck})
	n := 0
	err := db.Letters(t.Context(), func(e Entry) error {
		want, err := extract.ReadFile(paths[n], extract.Options{})
		if err != nil {
			return err
		}
		if got, want := mustJSON(t, e.Letter), mustJSON(t, want); got != want {
			t.Errorf("Letters[%d] differs from the letter read from %s", n, paths[n])
		}
		if got, want := mustJSON(t, e.Letter.Sections), mustJSON(t, want.Sections); got != want || len(want) < 3 {
			t.Errorf("Letters[%d].Sections = %s, want %s", n, got, want)
		}
		for i := range want.Items {
			if got, want := e.Letter.Items[i].Block, want.Items[i].Block; got != want || want.Len() == 0 {
				t.Errorf("Letters[%d].Items[%d].Block = %v, want %v", n, i, got, want)
			}
		}
		if got, want := mustJSON(t, e.Findings), mustJSON(t, fakeCheck(want)); got != want {
			t.Errorf("Letters[%d].Findings = %s, want %s", n, got, want)
		}
		n++
		return nil
	})
	if err != nil || n != 3 {
		t.Errorf("Letters: %d letters, %v; want 3", n, err)
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestStatsFindings(t *testing.T) {
	db := openTest(t)
	build(t, db, replicate(t, t.TempDir(), 5), Options{Check: fakeCheck})
	st, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Findings) != 1 || st.Findings[0] != (Count{"test-finding", 5}) {
		t.Errorf("Stats.Findings = %v, want [{test-finding 5}]", st.Findings)
	}
	if len(st.ByYear) == 0 || st.Total.Items == 0 || st.Total.Items != sumItems(st.ByYear) {
		t.Errorf("Stats: total %+v, by year %+v; want the years to add up to the total", st.Total, st.ByYear)
	}
}

func sumItems(rates []Rate) int {
	n := 0
	for _, r := range rates {
		n += r.Items
	}
	return n
}

func ExampleBuild() {
	dir, _ := os.MkdirTemp("", "corpus")
	defer os.RemoveAll(dir)
	db, err := Open(filepath.Join(dir, "corpus.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	paths, _ := filepath.Glob(filepath.Join(testdataLetters(), "CM*.txt"))
	sum, err := Build(context.Background(), db, paths, Options{})
	fmt.Println(sum.OK, sum.Failed, sum.Skipped, err)
	st, _ := db.Stats(context.Background())
	fmt.Println(st.Letters, "letters,", st.Total.Items, "items,", st.Total.Overturned, "overturned")
	// Output:
	// 3 0 0 <nil>
	// 3 letters, 7 items, 1 overturned
}

// testdataLetters is the repository's folder of sample letters.
func testdataLetters() string {
	return filepath.Join(testenv.Root(&testing.T{}), "testdata", "letters")
}

// TestStatsByDiagnosis: on the real letters, the items grouped by the
// ICD-10-CM chapter or category of their letter's primary diagnosis add
// up to the total, and most letters have one.
func TestStatsByDiagnosis(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(testenv.RealLetters(t), "txt", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no real letters: %v", err)
	}
	db := openTest(t)
	build(t, db, paths, Options{})
	st, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, by := range []string{ByICD10Chapter, ByICD10Category} {
		rates, err := db.ByDiagnosis(t.Context(), by)
		if err != nil {
			t.Fatal(err)
		}
		up, over := 0, 0
		for _, r := range rates {
			up, over = up+r.Upheld, over+r.Overturned
		}
		if sumItems(rates) != st.Total.Items || up != st.Total.Upheld || over != st.Total.Overturned {
			t.Errorf("by %s: %d items (%d upheld, %d overturned), total %+v", by, sumItems(rates), up, over, st.Total)
		}
		if len(rates) < 3 || rates[0].Key == "(none)" {
			t.Errorf("by %s: %v, want the items of most letters grouped by a code", by, rates)
		}
		t.Logf("by %s: %v", by, rates)
	}
	if _, err := db.ByDiagnosis(t.Context(), "icd9"); err == nil {
		t.Error("ByDiagnosis(icd9) = nil error, want one")
	}
}
