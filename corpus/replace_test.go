package corpus

import (
	"context"
	"path/filepath"
	"testing"
)

// TestReplaceInOneBatch: a letter's PDF read after its text in the same
// batch replaces the text's letter, whose passages are not yet in the
// full-text index: the index stays sound and finds the PDF's letter.
func TestReplaceInOneBatch(t *testing.T) {
	dir := t.TempDir()
	txt, pdf, _, _ := sameLetterFiles(t, dir)
	db := mustOpen(t, filepath.Join(t.TempDir(), "corpus.db"))
	sum := build(t, db, []string{txt, pdf}, Options{Jobs: 1})
	if sum.OK != 2 || sum.Replaced != 1 {
		t.Errorf("summary %+v: want 2 ok, 1 replaced", sum)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM letters"); n != 1 {
		t.Errorf("letters = %d, want 1", n)
	}
	if _, err := db.SQL().Exec("INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("full-text index: %v", err)
	}
	hits, err := db.Search(context.Background(), "shoulder", 0)
	if err != nil || len(hits) == 0 {
		t.Fatalf("search after the replacement: %d hits, %v", len(hits), err)
	}
	if got := hits[0].Path; got != pdf {
		t.Errorf("search finds %s, want the PDF %s", got, pdf)
	}
}
