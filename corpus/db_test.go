package corpus

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOpenSchema opens new, current, newer and foreign databases.
func TestOpenSchema(t *testing.T) {
	tests := []struct {
		name    string
		setup   string // run on the file before Open; "" for a new file
		wantErr bool
	}{
		{name: "new file"},
		{name: "current version", setup: fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)},
		{name: "newer version", setup: fmt.Sprintf("CREATE TABLE x (a); PRAGMA user_version = %d", SchemaVersion+1), wantErr: true},
		{name: "version 2, without codes", setup: "ALTER TABLE diagnoses DROP COLUMN icd10_code; " +
			"ALTER TABLE diagnoses DROP COLUMN icd10_chapter; ALTER TABLE diagnoses DROP COLUMN icd10_match; " +
			"ALTER TABLE diagnoses DROP COLUMN icd10_hedged; DROP INDEX diagnoses_icd10; " +
			"ALTER TABLE diagnoses DROP COLUMN icd10_category; PRAGMA user_version = 2"},
		{name: "not a corpus", setup: "CREATE TABLE people (name TEXT)", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.db")
			if tt.setup != "" {
				if strings.Contains(tt.name, "version") && !tt.wantErr {
					mustOpen(t, path).Close()
				}
				raw, err := sql.Open("sqlite", path)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := raw.Exec(tt.setup); err != nil {
					t.Fatal(err)
				}
				raw.Close()
			}
			db, err := Open(path)
			var se *SchemaError
			if tt.wantErr != errors.As(err, &se) {
				t.Fatalf("Open = %v, want a *SchemaError: %v", err, tt.wantErr)
			}
			if err == nil {
				if _, err := db.SQL().Exec("SELECT icd10_code, icd10_hedged FROM diagnoses LIMIT 0"); err != nil {
					t.Errorf("after Open, the codes of the diagnoses: %v", err)
				}
				db.Close()
			}
		})
	}
}

func mustOpen(t *testing.T, path string) *DB {
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestTablesMatchSchema keeps Tables in step with schema.sql.
func TestTablesMatchSchema(t *testing.T) {
	db := openTest(t)
	for _, tab := range letterTables[:len(letterTables)-1] {
		if !slices.ContainsFunc(Tables, func(x Table) bool { return x.Name == tab.Name }) {
			t.Errorf("letter table %s is not in Tables", tab.Name)
		}
	}
	for _, tab := range append(Tables, letterTables[len(letterTables)-1]) {
		rows, err := db.SQL().Query("SELECT name FROM pragma_table_info(?) WHERE name != 'id'", tab.Name)
		if err != nil {
			t.Fatal(err)
		}
		var cols []string
		for rows.Next() {
			var c string
			rows.Scan(&c)
			cols = append(cols, c)
		}
		rows.Close()
		if !slices.Equal(cols, tab.dbColumns()) {
			t.Errorf("Tables[%s] = %v, schema.sql has %v", tab.Name, tab.dbColumns(), cols)
		}
	}
}

// TestMigrateAddsRead opens a version 1 database: the build adds
// files.read and keeps the rows.
func TestMigrateAddsRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	stmts := schemaSQL + `; ALTER TABLE files DROP COLUMN read; ` + dropV5 + `; PRAGMA user_version = 3;
		INSERT INTO files (path, sha256, size, status, read_ms, check_ms, stored_at) VALUES ('a.pdf', 'x', 1, 'ok', 0, 0, 'now')`
	if _, err := raw.Exec(stmts); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db := mustOpen(t, path)
	defer db.Close()
	var n int
	if err := db.SQL().QueryRow("SELECT count(*) FROM files WHERE read IS NULL").Scan(&n); err != nil || n != 1 {
		t.Fatalf("after migration: %d rows with no read, err %v; want 1, nil", n, err)
	}
}
