package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/internal/hostile"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestBuildHostile builds the crafted hostile PDFs with real letters:
// every file gets a row, the hostile ones failed with their cause or
// stored (read = 'partial' when read with warnings), and the real
// letters all stored whole.
func TestBuildHostile(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, f := range hostile.Files() {
		p := filepath.Join(dir, f.Name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	real, _ := filepath.Glob(filepath.Join(testenv.RealLetters(t), "pdf", "*.pdf"))
	if len(real) < 4 {
		t.Fatalf("real letters: %d PDFs, want 4", len(real))
	}
	paths = append(paths, real[:3]...)
	data := damagedLetter(t, real[3:])
	cut := filepath.Join(dir, "damaged-letter.pdf")
	if err := os.WriteFile(cut, data, 0o644); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, cut)
	db := openTest(t)
	sum := build(t, db, paths, Options{Check: check.Run})
	if sum.Done() != len(paths) {
		t.Fatalf("Build = %v, want %d files", sum, len(paths))
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE status = 'ok' AND read = 'full' AND path IN (?, ?, ?)", real[0], real[1], real[2]); n != 3 {
		t.Errorf("real letters stored whole: %d, want 3", n)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE path = ? AND read = 'partial'", cut); n != 1 {
		t.Errorf("damaged letter stored as partial: %d rows, want 1", n)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE status = 'failed' AND (error IS NULL OR error = '')"); n != 0 {
		t.Errorf("%d failed files without a cause", n)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM findings f JOIN letters l ON l.id = f.letter_id WHERE f.code = 'partial-read'"); n == 0 {
		t.Errorf("no partial-read finding stored")
	}
	checkConsistent(t, db.SQL())
}

// damagedLetter returns the first of the letters with a FlateDecode
// stream with a byte changed near its end: the stream no longer
// inflates past it.
func damagedLetter(t *testing.T, paths []string) []byte {
	t.Helper()
	re := regexp.MustCompile(`/FlateDecode/Length (\d+)>>\s*stream\r?\n`)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := re.FindSubmatchIndex(data); m != nil {
			n, _ := strconv.Atoi(string(data[m[2]:m[3]]))
			data[m[1]+n*9/10] ^= 0x55
			return data
		}
	}
	t.Fatal("no real letter with a FlateDecode stream")
	return nil
}
