package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/internal/testenv"
	_ "modernc.org/sqlite"
)

// buildCorpus builds a corpus of the folders given and returns its path.
func buildCorpus(t *testing.T, extra []string, srcs ...string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "c.db")
	args := append(append([]string{"corpus", "build", "--db", db}, extra...), srcs...)
	if code, out, errs := runImr("", args...); code != 0 {
		t.Fatalf("imr %s: exit %d: %s %s", strings.Join(args, " "), code, out, errs)
	}
	return db
}

// TestCorpusStatsByDiagnosis: the groups by primary diagnosis add up to
// the corpus's items, in text and JSON.
func TestCorpusStatsByDiagnosis(t *testing.T) {
	w := newWorkspace(t)
	db := buildCorpus(t, nil, w.letters)
	_, out, _ := runImr("", "corpus", "stats", "--db", db, "--format", "json")
	var st corpus.Stats
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Total.Items == 0 {
		t.Fatalf("corpus stats: %v, %d items: %s", err, st.Total.Items, out)
	}
	for _, by := range []string{"icd10-chapter", "icd10-category"} {
		t.Run(by, func(t *testing.T) {
			code, out, errs := runImr("", "corpus", "stats", "--db", db, "--by", by, "--format", "json")
			var got byDiagnosis
			if err := json.Unmarshal([]byte(out), &got); code != 0 || err != nil {
				t.Fatalf("exit %d, %v: %s %s", code, err, out, errs)
			}
			sum := corpus.Rate{Key: "all"}
			for _, r := range got.Groups {
				sum.Items += r.Items
				sum.Upheld += r.Upheld
				sum.Overturned += r.Overturned
			}
			if diff := cmp.Diff(st.Total, sum); diff != "" || len(got.Groups) < 2 {
				t.Errorf("groups add up to other than all items (-stats +groups), %d groups:\n%s", len(got.Groups), diff)
			}
			if diff := cmp.Diff(st.Total, got.Total); diff != "" {
				t.Errorf("total (-stats +by):\n%s", diff)
			}
			_, text, _ := runImr("", "corpus", "stats", "--db", db, "--by", by)
			wantLast := fmt.Sprintf("all  %d", st.Total.Items)
			if !strings.Contains(text, by+" of the primary diagnosis") || !strings.Contains(strings.Join(strings.Fields(text), "  "), wantLast) {
				t.Errorf("text lacks the heading or %q:\n%s", wantLast, text)
			}
		})
	}
	cliCase{args: []string{"corpus", "stats", "--db", db, "--by", "icd9"}, code: 2, err: []string{"want icd10-chapter or icd10-category"}}.run(t)
}

// TestCorpusReadOnly: search, stats, export and report read a corpus in
// a read-only file and folder, and leave it as it was. As root, whom
// file permissions do not stop, they run as the user nobody.
func TestCorpusReadOnly(t *testing.T) {
	w := newWorkspace(t)
	db := buildCorpus(t, nil, w.letters)
	dir := filepath.Dir(db)
	before := testenv.FileSum(t, db)
	out := filepath.Join(t.TempDir(), "export")
	for _, d := range []string{filepath.Dir(filepath.Dir(dir)), filepath.Dir(dir), dir, filepath.Dir(filepath.Dir(out)), filepath.Dir(out)} {
		os.Chmod(d, 0o777)
	}
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	for _, args := range [][]string{
		{"corpus", "search", "--db", db, "red", "flag"},
		{"corpus", "stats", "--db", db},
		{"corpus", "stats", "--db", db, "--by", "icd10-chapter"},
		{"corpus", "export", "--db", db, "--to", "csv", "--out", out},
		{"corpus", "report", "--db", db, "--to", "md"},
	} {
		t.Run(args[1], func(t *testing.T) {
			code, stdout, stderr := runReadOnly(t, args)
			if code != 0 || stdout == "" {
				t.Errorf("imr %s: exit %d, stdout %.200q, stderr %q", strings.Join(args, " "), code, stdout, stderr)
			}
		})
	}
	if testenv.FileSum(t, db) != before {
		t.Error("reading changed the database file")
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(db + side); err == nil {
			t.Errorf("reading left %s beside the database", filepath.Base(db+side))
		}
	}
}

// runReadOnly runs imr in this process, or, as root, in a copy of the
// test binary as the user nobody (uid 65534).
func runReadOnly(t *testing.T, args []string) (int, string, string) {
	if os.Geteuid() != 0 {
		return runImr("", args...)
	}
	bin := filepath.Join(t.TempDir(), "imr.test")
	os.Chmod(filepath.Dir(bin), 0o755)
	os.Chmod(filepath.Dir(filepath.Dir(bin)), 0o755)
	testenv.CopyFile(t, os.Args[0], bin, 0o755)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), asImrEnv+"=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stdout.String(), stderr.String()
}

