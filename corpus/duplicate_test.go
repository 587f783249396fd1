package corpus

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/render"
)

// sameLetterFiles writes a real letter as text and as PDF (rendered from
// the text, so both read to the same case number and decision date), and
// the seed letter, which has neither, as text twice (once with blank
// lines at its end: other bytes, the same normalized text).
func sameLetterFiles(t *testing.T, dir string) (txt, pdf, seed, seedMore string) {
	t.Helper()
	letters := filepath.Join(testenv.Root(t), "testdata", "letters")
	data, err := os.ReadFile(filepath.Join(letters, "CM16-0213037.txt"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := extract.Read("CM16-0213037.txt", data, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := render.New(render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Letter(&buf, render.PDF, render.Entry{Letter: l}); err != nil {
		t.Fatal(err)
	}
	seedData, err := os.ReadFile(filepath.Join(letters, "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	txt, pdf = filepath.Join(dir, "letter.txt"), filepath.Join(dir, "letter.pdf")
	seed, seedMore = filepath.Join(dir, "seed.txt"), filepath.Join(dir, "seed-more.txt")
	for p, b := range map[string][]byte{txt: data, pdf: buf.Bytes(), seed: seedData,
		seedMore: append(seedData, "\n\n\n"...)} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return txt, pdf, seed, seedMore
}

// fileStatus is a files row: its status and the path of the letter it
// duplicates.
type fileStatus struct{ Status, Of string }

func fileStatuses(t *testing.T, db *sql.DB) map[string]fileStatus {
	t.Helper()
	rows, err := db.Query(`SELECT f.path, f.status, coalesce(l.path, '') FROM files f
		LEFT JOIN letters l ON l.sha256 = f.duplicate_of`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]fileStatus{}
	for rows.Next() {
		var p string
		var s fileStatus
		if err := rows.Scan(&p, &s.Status, &s.Of); err != nil {
			t.Fatal(err)
		}
		got[filepath.Base(p)] = s
		if s.Of != "" {
			s.Of = filepath.Base(s.Of)
			got[filepath.Base(p)] = s
		}
	}
	return got
}

// TestSameLetterTwoFiles builds a letter's PDF and its text, in one build
// and in two (the text first), and a text letter stored twice: each
// letter is stored once, from the PDF, and the other file is a duplicate.
func TestSameLetterTwoFiles(t *testing.T) {
	want := map[string]fileStatus{
		"letter.pdf":    {"ok", ""},
		"letter.txt":    {"duplicate", "letter.pdf"},
		"seed-more.txt": {"ok", ""},
		"seed.txt":      {"duplicate", "seed-more.txt"},
	}
	tests := []struct {
		name   string
		builds func(txt, pdf, seed, seedMore string) [][]string
		sums   []Summary
	}{
		{
			name:   "one build",
			builds: func(txt, pdf, seed, more string) [][]string { return [][]string{{pdf, txt, more, seed}} },
			sums:   []Summary{{Files: 4, OK: 2, Letters: 2, Duplicates: 2}},
		},
		{
			name:   "the texts first, then the PDF and the other text",
			builds: func(txt, pdf, seed, more string) [][]string { return [][]string{{txt, seed}, {txt, pdf, seed, more}} },
			sums:   []Summary{{Files: 2, OK: 2, Letters: 2}, {Files: 4, OK: 2, Letters: 2, Skipped: 2, Replaced: 2}},
		},
		{
			name: "built again",
			builds: func(txt, pdf, seed, more string) [][]string {
				return [][]string{{pdf, txt, more, seed}, {pdf, txt, more, seed}}
			},
			sums: []Summary{{Files: 4, OK: 2, Letters: 2, Duplicates: 2}, {Files: 4, Skipped: 4}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt, pdf, seed, more := sameLetterFiles(t, t.TempDir())
			db := openTest(t)
			for i, paths := range tt.builds(txt, pdf, seed, more) {
				sum := build(t, db, paths, Options{Jobs: 1})
				sum.Elapsed = 0
				if diff := cmp.Diff(tt.sums[i], sum); diff != "" {
					t.Errorf("build %d summary (-want +got):\n%s", i+1, diff)
				}
			}
			if diff := cmp.Diff(want, fileStatuses(t, db.SQL())); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if n := count(t, db.SQL(), "SELECT count(*) FROM letters"); n != 2 {
				t.Errorf("%d letters stored, want 2", n)
			}
			checkConsistent(t, db.SQL())
		})
	}
}

func TestSummaryDuplicates(t *testing.T) {
	s := Summary{Files: 4, OK: 2, Letters: 2, Duplicates: 1, Replaced: 1}
	want := "4 files: 2 ok, 0 failed, 0 skipped, 1 duplicates (the same letter as another file; kept once, the PDF first), 1 stored before now duplicates of a file of this build (a PDF is kept over its text) in 0s (0 files/s)"
	if got := s.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}
