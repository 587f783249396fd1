package corpus

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// Hit is one passage that matches a search.
type Hit struct {
	SHA256     string  `json:"sha256"`
	CaseNumber string  `json:"case_number"`
	Path       string  `json:"path"`
	Item       int     `json:"item"` // -1 for the clinical case summary
	Kind       string  `json:"kind"` // summary or rationale
	Snippet    string  `json:"snippet"`
	Rank       float64 `json:"rank"` // bm25: lower is better
}

// SearchError is a query the full-text index cannot read.
type SearchError struct {
	Query string
	Err   error
}

func (e *SearchError) Error() string {
	return fmt.Sprintf("search %q: %v (query syntax: words, \"a phrase\", AND, OR, NOT, prefix*)", e.Query, e.Err)
}

func (e *SearchError) Unwrap() error { return e.Err }

const searchSQL = `SELECT l.sha256, coalesce(l.case_number, ''), l.path, p.item, p.kind,
	snippet(passages_fts, 0, '[', ']', '…', 16), bm25(passages_fts)
FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN letters l ON l.id = p.letter_id
WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?`

// Search finds the summaries and rationales that match query, in the
// FTS5 query syntax (words match their stems), best first, at most
// limit (0 means 20). Snippets mark the matched words with [ and ].
func (d *DB) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := d.db.QueryContext(ctx, searchSQL, query, limit)
	if err != nil {
		return nil, &SearchError{Query: query, Err: err}
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.SHA256, &h.CaseNumber, &h.Path, &h.Item, &h.Kind, &h.Snippet, &h.Rank); err != nil {
			return nil, &SearchError{Query: query, Err: err}
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, &SearchError{Query: query, Err: err}
	}
	return hits, nil
}

// WriteHits writes one hit a paragraph: case, part and path, then the
// snippet.
func WriteHits(w io.Writer, hits []Hit) error {
	for _, h := range hits {
		part := h.Kind
		if h.Item >= 0 {
			part = fmt.Sprintf("item %d %s", h.Item+1, h.Kind)
		}
		if _, err := fmt.Fprintf(w, "%s %s (%s)\n  %s\n", h.CaseNumber, part, h.Path, strings.Join(strings.Fields(h.Snippet), " ")); err != nil {
			return err
		}
	}
	return nil
}
