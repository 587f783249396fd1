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

// dropV5 takes the columns version 5 added out of a database of the
// current schema, making it one of version 4.
const dropV5 = `ALTER TABLE letters DROP COLUMN part; ALTER TABLE letters DROP COLUMN parts;
	ALTER TABLE letters DROP COLUMN first_page; ALTER TABLE letters DROP COLUMN last_page`

// TestMigrateV5 opens a version 4 corpus holding a letter: it gets the
// columns of a letter's place in a file of several, NULL for it, and a
// build of a file of two letters then fills them.
func TestMigrateV5(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := schemaSQL + "; " + dropV5 + `; PRAGMA user_version = 4;
		INSERT INTO files (path, sha256, size, status, read_ms, check_ms, stored_at, read) VALUES ('a.txt', 'aaa', 1, 'ok', 0, 0, 'now', 'full');
		INSERT INTO letters (sha256, path, layout, pages, items, upheld, overturned, findings, sections, json, letter_key)
			VALUES ('aaa', 'a.txt', 'fdl-2016', 1, 0, 0, 0, 0, '{}', '{}', 'file:aaa')`
	if _, err := raw.Exec(stmts); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db := mustOpen(t, path)
	defer db.Close()
	if cols := tableColumns(t, db.SQL(), "letters"); !slices.Equal(cols[len(cols)-4:], []string{"part", "parts", "first_page", "last_page"}) {
		t.Errorf("letters columns after the migration end %v, want part, parts, first_page, last_page", cols[len(cols)-4:])
	}
	build(t, db, []string{joinedText(t, filepath.Join(t.TempDir(), "two.txt"))}, Options{})
	rows, err := db.SQL().Query(`SELECT path, coalesce(part, '-') || ' of ' || coalesce(parts, '-') || ', pages ' ||
		coalesce(first_page, '-') || ' to ' || coalesce(last_page, '-') FROM letters ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var p, s string
		rows.Scan(&p, &s)
		got = append(got, filepath.Base(p)+": "+s)
	}
	rows.Close()
	want := []string{"a.txt: - of -, pages - to -", "two.txt#1: 1 of 2, pages 1 to 2", "two.txt#2: 2 of 2, pages 3 to 4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("letters' places (-want +got):\n%s", diff)
	}
}
