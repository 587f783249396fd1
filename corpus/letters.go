package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// Entry is a stored letter with its findings.
type Entry struct {
	Letter   *extract.Letter
	Findings []check.Finding
}

// Letters calls fn with each stored letter, rebuilt from its JSON, and
// its findings, in path order; it stops at the first error fn returns.
// A rebuilt letter has its normalized text, its sections, its item
// blocks and every fact with its span, but no map back to the source: Letter.Position gives lines of the
// normalized text, and pages come from the facts. Findings keep the
// page, line and column they were found at.
func (d *DB) Letters(ctx context.Context, fn func(Entry) error) error {
	rows, err := d.db.QueryContext(ctx, "SELECT id, sha256, sections, json FROM letters ORDER BY path")
	if err != nil {
		return fmt.Errorf("%s: letters: %w", d.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var sha, sections, data string
		if err := rows.Scan(&id, &sha, &sections, &data); err != nil {
			return fmt.Errorf("%s: letters: %w", d.path, err)
		}
		e, err := d.entry(ctx, id, sha, sections, data)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// entry decodes a letter, its sections and item blocks, and reads its
// findings.
func (d *DB) entry(ctx context.Context, id int64, sha, sections, data string) (Entry, error) {
	var e Entry
	e.Letter = &extract.Letter{}
	err := json.Unmarshal([]byte(data), e.Letter)
	if err == nil {
		err = json.Unmarshal([]byte(sections), &e.Letter.Sections)
	}
	if err == nil {
		err = d.blocks(ctx, id, e.Letter)
	}
	if err != nil {
		return e, fmt.Errorf("%s: letter %s: %w", d.path, sha, err)
	}
	rows, err := d.db.QueryContext(ctx, "SELECT code, severity, item, message, evidence FROM findings WHERE letter_id = ? ORDER BY n", id)
	if err != nil {
		return e, fmt.Errorf("%s: findings of %s: %w", d.path, sha, err)
	}
	defer rows.Close()
	for rows.Next() {
		f, err := scanFinding(rows)
		if err != nil {
			return e, fmt.Errorf("%s: findings of %s: %w", d.path, sha, err)
		}
		e.Findings = append(e.Findings, f)
	}
	return e, rows.Err()
}

func scanFinding(rows *sql.Rows) (check.Finding, error) {
	var f check.Finding
	var sev, ev string
	if err := rows.Scan(&f.Code, &sev, &f.Item, &f.Message, &ev); err != nil {
		return f, err
	}
	if err := f.Severity.UnmarshalText([]byte(sev)); err != nil {
		return f, err
	}
	return f, json.Unmarshal([]byte(ev), &f.Evidence)
}

// blocks sets the spans of the letter's items.
func (d *DB) blocks(ctx context.Context, id int64, l *extract.Letter) error {
	rows, err := d.db.QueryContext(ctx, "SELECT item, block_start, block_end FROM items WHERE letter_id = ?", id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var i int
		var b extract.Span
		if err := rows.Scan(&i, &b.Start, &b.End); err != nil {
			return err
		}
		if i >= 0 && i < len(l.Items) {
			l.Items[i].Block = b
		}
	}
	return rows.Err()
}
