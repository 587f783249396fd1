package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Batches: a transaction holds at most batchSize files and stays open
// at most batchTime, so a killed build loses little work.
const (
	batchSize = 64
	batchTime = 500 * time.Millisecond
)

// writer stores records in batches and keeps the summary.
type writer struct {
	db    *DB
	opt   Options
	sum   Summary
	start time.Time
	batch []record
}

// run stores the records from out until it closes, or until the first
// failure with FailFast.
func (w *writer) run(ctx context.Context, out <-chan record) error {
	tick := time.NewTicker(batchTime)
	defer tick.Stop()
	for {
		select {
		case r, ok := <-out:
			if !ok {
				return w.flush(ctx)
			}
			if err := w.add(ctx, r); err != nil {
				return err
			}
		case <-tick.C:
			if err := w.flush(ctx); err != nil {
				return err
			}
		case <-ctx.Done(): // keep the files read so far
			if err := w.flush(context.WithoutCancel(ctx)); err != nil {
				return err
			}
			return ctx.Err()
		}
	}
}

// add queues a record, storing the batch when it is full or when the
// build must stop at this file.
func (w *writer) add(ctx context.Context, r record) error {
	w.batch = append(w.batch, r)
	stop := w.opt.FailFast && r.file.status == statusFailed
	if len(w.batch) < batchSize && !stop {
		return nil
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	if stop {
		return &FileError{Path: r.file.path, Err: r.file.err}
	}
	return nil
}

// flush stores the batch in one transaction, then reports progress.
func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	if err := w.db.store(ctx, w.batch); err != nil {
		return err
	}
	for _, r := range w.batch {
		w.count(r)
	}
	w.batch = w.batch[:0]
	return nil
}

func (w *writer) count(r record) {
	var err error
	switch {
	case r.file.status == statusDuplicate && !r.skip:
		w.sum.Duplicates++
	case r.skip || (r.letter == nil && r.file.status == statusOK):
		w.sum.Skipped++
	case r.file.status == statusOK:
		w.sum.OK++
	default:
		w.sum.Failed++
		err = errors.New(r.file.err)
	}
	w.sum.Replaced += r.replaced
	if w.opt.Progress != nil {
		s := w.sum
		s.Elapsed = time.Since(w.start)
		w.opt.Progress(Progress{Summary: s, Path: r.file.path, Err: err})
	}
}

