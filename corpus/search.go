package corpus

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"
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

func (e *SearchError) Error() string { return fmt.Sprintf("search %q: %v", e.Query, e.Err) }

// syntaxHint ends the message of a query FTS5 cannot read.
const syntaxHint = ` (FTS5 syntax: words, "a phrase", AND, OR, NOT, prefix*)`

func (e *SearchError) Unwrap() error { return e.Err }

const searchSQL = `SELECT l.sha256, coalesce(l.case_number, ''), l.path, p.item, p.kind,
	snippet(passages_fts, 0, '[', ']', '…', 16), bm25(passages_fts)
FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN letters l ON l.id = p.letter_id
WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?`

// SearchTimeout bounds a search whose context has no deadline of its
// own: a query that would run for minutes ends with a *SearchError.
const SearchTimeout = 10 * time.Second

// Search finds the summaries and rationales that match query, in the
// FTS5 query syntax (words match their stems; Phrases turns what people
// type into it), best first, at most limit (0 means 20). Snippets mark
// the matched words with [ and ]. A query of more than MaxQueryTerms
// terms, one FTS5 cannot read, or one that runs past SearchTimeout, is
// a *SearchError that says why in words.
func (d *DB) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = 20
	}
	if n := countTerms(query); n > MaxQueryTerms {
		return nil, queryError(query, "%d terms; at most %d", n, MaxQueryTerms)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, SearchTimeout)
		defer cancel()
	}
	hits, err := d.search(ctx, query, limit)
	if err != nil {
		return nil, searchError(ctx, query, err)
	}
	return hits, nil
}

func (d *DB) search(ctx context.Context, query string, limit int) ([]Hit, error) {
	rows, err := d.db.QueryContext(ctx, searchSQL, query, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.SHA256, &h.CaseNumber, &h.Path, &h.Item, &h.Kind, &h.Snippet, &h.Rank); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// searchError says why a search failed: too slow, or the query's syntax
// in FTS5's words without SQLite's "SQL logic error" around them.
func searchError(ctx context.Context, query string, err error) error {
	if ctx.Err() != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return queryError(query, "the search ran out of time: narrow the query")
		}
		return &SearchError{Query: query, Err: ctx.Err()}
	}
	msg := err.Error()
	if i := strings.Index(msg, "fts5: "); i >= 0 {
		msg = strings.TrimSuffix(strings.TrimSpace(msg[i+len("fts5: "):]), "(1)")
		return queryError(query, "not a valid query: %s%s", strings.TrimSpace(msg), syntaxHint)
	}
	if strings.Contains(msg, "SQL logic error") || strings.Contains(msg, "no such column") {
		return queryError(query, "not a valid query%s", syntaxHint)
	}
	return &SearchError{Query: query, Err: err}
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