// TestCorpusBuildIsolate: a build with --isolate, in worker processes,
// stores the same files and letters as one in this process.
func TestCorpusBuildIsolate(t *testing.T) {
	w := newWorkspace(t)
	t.Setenv(asImrEnv, "1")                 // the workers are this test binary, run as imr
	pdf := filepath.Join(w.dir, "seed.pdf") // the PDF of seed.txt: a duplicate
	testenv.CopyFile(t, filepath.Join(testenv.Root(t), "testdata", "letters", "seed.pdf"), pdf, 0o644)
	here := buildCorpus(t, nil, w.letters, pdf)
	isolated := buildCorpus(t, []string{"--isolate", "--worker-timeout", "20s", "-j", "2"}, w.letters, pdf)
	const q = `SELECT f.path || ' ' || f.status || ' ' || coalesce(f.read, '') || ' ' || coalesce(l.letter_key, '') || ' ' ||
		coalesce(l.case_number, '') || ' ' || (SELECT count(*) FROM items i WHERE i.letter_id = l.id) || ' ' ||
		(SELECT count(*) FROM findings x WHERE x.letter_id = l.id)
		FROM files f LEFT JOIN letters l ON l.sha256 = f.sha256 ORDER BY f.path`
	want, got := queryLines(t, here, q), queryLines(t, isolated, q)
	if diff := cmp.Diff(want, got); diff != "" || len(want) != 5 || !strings.Contains(strings.Join(want, "\n"), "seed.txt duplicate") {
		t.Errorf("isolated build (-in process +isolated), %d files:\n%s", len(want), diff)
	}
	cliCase{args: []string{"corpus", "build", "--db", filepath.Join(w.dir, "x.db"), "--worker-timeout", "1s", w.letters}, code: 2, err: []string{"--worker-timeout needs --isolate"}}.run(t)
}

// queryLines runs a query of one text column on a database.
func queryLines(t *testing.T, path, q string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestCorpusBuildSummary: a build names the files read in part, counts
// duplicates, does not call a build of duplicates only a failure, and
// stores the letters of a multi-letter file (two.txt holds the letter of
// damaged/CM16-0213037.txt, stored once, and CM17-0016311, stored as
// two.txt#2: 4 files, 3 letters), which stats and search then see.
func TestCorpusBuildSummary(t *testing.T) {
	w := newWorkspace(t)
	damaged := filepath.Join(w.dir, "damaged")
	os.Mkdir(damaged, 0o755)
	pdf := damagedPDF(t, damaged)
	testenv.CopyFile(t, filepath.Join(w.letters, "CM16-0213037.txt"), filepath.Join(damaged, "CM16-0213037.txt"), 0o644)
	dups := filepath.Join(w.dir, "dups")
	os.Mkdir(dups, 0o755)
	writeFile(t, filepath.Join(dups, "again.txt"), readString(t, filepath.Join(w.letters, "CM16-0213037.txt"))+"\n") // other bytes, the same letter
	db := filepath.Join(w.dir, "c.db")
	two := twoLetters(t, w)
	runCases(t, []cliCase{
		{name: "read in part", args: []string{"corpus", "build", "--db", db, damaged}, out: []string{"2 files: 2 ok"}, err: []string{pdf + ": damaged pdf: cross-reference table", "1 file read in part (stored with files.read = partial)"}},
		{name: "again: nothing new, nothing warned", args: []string{"corpus", "build", "--db", db, damaged}, out: []string{"2 skipped"}, notErr: []string{"damaged pdf"}},
		{name: "only duplicates", args: []string{"corpus", "build", "--db", db, dups}, out: []string{"1 files: 0 ok, 0 failed, 0 skipped, 1 duplicates"}, notErr: []string{"no file could be read"}},
		{name: "several letters in a file", args: []string{"corpus", "build", "--db", db, two}, out: []string{"1 files: 1 ok (2 letters), 0 failed"}, notErr: []string{"holds 2 letters", "no file could be read"}},
		{name: "several letters: stats", args: []string{"corpus", "stats", "--db", db, "--format", "json"}, out: []string{`"files": 4`, `"letters": 3`}},
		{name: "several letters: search", args: []string{"corpus", "search", "--db", db, "--format", "json", "physical therapy"}, out: []string{"two.txt#2"}},
	})
}
