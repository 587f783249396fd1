package corpus

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite" // pure Go SQLite with FTS5
)

//go:embed schema.sql
var schemaSQL string

//go:embed migrate-2.sql
var migrate2SQL string

//go:embed migrate-3.sql
var migrate3SQL string

//go:embed migrate-4.sql
var migrate4SQL string

//go:embed migrate-5.sql
var migrate5SQL string

// SchemaVersion is the version of the schema this package writes, kept
// in the database as PRAGMA user_version.
const SchemaVersion = 5

// migrations[v] takes a database from version v to v+1; an empty
// database gets schema.sql, the latest version, at once.
var migrations = []string{0: schemaSQL, 1: migrate2SQL, 2: migrate3SQL, 3: migrate4SQL, 4: migrate5SQL}

// busyTimeout is how long a write waits for another to finish.
const busyTimeout = 30 * time.Second

// pragmas are set on every connection: write-ahead logging so readers
// never wait for a build and a killed build loses only its open
// transaction, foreign keys for the cascading deletes, and a wait
// instead of an error while another connection writes.
var pragmas = []string{
	fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()),
	"foreign_keys(1)",
	"journal_mode(WAL)",
	"synchronous(NORMAL)",
	"wal_autocheckpoint(10000)",
}

// DB is a corpus database.
type DB struct {
	db       *sql.DB
	path     string
	readOnly bool
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

// dsn is the data source of a database opened to write. Transactions
// begin IMMEDIATE, taking the write lock at once: a transaction that
// read first and wrote later would fail at once, without the busy
// timeout, when another connection writes (SQLite cannot let it wait).
// Read-only transactions (sql.TxOptions.ReadOnly) begin DEFERRED.
func dsn(path string) string {
	var q []string
	for _, p := range pragmas {
		q = append(q, "_pragma="+p)
	}
	q = append(q, "_txlock=immediate")
	return path + "?" + strings.Join(q, "&")
}

// OpenReadOnly opens an existing corpus database to read: search, stats,
// exports and reports. It never writes, so it reads a database on a
// read-only mount or in a file without write permission, and never
// creates one: a missing file is an error. A database of another schema
// version is a *SchemaError.
func OpenReadOnly(path string) (*DB, error) {
	d, err := openReadOnly(path, false)
	var se *SchemaError
	if err == nil || errors.As(err, &se) {
		return d, err
	}
	if fi, serr := os.Stat(path); serr != nil || !fi.Mode().IsRegular() {
		return nil, err // missing, or no file: immutable would not help
	}
	if d, ierr := openReadOnly(path, true); ierr == nil {
		return d, nil
	}
	return nil, err
}

// openReadOnly opens path with SQLite's mode=ro, or, with immutable, as
// a file nothing changes: a database in write-ahead logging mode whose
// folder is read-only cannot be opened otherwise, since SQLite would
// make its shared-memory file beside it.
func openReadOnly(path string, immutable bool) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	q := url.Values{"mode": {"ro"}, "_pragma": {fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds())}}
	if immutable {
		q.Set("immutable", "1")
	}
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: filepath.ToSlash(abs)}).EscapedPath(), RawQuery: q.Encode()}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	d := &DB{db: db, path: path, readOnly: true}
	if err := d.checkVersion(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

// checkVersion wants the schema this package writes, without changing
// the database.
func (d *DB) checkVersion(ctx context.Context) error {
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("open %s: %w", d.path, err)
	}
	defer tx.Rollback()
	v, err := d.version(ctx, tx)
	switch {
	case err != nil:
		return err
	case v == 0:
		return &SchemaError{d.path, v, "not an imrkit corpus (empty)"}
	case v < SchemaVersion:
		return &SchemaError{d.path, v, "older than this imrkit reads; a build brings it up to date"}
	}
	return nil
}

// busy explains an error that says another connection held the
// database for longer than the busy timeout; other errors stay as they
// are.
func busy(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == 5 { // SQLITE_BUSY
		return fmt.Errorf("another build or program is writing the database and held it for more than %v: %w", busyTimeout, err)
	}
	return err
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SQL returns the underlying database, for queries of one's own.
func (d *DB) SQL() *sql.DB { return d.db }

// migrate checks the schema version and applies the missing migrations
// in one transaction, so a killed first run leaves an empty file. The
// check reads only, so opening a database another build writes does not
// wait for it.
func (d *DB) migrate(ctx context.Context) error {
	if err := d.checkVersion(ctx); err == nil {
		return nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("open %s: %w", d.path, busy(err))
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