// store writes a batch of records in one transaction.
func (d *DB) store(ctx context.Context, batch []record) error {
	tx, err := d.db.BeginTx(ctx, nil) // IMMEDIATE: waits for another writer (see dsn)
	if err != nil {
		return fmt.Errorf("%s: %w", d.path, busy(err))
	}
	defer tx.Rollback()
	var last int64 // ids are never reused (AUTOINCREMENT): the batch's passages are those above
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'passages'").Scan(&last); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	st := &stmts{tx: tx, byQuery: map[string]*sql.Stmt{}, indexed: last}
	for i := range batch {
		r := &batch[i]
		if r.skip {
			continue
		}
		if err := storeRecord(ctx, st, r, now); err != nil {
			return fmt.Errorf("%s: store %s: %w", d.path, r.file.path, busy(err))
		}
	}
	if err := st.indexPassages(ctx); err != nil {
		return fmt.Errorf("%s: %w", d.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", d.path, busy(err))
	}
	return nil
}

// indexPassages adds the passages stored after the given id to the
// full-text index.
const indexPassages = "INSERT INTO passages_fts (rowid, body) SELECT id, body FROM passages WHERE id > ?"

const upsertFile = `INSERT INTO files (path, sha256, size, status, error, layout, read_ms, check_ms, stored_at, duplicate_of, read)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size, status = excluded.status,
	error = excluded.error, layout = excluded.layout, read_ms = excluded.read_ms,
	check_ms = excluded.check_ms, stored_at = excluded.stored_at, duplicate_of = excluded.duplicate_of, read = excluded.read`

// storeRecord writes one file row and its letter, and drops the letter
// the path held before when no other file holds it. A letter stored from
// another file already (the same letter_key) is kept, or replaced by
// this one, as keepLetter decides; the file left out becomes a duplicate.
func storeRecord(ctx context.Context, st *stmts, r *record, now string) error {
	var old string
	err := st.tx.QueryRowContext(ctx, "SELECT sha256 FROM files WHERE path = ?", r.file.path).Scan(&old)
	if err := ignoreNoRows(err); err != nil {
		return err
	}
	if r.letter != nil {
		if err := sameLetter(ctx, st, r); err != nil {
			return err
		}
	}
	if _, err := st.exec(ctx, upsertFile, r.file.values(now)...); err != nil {
		return err
	}
	if r.letter != nil {
		if err := storeLetter(ctx, st, r.letter); err != nil {
			return err
		}
	}
	if old == "" || old == r.file.sha256 {
		return nil
	}
	if err := st.indexPassages(ctx); err != nil {
		return err
	}
	_, err = st.tx.ExecContext(ctx, `DELETE FROM letters WHERE sha256 = ?
		AND NOT EXISTS (SELECT 1 FROM files WHERE files.sha256 = letters.sha256 AND status = 'ok')`, old)
	if err != nil {
		return err
	}
	_, err = st.tx.ExecContext(ctx, orphanDuplicates, old)
	return err
}

// orphanDuplicates marks the duplicates of a letter no longer stored (its
// file changed) as failed, so that the next build reads them again.
const orphanDuplicates = `UPDATE files SET status = 'failed', duplicate_of = NULL,
	error = 'the letter it duplicated is no longer stored (its file changed): read again by the next build'
	WHERE duplicate_of = ?1 AND NOT EXISTS (SELECT 1 FROM letters WHERE sha256 = ?1)`

// sameLetter looks for the record's letter stored from another file.
// When the stored one is to be kept, the record becomes a duplicate of
// it; else the stored letter is dropped and its files become duplicates
// of the record's.
func sameLetter(ctx context.Context, st *stmts, r *record) error {
	var sha, path, read string
	err := st.tx.QueryRowContext(ctx, sameLetterQuery, r.letter.key, r.letter.sha256, r.file.path).Scan(&sha, &path, &read)
	if err != nil {
		return ignoreNoRows(err)
	}
	if !keepLetter(copyOf{r.file.path, r.file.read != readPartial}, copyOf{path, read != readPartial}) {
		r.file.status, r.file.duplicateOf, r.letter = statusDuplicate, sha, nil
		return nil
	}
	res, err := st.tx.ExecContext(ctx, `UPDATE files SET status = 'duplicate', duplicate_of = ?
		WHERE (sha256 = ? AND status = 'ok') OR duplicate_of = ?`, r.file.sha256, sha, sha)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	r.replaced = int(n)
	if err := st.indexPassages(ctx); err != nil {
		return err
	}
	_, err = st.tx.ExecContext(ctx, "DELETE FROM letters WHERE sha256 = ?", sha)
	return err
}

// sameLetterQuery finds the letter with a key stored from another file
// (not the same path: a changed file replaces its own letter), the
// first path that holds it and how that file was read.
const sameLetterQuery = `SELECT l.sha256, f.path, coalesce(f.read, 'full') FROM letters l
	JOIN files f ON f.sha256 = l.sha256 AND f.status = 'ok' AND f.path != ?3
	WHERE l.letter_key = ?1 AND l.sha256 != ?2
	ORDER BY f.path LIMIT 1`

// How a stored file was read: files.read.
const (
	readFull    = "full"    // all of it
	readPartial = "partial" // with warnings: part of it could not be read
)

// copyOf is one file a letter was read from: its path, and whether all
// of it was read.
type copyOf struct {
	path string
	full bool
}

// keepLetter reports whether the letter read from a file replaces the
// same letter stored from another: a file read in full replaces one read
// in part (a damaged copy), then a PDF replaces a text, and between two
// alike the path that sorts first is kept, so the choice does not depend
// on the order files were read in.
func keepLetter(f, stored copyOf) bool {
	if f.full != stored.full {
		return f.full
	}
	if p, s := isPDF(f.path), isPDF(stored.path); p != s {
		return p
	}
	return f.path < stored.path
}

func isPDF(path string) bool { return strings.EqualFold(filepath.Ext(path), ".pdf") }

// storeLetter writes a letter's rows unless the letter is stored
// already (the same content read from two paths in one batch).
func storeLetter(ctx context.Context, st *stmts, l *letterRows) error {
	res, err := st.exec(ctx, letterTables[0].insert()+" ON CONFLICT (sha256) DO NOTHING", l.rows["letters"][0]...)
	if err != nil {
		return fmt.Errorf("letters: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for _, t := range letterTables[1:] {
		for _, row := range l.rows[t.Name] {
			if _, err := st.exec(ctx, t.insert(), append([]any{id}, row...)...); err != nil {
				return fmt.Errorf("%s: %w", t.Name, err)
			}
		}
	}
	return nil
}

// stmts prepares each statement of a transaction once.
type stmts struct {
	tx      *sql.Tx
	byQuery map[string]*sql.Stmt
	indexed int64 // passages up to this id are in the full-text index
}

// indexPassages adds the passages stored since the last call to the
// full-text index. A batch calls it at its end, and before it deletes a
// letter: the index's delete trigger must not remove a passage it never
// indexed (a letter stored and replaced in one batch), which corrupts
// the index ("database disk image is malformed").
func (s *stmts) indexPassages(ctx context.Context) error {
	var top int64
	if err := s.tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM passages").Scan(&top); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	if top <= s.indexed {
		return nil
	}
	if _, err := s.tx.ExecContext(ctx, indexPassages, s.indexed); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	s.indexed = top
	return nil
}

func (s *stmts) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, ok := s.byQuery[query]
	if !ok {
		var err error
		if st, err = s.tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		s.byQuery[query] = st
	}
	return st.ExecContext(ctx, args...)
}

func ignoreNoRows(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

// trimPath drops the path an error message starts with.
func trimPath(msg, path string) string {
	return strings.TrimPrefix(msg, path+": ")
}
