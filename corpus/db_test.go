package corpus

import (
	"database/sql"
	"errors"
	"path/filepath"
	"slices"
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
		{name: "current version", setup: "PRAGMA user_version = 2"},
		{name: "newer version", setup: "CREATE TABLE x (a); PRAGMA user_version = 3", wantErr: true},
		{name: "not a corpus", setup: "CREATE TABLE people (name TEXT)", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.db")
			if tt.setup != "" {
				if tt.name == "current version" {
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
	stmts := schemaSQL + `; PRAGMA user_version = 1;
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
