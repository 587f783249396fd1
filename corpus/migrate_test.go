package corpus

import (
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMigrateV1 opens a version 1 corpus (testdata/schema-v1.sql, the
// schema before duplicates were known) holding two letters: it gets the
// version 2 columns, each letter its key, and a build goes on into it.
func TestMigrateV1(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "v1.db")
	v1, err := os.ReadFile(filepath.Join("testdata", "schema-v1.sql"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(v1), "PRAGMA user_version = 1",
		`INSERT INTO files VALUES ('a.txt', 'aaa', 1, 'ok', NULL, 'fdl-2016', 1, 1, 'now'), ('b.txt', 'bbb', 1, 'ok', NULL, 'fdl-2014', 1, 1, 'now')`,
		`INSERT INTO letters (sha256, path, layout, pages, case_number, decision_date, items, upheld, overturned, findings, sections, json)
			VALUES ('aaa', 'a.txt', 'fdl-2016', 1, 'CM16-0000001', '2016-12-09', 0, 0, 0, 0, '{}', '{}'),
			       ('bbb', 'b.txt', 'fdl-2014', 1, NULL, NULL, 0, 0, 0, 0, '{}', '{}')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db := mustOpen(t, path)
	defer db.Close()
	var keys []string
	rows, err := db.SQL().Query("SELECT letter_key FROM letters ORDER BY sha256")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		rows.Scan(&k)
		keys = append(keys, k)
	}
	rows.Close()
	if diff := cmp.Diff([]string{"case:CM16-0000001/2016-12-09", "file:bbb"}, keys); diff != "" {
		t.Errorf("letter keys after the migration (-want +got):\n%s", diff)
	}
	fresh := openTest(t)
	for _, table := range []string{"files", "letters"} {
		if got, want := tableColumns(t, db.SQL(), table), tableColumns(t, fresh.SQL(), table); !slices.Equal(got, want) {
			t.Errorf("%s after the migration has %v, a new corpus %v", table, got, want)
		}
	}
	txt, pdf, _, _ := sameLetterFiles(t, dir)
	if sum := build(t, db, []string{pdf, txt}, Options{Jobs: 1}); sum.OK != 1 || sum.Duplicates != 1 {
		t.Errorf("build after the migration = %v, want 1 ok, 1 duplicate", sum)
	}
}

func tableColumns(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query("SELECT name FROM pragma_table_info(?)", table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		rows.Scan(&c)
		cols = append(cols, c)
	}
	return cols
}
