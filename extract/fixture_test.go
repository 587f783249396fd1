package extract

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestFixtures reads each testdata/*.txtar letter and checks the facts
// listed in its "facts" file, one "path = JSON value" per line; "x.#"
// is the length of list x.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		a := testenv.ReadArchive(t, f)
		t.Run(filepath.Base(f), func(t *testing.T) {
			l, err := Read(f, []byte(a.Files["letter.txt"]), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkFacts(t, l, a.Files["facts"])
			checkSpans(t, l)
		})
	}
}

// checkFacts compares the letter's JSON with "path = value" lines.
func checkFacts(t *testing.T, l *Letter, facts string) {
	t.Helper()
	var doc any
	b, _ := json.Marshal(l)
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(facts, "\n") {
		path, want, ok := strings.Cut(line, " = ")
		if !ok {
			continue
		}
		got := lookup(t, doc, strings.TrimSpace(path))
		var w any
		if err := json.Unmarshal([]byte(want), &w); err != nil {
			t.Fatalf("bad fixture line %q: %v", line, err)
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%s: (-want +got)\n%s", path, diff)
		}
	}
}

func lookup(t *testing.T, doc any, path string) any {
	if list, ok := strings.CutSuffix(path, ".#"); ok {
		v, _ := testenv.Lookup(doc, list)
		xs, _ := v.([]any)
		return float64(len(xs))
	}
	v, ok := testenv.Lookup(doc, path)
	if !ok {
		return "(absent)"
	}
	return v
}
