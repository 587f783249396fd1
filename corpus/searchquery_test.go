package corpus

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPhrases(t *testing.T) {
	tests := []struct {
		name, typed, want, wantErr string
	}{
		{name: "plain words", typed: "red flag", want: "red flag"},
		{name: "spine level", typed: "L4-5", want: `"L4-5"`},
		{name: "hyphenated word", typed: "x-ray", want: `"x-ray"`},
		{name: "cervical level", typed: "C5-6 fusion", want: `"C5-6" fusion`},
		{name: "apostrophe", typed: "patient's", want: `"patient's"`},
		{name: "drug strength", typed: "Norco 10/325", want: `Norco "10/325"`},
		{name: "column-like", typed: "body:MRI", want: `"body:MRI"`},
		{name: "phrase kept", typed: `"red flag" AND MRI`, want: `"red flag" AND MRI`},
		{name: "operators and groups", typed: "(MRI OR x-ray) NOT knee", want: `( MRI OR "x-ray" ) NOT knee`},
		{name: "lower-case or is a word", typed: "surgery or therapy", want: "surgery or therapy"},
		{name: "prefix", typed: "physio* x-ra*", want: `physio* "x-ra"*`},
		{name: "accents", typed: "Müller", want: "Müller"},
		{name: "unclosed quote", typed: `"red flag`, wantErr: "not closed"},
		{name: "empty", typed: "  ", wantErr: "empty query"},
		{name: "too many terms", typed: strings.Repeat("pain OR ", 40) + "pain", wantErr: "81 terms; at most 64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Phrases(tt.typed)
			if tt.wantErr != "" {
				var se *SearchError
				if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Phrases(%q) error = %v, want a *SearchError with %q", tt.typed, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Phrases(%q) = %q, %v; want %q", tt.typed, got, err, tt.want)
			}
		})
	}
}

// TestSearchTyped runs typed queries on a corpus: each is searched as
// written, and errors are sentences, never SQLite's "SQL logic error".
func TestSearchTyped(t *testing.T) {
	db := openTest(t)
	build(t, db, replicate(t, t.TempDir(), 3), Options{})
	tests := []struct {
		name, query string
		raw         bool
		hits        int
		wantErr     string
	}{
		{name: "x-ray", query: "x-ray", hits: 1},
		{name: "x-ray with its place", query: "x-ray shoulder", hits: 1},
		{name: "level absent", query: "L4-5"},
		{name: "strength absent", query: "Norco 10/325"},
		{name: "raw FTS5 reads x-ray as syntax", query: "x-ray", raw: true, wantErr: "not a valid query"},
		{name: "raw syntax error", query: "AND AND", raw: true, wantErr: "not a valid query: syntax error"},
		{name: "raw too many terms", query: strings.Repeat("a OR ", 100) + "a", raw: true, wantErr: "at most 64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.query
			var err error
			if !tt.raw {
				if q, err = Phrases(q); err != nil {
					t.Fatal(err)
				}
			}
			hits, err := db.Search(t.Context(), q, 0)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || strings.Contains(err.Error(), "SQL logic error") {
					t.Errorf("Search(%q) error = %v, want one with %q and without SQLite's words", q, err, tt.wantErr)
				}
				return
			}
			if err != nil || len(hits) != tt.hits {
				t.Errorf("Search(%q) = %d hits, %v; want %d", q, len(hits), err, tt.hits)
			}
		})
	}
}

// TestSearchTimeout: a search past its deadline ends with a sentence.
func TestSearchTimeout(t *testing.T) {
	db := openTest(t)
	build(t, db, replicate(t, t.TempDir(), 3), Options{})
	ctx, cancel := context.WithDeadline(t.Context(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := db.Search(ctx, "pain", 0); err == nil || !strings.Contains(err.Error(), "ran out of time") {
		t.Errorf("Search past its deadline: error = %v, want one that says it ran out of time", err)
	}
}

// TestFTSDetected: sqlite-utils and Datasette find a table's full-text
// index by the text of its CREATE VIRTUAL TABLE statement (sqlite-utils
// Table.detect_fts); this is their query.
func TestFTSDetected(t *testing.T) {
	db := openTest(t)
	const detect = `SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE ? OR sql LIKE ?)`
	var name string
	err := db.SQL().QueryRowContext(t.Context(), detect,
		"%VIRTUAL TABLE%USING FTS%content=[passages]%", `%VIRTUAL TABLE%USING FTS%content="passages"%`).Scan(&name)
	if err != nil || name != "passages_fts" {
		t.Errorf("sqlite-utils's FTS detection for passages = %q, %v; want passages_fts", name, err)
	}
}

// TestSQLiteUtilsSearch searches a corpus with Debian's sqlite-utils,
// as a user of the sqlite-utils and Datasette tools would.
func TestSQLiteUtilsSearch(t *testing.T) {
	tool, err := exec.LookPath("sqlite-utils")
	if err != nil {
		t.Skip("sqlite-utils is not installed (apt-get install sqlite-utils; scripts/test.sh installs it)")
	}
	path := filepath.Join(t.TempDir(), "corpus.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	build(t, db, replicate(t, t.TempDir(), 3), Options{})
	db.Close()
	out, err := exec.Command(tool, "search", path, "passages", "shoulder", "--csv").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "summary") {
		t.Errorf("sqlite-utils search %s passages shoulder: %v\n%s", path, err, out)
	}
}

// FuzzPhrases: whatever is typed, without operators or parentheses,
// becomes a query FTS5 reads, or a *SearchError from Phrases itself.
func FuzzPhrases(f *testing.F) {
	for _, s := range []string{"L4-5", "x-ray*", `"red flag" 10/325`, "patient's", "body:MRI ^x", "a\"b", "*", "-", "NEAR"} {
		f.Add(s)
	}
	db := openTest(f)
	build(f, db, replicate(f, f.TempDir(), 1), Options{})
	f.Fuzz(func(t *testing.T, typed string) {
		q, err := Phrases(typed)
		if err != nil {
			var se *SearchError
			if !errors.As(err, &se) {
				t.Fatalf("Phrases(%q) error %v is no *SearchError", typed, err)
			}
			return
		}
		for _, op := range []string{"AND", "OR", "NOT", "(", ")"} {
			if strings.Contains(typed, op) {
				return // operators can be misplaced: FTS5 says so
			}
		}
		if _, err := db.Search(context.Background(), q, 1); err != nil {
			t.Errorf("Phrases(%q) = %q, which FTS5 cannot read: %v", typed, q, err)
		}
	})
}
