package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestBuildRealLetters builds the 130 real PDF letters and compares the
// stored outcomes with the gold, letter by letter and in the stats.
func TestBuildRealLetters(t *testing.T) {
	dir := testenv.RealLetters(t)
	gold, err := eval.ReadGold(os.DirFS(filepath.Join(dir, "gold")))
	if err != nil {
		t.Fatal(err)
	}
	paths, err := extract.Inputs([]string{filepath.Join(dir, "pdf")})
	if err != nil {
		t.Fatal(err)
	}
	db := openTest(t)
	sum := build(t, db, paths, Options{Check: check.Run})
	t.Logf("%v", sum)
	if sum.OK != 130 || sum.Failed != 0 {
		t.Fatalf("Build = %v, want 130 ok", sum)
	}
	checkConsistent(t, db.SQL())
	wantUp, wantOver := compareOutcomes(t, db, gold)
	st, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Total.Upheld != wantUp || st.Total.Overturned != wantOver || st.Letters != 130 {
		t.Errorf("Stats: %d letters, %d upheld, %d overturned; want 130, %d, %d",
			st.Letters, st.Total.Upheld, st.Total.Overturned, wantUp, wantOver)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM findings"); n == 0 || n != sumCounts(st.Findings) {
		t.Errorf("findings stored = %d, counted by code %d; want the same, not 0", n, sumCounts(st.Findings))
	}
	again := build(t, db, paths, Options{})
	if again.Skipped != 130 || again.OK != 0 {
		t.Errorf("second Build = %v, want 130 skipped", again)
	}
}

// compareOutcomes checks each letter's upheld and overturned counts
// against its gold file and returns the gold totals.
func compareOutcomes(t *testing.T, db *DB, gold map[string]*eval.Gold) (up, over int) {
	t.Helper()
	rows, err := db.SQL().Query("SELECT case_number, upheld, overturned FROM letters")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var c string
		var u, o int
		if err := rows.Scan(&c, &u, &o); err != nil {
			t.Fatal(err)
		}
		g, ok := gold[c]
		if !ok {
			t.Errorf("letter %s has no gold file", c)
			continue
		}
		gu, gover := goldOutcomes(g)
		up, over = up+gu, over+gover
		if u != gu || o != gover {
			t.Errorf("letter %s: %d upheld, %d overturned; gold %d, %d", c, u, o, gu, gover)
		}
	}
	return up, over
}

func goldOutcomes(g *eval.Gold) (up, over int) {
	for _, it := range g.Items {
		switch strings.ToLower(it.Outcome) {
		case extract.Upheld:
			up++
		case extract.Overturned:
			over++
		}
	}
	return up, over
}

func sumCounts(cs []Count) int {
	n := 0
	for _, c := range cs {
		n += c.N
	}
	return n
}
