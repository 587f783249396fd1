package corpus

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
)

// Formats Export writes.
var Formats = []string{"jsonl", "csv", "parquet"}

// column is a column of a table with its SQL type.
type column struct {
	name    string
	kind    string // TEXT, INTEGER or REAL
	notNull bool
}

// rowWriter writes the rows of one table to one file.
type rowWriter interface {
	write(row []any) error
	close() error
}

// Export writes each table of Tables to dir as <table>.<format>, one
// file each, and returns the number of rows written per table. Format
// is "jsonl" (one object a line; the letters' JSON column is embedded
// as an object), "csv" (a header line; NULL as the empty field) or
// "parquet" (typed columns, NULL as null, zstd-compressed). The columns
// are those of the schema, so the tables of several corpora read as one
// data set.
func (d *DB) Export(ctx context.Context, dir, format string) ([]Count, error) {
	if !validFormat(format) {
		return nil, fmt.Errorf("export format %q: want jsonl, csv or parquet", format)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	// One transaction: the tables agree even while a build writes.
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // DEFERRED: builds go on meanwhile
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.path, err)
	}
	defer tx.Rollback()
	var counts []Count
	for _, t := range Tables {
		n, err := exportTable(ctx, tx, t, filepath.Join(dir, t.Name+"."+format), format)
		if err != nil {
			return counts, err
		}
		counts = append(counts, Count{Key: t.Name, N: n})
	}
	return counts, nil
}

func validFormat(format string) bool {
	for _, f := range Formats {
		if f == format {
			return true
		}
	}
	return false
}

// exportTable writes one table to the file at path.
func exportTable(ctx context.Context, tx *sql.Tx, t Table, path, format string) (n int, err error) {
	cols, err := columns(ctx, tx, t)
	if err != nil {
		return 0, err
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	buf := bufio.NewWriterSize(f, 1<<20)
	w := newRowWriter(buf, cols, format)
	if n, err = copyRows(ctx, tx, t, w); err != nil {
		return n, fmt.Errorf("export %s: %w", path, err)
	}
	if err := w.close(); err != nil {
		return n, fmt.Errorf("export %s: %w", path, err)
	}
	return n, buf.Flush()
}

func newRowWriter(w *bufio.Writer, cols []column, format string) rowWriter {
	switch format {
	case "csv":
		return newCSVWriter(w, cols)
	case "parquet":
		return newParquetWriter(w, cols)
	}
	return newJSONLWriter(w, cols)
}

// copyRows reads a table in schema order and writes each row.
func copyRows(ctx context.Context, tx *sql.Tx, t Table, w rowWriter) (int, error) {
	rows, err := tx.QueryContext(ctx, t.query())
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	vals := make([]any, len(t.Columns))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		if err := w.write(vals); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}

// columns reads the types of a table's columns from the database, in
// the order of t.Columns.
func columns(ctx context.Context, tx *sql.Tx, t Table) ([]column, error) {
	rows, err := tx.QueryContext(ctx, "SELECT name, type, \"notnull\" FROM pragma_table_info(?)", t.Name)
	if err != nil {
		return nil, fmt.Errorf("columns of %s: %w", t.Name, err)
	}
	defer rows.Close()
	byName := map[string]column{}
	for rows.Next() {
		var c column
		if err := rows.Scan(&c.name, &c.kind, &c.notNull); err != nil {
			return nil, err
		}
		byName[c.name] = c
	}
	return orderColumns(t, byName)
}

func orderColumns(t Table, byName map[string]column) ([]column, error) {
	if t.ofLetter() {
		byName["sha256"] = column{name: "sha256", kind: "TEXT", notNull: true}
	}
	var out []column
	for _, name := range t.Columns {
		c, ok := byName[name]
		if !ok {
			return nil, fmt.Errorf("table %s has no column %s", t.Name, name)
		}
		out = append(out, c)
	}
	return out, nil
}
