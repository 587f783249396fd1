package corpus

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // pure Go SQLite with FTS5
)

//go:embed schema.sql
var schemaSQL string

//go:embed migrate-2.sql
var migrate2SQL string

//go:embed migrate-3.sql
var migrate3SQL string

//go:embed migrate-4.sql
var migrate4SQL string

// SchemaVersion is the version of the schema this package writes, kept
// in the database as PRAGMA user_version.
const SchemaVersion = 4

// migrations[v] takes a database from version v to v+1; an empty
// database gets schema.sql, the latest version, at once.
var migrations = []string{0: schemaSQL, 1: migrate2SQL, 2: migrate3SQL, 3: migrate4SQL}

// pragmas are set on every connection: write-ahead logging so readers
// never wait for a build and a killed build loses only its open
// transaction, foreign keys for the cascading deletes, and a wait
// instead of an error while another connection writes.
var pragmas = []string{
	"busy_timeout(30000)",
	"foreign_keys(1)",
	"journal_mode(WAL)",
	"synchronous(NORMAL)",
	"wal_autocheckpoint(10000)",
}

// DB is a corpus database.
type DB struct {
	db   *sql.DB
	path string
}

// SchemaError reports a database whose schema this package cannot use.
type SchemaError struct {
	Path    string
	Version int // the database's user_version
	Reason  string
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("%s: schema version %d: %s", e.Path, e.Version, e.Reason)
}

// Open opens the corpus database at path, creating it when missing and
// bringing an older schema up to SchemaVersion. A database written by a
// newer imrkit, or a SQLite file that is no corpus, is a *SchemaError.
func Open(path string) (*DB, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	d := &DB{db: db, path: path}
	if err := d.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

func dsn(path string) string {
	var q []string
	for _, p := range pragmas {
		q = append(q, "_pragma="+p)
	}
	return path + "?" + strings.Join(q, "&")
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SQL returns the underlying database, for queries of one's own.
func (d *DB) SQL() *sql.DB { return d.db }

// migrate checks the schema version and applies the missing migrations
// in one transaction, so a killed first run leaves an empty file.
func (d *DB) migrate(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("open %s: %w", d.path, err)
	}
	defer tx.Rollback()
	v, err := d.version(ctx, tx)
	if err != nil || v == SchemaVersion {
		return err
	}
	if v == 0 {
		if _, err := tx.ExecContext(ctx, schemaSQL); err != nil {
			return fmt.Errorf("%s: create schema: %w", d.path, err)
		}
		v = SchemaVersion
	}
	for ; v < SchemaVersion; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("%s: migrate schema to version %d: %w", d.path, v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	return tx.Commit()
}

// version reads user_version and rejects what migrate cannot handle.
func (d *DB) version(ctx context.Context, tx *sql.Tx) (int, error) {
	var v, tables int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("open %s: %w", d.path, err)
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return 0, fmt.Errorf("open %s: %w", d.path, err)
	}
	switch {
	case v > SchemaVersion:
		return v, &SchemaError{d.path, v, fmt.Sprintf("newer than this imrkit reads (%d)", SchemaVersion)}
	case v == 0 && tables > 0:
		return v, &SchemaError{d.path, v, "not an imrkit corpus (tables but no schema version)"}
	}
	return v, nil
}
