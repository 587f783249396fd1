package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// helperEnv makes the test binary run one build and exit: the kill test
// starts it as a child process and kills it.
const helperEnv = "IMRKIT_CORPUS_HELPER_DB"

func TestMain(m *testing.M) {
	if db := os.Getenv(helperEnv); db != "" {
		os.Exit(helperBuild(db, os.Args[len(os.Args)-1]))
	}
	if os.Getenv(workerEnv) != "" {
		if err := ServeWorker(os.Stdin, os.Stdout, Options{Check: misbehavingCheck}, 256<<20); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	if db := os.Getenv(readOnlyEnv); db != "" {
		if err := readEverything(db, os.Getenv("IMRKIT_CORPUS_READONLY_OUT")); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// helperBuild builds the folder src into the database db.
func helperBuild(db, src string) int {
	d, err := Open(db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer d.Close()
	if _, err := Build(context.Background(), d, []string{src}, Options{Jobs: 2}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

// replicate writes n distinct letters, copies of the text letters of the
// repository's testdata, into dir: each copy has a case number of its own
// (CM90-0000000 and on), so that it is another letter, and ends with a
// line of its own, so every file has its own sha256.
func replicate(t testing.TB, dir string, n int) []string {
	t.Helper()
	srcs, err := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "letters", "CM*.txt"))
	if err != nil || len(srcs) == 0 {
		t.Fatalf("no letters in testdata: %v", err)
	}
	var paths []string
	for i := range n {
		data, err := os.ReadFile(srcs[i%len(srcs)])
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("%06d.txt", i))
		data = caseNumber.ReplaceAll(data, fmt.Appendf(nil, "CM90-%07d", i))
		data = fmt.Appendf(data, "\nreplica %d\n", i)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

var caseNumber = regexp.MustCompile(`CM\d\d-\d{7}`)

// openTest opens a new corpus in a temporary folder.
func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// build builds paths into db and fails the test on an error.
func build(t testing.TB, db *DB, paths []string, opt Options) Summary {
	t.Helper()
	sum, err := Build(context.Background(), db, paths, opt)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return sum
}

// count runs a query that returns one number.
func count(t testing.TB, db *sql.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// checkConsistent fails the test when the database is damaged or holds
// a letter without all of its rows.
func checkConsistent(t testing.TB, db *sql.DB) {
	t.Helper()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check = %q, %v; want ok", res, err)
	}
	if _, err := db.Exec("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("full-text index integrity-check: %v", err)
	}
	for _, q := range []string{
		`SELECT count(*) FROM letters l WHERE items != (SELECT count(*) FROM items i WHERE i.letter_id = l.id)`,
		`SELECT count(*) FROM letters l WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = ` + fileSHA("l.sha256") + `)`,
		`SELECT count(*) FROM files f WHERE status = 'ok' AND NOT EXISTS (SELECT 1 FROM letters l WHERE ` + fileSHA("l.sha256") + ` = f.sha256)`,
		`SELECT count(*) FROM letters l WHERE items > 0 AND NOT EXISTS (SELECT 1 FROM passages p WHERE p.letter_id = l.id)`,
	} {
		if n := count(t, db, q); n != 0 {
			t.Errorf("%s = %d, want 0", strings.Join(strings.Fields(q), " "), n)
		}
	}
}

// fakeCheck finds one thing in every letter, so the findings table has
// rows before the real checks land.
func fakeCheck(l *extract.Letter) []check.Finding {
	return []check.Finding{{Code: "test-finding", Severity: check.Warning, Message: "test", Item: -1,
		Evidence: []check.Evidence{{Span: extract.Span{Start: 0, End: 4}, Text: l.Slice(extract.Span{End: 4})}}}}
}
