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
	case r.skip || (r.parts == 0 && r.file.status == statusOK):
		w.sum.Skipped++
	case r.file.status == statusOK:
		w.sum.OK++
		w.sum.Letters += r.parts
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

// storeRecord writes one file row and its letters, and drops the letters
// the path held before when no other file holds them. A letter stored
// from another file already (the same letter_key) is kept, or replaced
// by this one, as keepLetter decides; a file of one letter left out
// becomes a duplicate, and a letter of a file of several left out is not
// stored (the file stays ok).
func storeRecord(ctx context.Context, st *stmts, r *record, now string) error {
	var old string
	err := st.tx.QueryRowContext(ctx, "SELECT sha256 FROM files WHERE path = ?", r.file.path).Scan(&old)
	if err := ignoreNoRows(err); err != nil {
		return err
	}
	if err := sameLetters(ctx, st, r); err != nil {
		return err
	}
	if _, err := st.exec(ctx, upsertFile, r.file.values(now)...); err != nil {
		return err
	}
	for _, l := range r.letters {
		if err := storeLetter(ctx, st, l); err != nil {
			return err
		}
	}
	if old == "" || old == r.file.sha256 {
		return nil
	}
	if err := st.indexPassages(ctx); err != nil {
		return err
	}
	_, err = st.tx.ExecContext(ctx, `DELETE FROM letters WHERE `+ofFile("sha256")+`
		AND NOT EXISTS (SELECT 1 FROM files WHERE files.sha256 = ?1 AND status = 'ok')`, old)
	if err != nil {
		return err
	}
	_, err = st.tx.ExecContext(ctx, orphanDuplicates, old)
	return err
}

// ofFile is the SQL condition that the letter sha256 in column col is one
// of the file whose SHA-256 is ?1: the file's own (a file of one letter),
// or "?1#N" (a file of several). The range keeps to the column's index:
// '#' and '$' follow one another in ASCII.
func ofFile(col string) string {
	return "(" + col + " = ?1 OR (" + col + " > ?1 || '#' AND " + col + " < ?1 || '$'))"
}

// fileSHA is the SQL expression of the SHA-256 of the file a letter came
// from, given the letter's sha256 in col: the part before any "#N".
func fileSHA(col string) string {
	return "substr(" + col + ", 1, instr(" + col + " || '#', '#') - 1)"
}

// orphanDuplicates marks the duplicates of a letter no longer stored (its
// file changed) as failed, so that the next build reads them again.
var orphanDuplicates = `UPDATE files SET status = 'failed', duplicate_of = NULL,
	error = 'the letter it duplicated is no longer stored (its file changed): read again by the next build'
	WHERE ` + ofFile("duplicate_of") + ` AND NOT EXISTS (SELECT 1 FROM letters WHERE sha256 = files.duplicate_of)`

// sameLetters looks for each of the record's letters stored from another
// file (sameLetter), and keeps those that are to be stored.
func sameLetters(ctx context.Context, st *stmts, r *record) error {
	kept := r.letters[:0]
	for _, l := range r.letters {
		keep, err := sameLetter(ctx, st, r, l)
		if err != nil {
			return err
		}
		if keep {
			kept = append(kept, l)
		}
	}
	r.letters = kept
	return nil
}

// sameLetter looks for the letter l of the record stored from another
// file. When the stored one is to be kept, l is not (and a file of one
// letter becomes a duplicate of it); else the stored letter is dropped
// and the files that duplicated it become duplicates of l, as does its
// file when it held that letter alone.
func sameLetter(ctx context.Context, st *stmts, r *record, l *letterRows) (bool, error) {
	var sha, path, read string
	err := st.tx.QueryRowContext(ctx, sameLetterQuery, l.key, l.sha256, r.file.path).Scan(&sha, &path, &read)
	if err != nil {
		return true, ignoreNoRows(err)
	}
	if !keepLetter(copyOf{r.file.path, r.file.read != readPartial}, copyOf{path, read != readPartial}) {
		if r.parts <= 1 {
			r.file.status, r.file.duplicateOf = statusDuplicate, sha
		}
		return false, nil
	}
	// A letter of a file of several has "#N" in its sha256, which no
	// file's has: its file stays ok, with its other letters.
	res, err := st.tx.ExecContext(ctx, `UPDATE files SET status = 'duplicate', duplicate_of = ?
		WHERE (sha256 = ? AND status = 'ok') OR duplicate_of = ?`, l.sha256, sha, sha)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	r.replaced += int(n)
	if strings.Contains(sha, "#") {
		r.replaced++ // the file of several that held it
	}
	if err := st.indexPassages(ctx); err != nil {
		return false, err
	}
	_, err = st.tx.ExecContext(ctx, "DELETE FROM letters WHERE sha256 = ?", sha)
	return err == nil, err
}

// sameLetterQuery finds the letter with a key stored from another file
// (not the same path: a changed file replaces its own letters), the
// first path that holds it and how that file was read.
var sameLetterQuery = `SELECT l.sha256, f.path, coalesce(f.read, 'full') FROM letters l
	JOIN files f ON f.sha256 = ` + fileSHA("l.sha256") + ` AND f.status = 'ok' AND f.path != ?3
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
