package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/claimfile"
	"github.com/imrkit/imrkit/internal/testenv"
)

// The two letters joined in the files of several letters of these tests.
var severalCases = []string{"CM16-0213037", "CM16-0229336"}

// letterText returns a letter of the repository's testdata.
func letterText(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testenv.Root(t), "testdata", "letters", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// joinedText writes the letters of severalCases end to end into one text
// file.
func joinedText(t *testing.T, path string) string {
	t.Helper()
	var all []byte
	for _, c := range severalCases {
		all = append(all, letterText(t, c+".txt")...)
	}
	if err := os.WriteFile(path, all, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// joinedPDF renders each letter of severalCases as a PDF and joins them
// into one with qpdf, as a claim file scanned as one PDF holds them.
func joinedPDF(t *testing.T, path string) string {
	t.Helper()
	var letters []string
	for _, c := range severalCases {
		letters = append(letters, filepath.Join(testenv.Root(t), "testdata", "letters", c+".txt"))
	}
	return claimfile.PDF(t, path, letters...)
}

// storedLetter is a letters row as these tests look at it.
type storedLetter struct {
	SHA256, Path, Case string
	Items, Findings    int
}

// storedLetters returns the letters rows, by sha256, with paths and
// sha256 shortened to the base name and to what follows the file's
// SHA-256 (file is that SHA-256).
func storedLetters(t *testing.T, db *DB) []storedLetter {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT l.sha256, l.path, coalesce(l.case_number, ''), l.items,
		(SELECT count(*) FROM findings f WHERE f.letter_id = l.id) FROM letters l ORDER BY l.path`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []storedLetter
	for rows.Next() {
		var l storedLetter
		if err := rows.Scan(&l.SHA256, &l.Path, &l.Case, &l.Items, &l.Findings); err != nil {
			t.Fatal(err)
		}
		if _, part, ok := strings.Cut(l.SHA256, "#"); ok {
			l.SHA256 = "#" + part
		} else {
			l.SHA256 = ""
		}
		l.Path = filepath.Base(l.Path)
		out = append(out, l)
	}
	return out
}

// buildModes are the ways a build reads files: here, and in worker
// processes.
var buildModes = []struct {
	name string
	opt  Options
}{
	{"in process", Options{Jobs: 2, Check: fakeCheck}},
	{"isolated", Options{Jobs: 2, Isolate: &Isolation{Command: workerCommand}}}, // the worker runs fakeCheck
}

// TestSeveralLetters builds files of two letters, a text and a PDF: each
// letter is stored with its items and findings, known by the file's
// sha256 and #N, and a second build stores nothing again; stats and
// exports see both letters.
func TestSeveralLetters(t *testing.T) {
	for _, mode := range buildModes {
		for _, file := range []struct {
			name  string
			write func(*testing.T, string) string
		}{
			{"two.txt", joinedText},
			{"two.pdf", joinedPDF},
		} {
			t.Run(mode.name+"/"+file.name, func(t *testing.T) {
				path := file.write(t, filepath.Join(t.TempDir(), file.name))
				db := openTest(t)
				if got, want := build(t, db, []string{path}, mode.opt), (Summary{Files: 1, OK: 1, Letters: 2}); !sameCounts(got, want) {
					t.Errorf("Build = %v, want %v", got, want)
				}
				checkSeveral(t, db, path)
				if got, want := build(t, db, []string{path}, mode.opt), (Summary{Files: 1, Skipped: 1}); !sameCounts(got, want) {
					t.Errorf("second Build = %v, want %v", got, want)
				}
				checkSeveral(t, db, path)
			})
		}
	}
}

// fileDigest is the SHA-256 of a file, in hex.
func fileDigest(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return digest(data)
}

// sameCounts compares summaries without their time.
func sameCounts(a, b Summary) bool {
	a.Elapsed, b.Elapsed = 0, 0
	return a == b
}

// checkSeveral checks the corpus of one file of severalCases at path.
func checkSeveral(t *testing.T, db *DB, path string) {
	t.Helper()
	checkConsistent(t, db.SQL())
	base := filepath.Base(path)
	got := storedLetters(t, db)
	for i := range got {
		got[i].Items = min(got[i].Items, 1) // at least one item each
	}
	want := []storedLetter{
		{SHA256: "#1", Path: base + "#1", Case: severalCases[0], Items: 1, Findings: 1},
		{SHA256: "#2", Path: base + "#2", Case: severalCases[1], Items: 1, Findings: 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("letters (-want +got):\n%s", diff)
	}
	var status, read, sha string
	if err := db.SQL().QueryRow("SELECT status, read, sha256 FROM files WHERE path = ?", path).Scan(&status, &read, &sha); err != nil {
		t.Fatal(err)
	}
	if status != statusOK || read != readFull || sha != fileDigest(t, path) {
		t.Errorf("files row = %s, %s, %s; want ok, full, the file's SHA-256", status, read, sha)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM letters WHERE sha256 LIKE ? || '#_'", sha); n != 2 {
		t.Errorf("letters known by %s#N: %d, want 2", sha, n)
	}
	checkPlaces(t, db)
	s, err := db.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if s.Files != 1 || s.Letters != 2 || s.Total.Items < 2 {
		t.Errorf("Stats = %d files, %d letters, %d items; want 1, 2, 2 or more", s.Files, s.Letters, s.Total.Items)
	}
	checkExported(t, db, map[string]int{"files": 1, "letters": 2, "findings": 2})
}

// checkPlaces checks the places of the two letters of a file: part N of
// 2, on pages that follow one another from page 1, each as many as the
// letter's own pages.
func checkPlaces(t *testing.T, db *DB) {
	t.Helper()
	rows, err := db.SQL().Query("SELECT part, parts, first_page, last_page, pages FROM letters ORDER BY part")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	next := 1
	for i := 1; rows.Next(); i++ {
		var part, parts, first, last, pages int
		if err := rows.Scan(&part, &parts, &first, &last, &pages); err != nil {
			t.Fatal(err)
		}
		if part != i || parts != 2 || first != next || last-first+1 != pages {
			t.Errorf("letter %d: part %d of %d, pages %d to %d (%d pages); want part %d of 2 from page %d",
				i, part, parts, first, last, pages, i, next)
		}
		next = last + 1
	}
}

// checkExported exports the corpus in every format and compares the
// rows written of some tables, and read back.
func checkExported(t *testing.T, db *DB, want map[string]int) {
	t.Helper()
	for _, format := range Formats {
		dir := t.TempDir()
		counts, err := db.Export(t.Context(), dir, format)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range counts {
			if _, ok := want[c.Key]; ok {
				got[c.Key] = c.N
				if back := readBack(t, filepath.Join(dir, c.Key+"."+format), format); back != c.N {
					t.Errorf("%s.%s: %d rows written, %d read back", c.Key, format, c.N, back)
				}
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("rows exported as %s (-want +got):\n%s", format, diff)
		}
	}
}

// TestSeveralLettersDuplicate builds a claim PDF of two letters and the
// text of its first letter, in one build and in two (the text first):
// the letter is stored once, from the PDF, and the text is a duplicate of
// its first letter; in worker processes too.
func TestSeveralLettersDuplicate(t *testing.T) {
	want := map[string]fileStatus{
		"two.pdf":          {"ok", ""},
		"CM16-0213037.txt": {"duplicate", "two.pdf#1"},
	}
	for _, mode := range buildModes {
		for _, split := range []bool{false, true} {
			name := mode.name + "/one build"
			if split {
				name = mode.name + "/text first"
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				pdf := joinedPDF(t, filepath.Join(dir, "two.pdf"))
				txt := filepath.Join(dir, "CM16-0213037.txt")
				os.WriteFile(txt, letterText(t, "CM16-0213037.txt"), 0o644)
				db := openTest(t)
				var last Summary
				if split {
					build(t, db, []string{txt}, mode.opt)
					last = build(t, db, []string{pdf}, mode.opt)
					if wantSum := (Summary{Files: 1, OK: 1, Letters: 2, Replaced: 1}); !sameCounts(last, wantSum) {
						t.Errorf("Build(two.pdf) = %v, want %v", last, wantSum)
					}
				} else {
					build(t, db, []string{dir}, mode.opt)
				}
				if diff := cmp.Diff(want, fileStatuses(t, db.SQL())); diff != "" {
					t.Errorf("files (-want +got):\n%s", diff)
				}
				if n := count(t, db.SQL(), "SELECT count(*) FROM letters"); n != 2 {
					t.Errorf("%d letters stored, want 2", n)
				}
				checkConsistent(t, db.SQL())
				if again := build(t, db, []string{dir}, mode.opt); again.Skipped != 2 || again.Done() != 2 {
					t.Errorf("Build again = %v, want 2 skipped", again)
				}
			})
		}
	}
}

// TestSeveralLettersTextKept builds the text of a letter that sorts
// before a text file of two letters that holds it too: the letter is
// stored once, from its own file (the path that sorts first), and the
// file of two keeps its other letter and stays ok.
func TestSeveralLettersTextKept(t *testing.T) {
	dir := t.TempDir()
	two := joinedText(t, filepath.Join(dir, "two.txt"))
	one := filepath.Join(dir, "CM16-0213037.txt")
	os.WriteFile(one, letterText(t, "CM16-0213037.txt"), 0o644)
	db := openTest(t)
	sum := build(t, db, []string{two, one}, Options{Jobs: 1}) // two.txt first: its first letter is replaced
	if want := (Summary{Files: 2, OK: 2, Letters: 3, Replaced: 1}); !sameCounts(sum, want) {
		t.Errorf("Build = %v, want %v", sum, want)
	}
	want := []storedLetter{
		{Path: "CM16-0213037.txt", Case: severalCases[0], Items: 2},
		{SHA256: "#2", Path: "two.txt#2", Case: severalCases[1], Items: 1},
	}
	if diff := cmp.Diff(want, storedLetters(t, db)); diff != "" {
		t.Errorf("letters (-want +got):\n%s", diff)
	}
	checkConsistent(t, db.SQL())
}

// TestSeveralLettersFailed: a letter of a file of several that cannot be
// stored (its checks fail) fails the whole file, named #N in the error,
// and nothing of it is stored; a file that repeats a letter stores it
// once; a file of several that changes to one letter drops the old
// letters.
func TestSeveralLettersFailed(t *testing.T) {
	dir := t.TempDir()
	path := joinedText(t, filepath.Join(dir, "two.txt"))
	db := openTest(t)
	panicky := func(l *extract.Letter) []check.Finding {
		if l.CaseNumber != nil && l.CaseNumber.Value == severalCases[1] {
			panic("boom")
		}
		return nil
	}
	if sum := build(t, db, []string{path}, Options{Check: panicky}); sum.Failed != 1 {
		t.Errorf("Build = %v, want 1 failed", sum)
	}
	var status, msg string
	db.SQL().QueryRow("SELECT status, error FROM files").Scan(&status, &msg)
	if status != statusFailed || msg != "#2: check: internal error: boom" {
		t.Errorf("files row = %s, %q; want failed, %q", status, msg, "#2: check: internal error: boom")
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM letters"); n != 0 {
		t.Errorf("%d letters stored of a failed file, want 0", n)
	}

	one := letterText(t, "CM17-0016311.txt")
	os.WriteFile(path, append(append([]byte{}, one...), one...), 0o644) // the same letter twice
	build(t, db, []string{path}, Options{})
	if got := storedLetters(t, db); len(got) != 1 || got[0].SHA256 != "#1" || got[0].Case != "CM17-0016311" {
		t.Errorf("letters of a file holding one letter twice = %+v, want #1 only, CM17-0016311", got)
	}
	os.WriteFile(path, one, 0o644)
	build(t, db, []string{path}, Options{})
	if got := storedLetters(t, db); len(got) != 1 || got[0].SHA256 != "" || got[0].Path != "two.txt" {
		t.Errorf("letters after the file changed to one letter = %+v, want two.txt alone", got)
	}
	checkConsistent(t, db.SQL())
}

// TestSeveralLettersWorkerDies: a worker process that dies on the second
// letter of a file of several costs that file, stored as failed with the
// cause and none of its letters, and a new worker stores the next file.
func TestSeveralLettersWorkerDies(t *testing.T) {
	dir := t.TempDir()
	crash := joinedText(t, filepath.Join(dir, "crash.txt"))
	data, err := os.ReadFile(crash)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(crash, append(data, "CRASH-WORKER\n"...), 0o644) // in the text of the second letter
	good := joinedText(t, filepath.Join(dir, "two.txt"))
	db := openTest(t)
	sum := build(t, db, []string{crash, good}, Options{Jobs: 1, Isolate: &Isolation{Command: workerCommand}})
	if want := (Summary{Files: 2, OK: 1, Letters: 2, Failed: 1}); !sameCounts(sum, want) {
		t.Errorf("Build = %v, want %v", sum, want)
	}
	var msg string
	db.SQL().QueryRow("SELECT error FROM files WHERE path = ? AND status = 'failed'", crash).Scan(&msg)
	if want := "worker process died: exit status 3: fatal error: simulated"; msg != want {
		t.Errorf("crash.txt error = %q, want %q", msg, want)
	}
	if got := storedLetters(t, db); len(got) != 2 || got[0].Path != "two.txt#1" || got[1].Path != "two.txt#2" {
		t.Errorf("letters = %+v, want two.txt#1 and #2", got)
	}
	checkConsistent(t, db.SQL())
}

// TestSeveralLettersCopy: a copy of a file of several at another path
// points to its stored letters, which stay when the first path changes.
func TestSeveralLettersCopy(t *testing.T) {
	dir := t.TempDir()
	two := joinedText(t, filepath.Join(dir, "two.txt"))
	cp := joinedText(t, filepath.Join(dir, "copy.txt"))
	db := openTest(t)
	build(t, db, []string{two}, Options{})
	if sum := build(t, db, []string{cp}, Options{}); sum.Skipped != 1 || sum.Done() != 1 {
		t.Errorf("Build(copy) = %v, want 1 skipped (its letters are stored)", sum)
	}
	var layout string
	db.SQL().QueryRow("SELECT coalesce(layout, '') FROM files WHERE path = ? AND status = 'ok'", cp).Scan(&layout)
	if layout == "" {
		t.Errorf("copy.txt: no ok files row with a layout")
	}
	os.WriteFile(two, letterText(t, "CM17-0016311.txt"), 0o644)
	build(t, db, []string{two}, Options{})
	var paths []string
	for _, l := range storedLetters(t, db) {
		paths = append(paths, l.Path+" "+l.SHA256)
	}
	if diff := cmp.Diff([]string{"two.txt ", "two.txt#1 #1", "two.txt#2 #2"}, paths); diff != "" {
		t.Errorf("letters after two.txt changed (-want +got):\n%s", diff)
	}
	checkConsistent(t, db.SQL())
}

// TestSeveralLettersPartial: a claim PDF whose cross-reference table is
// damaged is read in part, every letter of it with the warning: the file
// is stored as read in part, with both letters.
func TestSeveralLettersPartial(t *testing.T) {
	path := joinedPDF(t, filepath.Join(t.TempDir(), "two.pdf"))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.IndexByte(data, '\n') + 1
	os.WriteFile(path, append(append(append([]byte{}, data[:i]...), "%......\n"...), data[i:]...), 0o644)
	db := openTest(t)
	build(t, db, []string{path}, Options{})
	var read string
	db.SQL().QueryRow("SELECT read FROM files").Scan(&read)
	if read != readPartial {
		t.Errorf("files.read = %q, want partial", read)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM letters WHERE json_array_length(json, '$.warnings') > 0"); n != 2 {
		t.Errorf("%d letters with warnings, want 2", n)
	}
}
