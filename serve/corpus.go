package serve

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// filter is a corpus query: the search text and the chosen filters.
type filter struct {
	Q, Outcome, Category, Chapter, Code, From, To string
}

func parseFilter(q url.Values) filter {
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	return filter{Q: get("q"), Outcome: get("outcome"), Category: get("category"), Chapter: get("chapter"),
		Code: get("code"), From: get("from"), To: get("to")}
}

// corpusRow is one letter of a corpus query.
type corpusRow struct {
	SHA256     string `json:"sha256"`
	CaseNumber string `json:"case_number"`
	Decision   string `json:"decision_date"`
	Items      int    `json:"items"`
	Upheld     int    `json:"upheld"`
	Overturned int    `json:"overturned"`
	Findings   int    `json:"findings"`
	Snippet    string `json:"snippet,omitempty"`
	URL        string `json:"url"`
}

// facet is the letters per value of one filter, given the others.
type facet struct {
	Name, Label string
	Values      []facetValue
}

type facetValue struct {
	Value string
	Title string // what the page shows: the value, or a chapter's number and name
	N     int
	On    bool
	URL   string // the query with this value chosen, or unchosen when On
}

// corpusResult is what corpus.html receives, and (its letters) what
// /api/letters answers.
type corpusResult struct {
	Filter  filter
	Query   string // the FTS5 query run
	Total   int
	Letters []corpusRow
	Facets  []facet
	Chapter bool // the corpus has ICD-10 chapters
	Error   string
}

// where builds the conditions of a filter, leaving one out (for the
// counts of that filter's values).
func (s *Server) where(f filter, fts, skip string) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, v string) {
		conds = append(conds, cond)
		args = append(args, v)
	}
	if fts != "" {
		add("l.id IN (SELECT p.letter_id FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid WHERE passages_fts MATCH ?)", fts)
	}
	if f.Outcome != "" && skip != "outcome" {
		add("EXISTS (SELECT 1 FROM items i WHERE i.letter_id = l.id AND i.outcome = ?)", f.Outcome)
	}
	if f.Category != "" && skip != "category" {
		add("EXISTS (SELECT 1 FROM items i WHERE i.letter_id = l.id AND i.service_category = ?)", f.Category)
	}
	if f.Code != "" && skip != "code" {
		add("EXISTS (SELECT 1 FROM findings x WHERE x.letter_id = l.id AND x.code = ?)", f.Code)
	}
	if f.Chapter != "" && s.chapter != "" && skip != "chapter" {
		add("EXISTS (SELECT 1 FROM diagnoses g WHERE g.letter_id = l.id AND g."+s.chapter+" = ?)", f.Chapter)
	}
	if f.From != "" {
		add("l.decision_date >= ?", f.From)
	}
	if f.To != "" {
		add("l.decision_date <= ?", f.To)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// ftsQuery is the user's search as FTS5 reads it: as written when it
// uses the query syntax (quotes, AND, OR, NOT, NEAR, a prefix *), else
// each word as a phrase of its own, so that "L4-5", "C/S" or "don't"
// are searched rather than refused.
func ftsQuery(q string) string {
	if q == "" || ftsSyntax.MatchString(q) {
		return q
	}
	return quoteWords(q)
}

var ftsSyntax = regexp.MustCompile(`"|\*|\b(AND|OR|NOT|NEAR)\b`)

func quoteWords(q string) string {
	var parts []string
	for _, w := range strings.Fields(q) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

// search runs a filter; a search text FTS5 cannot read as written is
// run again with its words quoted.
func (s *Server) search(ctx context.Context, f filter, limit int) (*corpusResult, error) {
	res := &corpusResult{Filter: f, Chapter: s.chapter != "", Query: ftsQuery(f.Q)}
	err := s.runSearch(ctx, res, limit)
	if err != nil && res.Query != quoteWords(f.Q) && f.Q != "" {
		res.Query = quoteWords(f.Q)
		err = s.runSearch(ctx, res, limit)
	}
	return res, err
}

const lettersSQL = `SELECT l.sha256, coalesce(l.case_number, ''), coalesce(l.decision_date, ''),
	l.items, l.upheld, l.overturned, l.findings FROM letters l WHERE `

func (s *Server) runSearch(ctx context.Context, res *corpusResult, limit int) error {
	db := s.opt.DB.SQL()
	cond, args := s.where(res.Filter, res.Query, "")
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM letters l WHERE "+cond, args...).Scan(&res.Total); err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, lettersSQL+cond+" ORDER BY l.decision_date DESC, l.id LIMIT ?", append(args, limit)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	res.Letters = nil
	for rows.Next() {
		var r corpusRow
		if err := rows.Scan(&r.SHA256, &r.CaseNumber, &r.Decision, &r.Items, &r.Upheld, &r.Overturned, &r.Findings); err != nil {
			return err
		}
		r.URL = letterURL(r.SHA256)
		res.Letters = append(res.Letters, r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := s.snippets(ctx, res); err != nil {
		return err
	}
	return s.facets(ctx, res)
}

const snippetSQL = `SELECT snippet(passages_fts, 0, char(2), char(3), '…', 14)
FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
WHERE passages_fts MATCH ? AND p.letter_id = (SELECT id FROM letters WHERE sha256 = ?) ORDER BY rank LIMIT 1`

// snippets adds the best passage of each letter, its matches between
// the bytes 2 and 3.
func (s *Server) snippets(ctx context.Context, res *corpusResult) error {
	if res.Query == "" {
		return nil
	}
	for i := range res.Letters {
		err := s.opt.DB.SQL().QueryRowContext(ctx, snippetSQL, res.Query, res.Letters[i].SHA256).Scan(&res.Letters[i].Snippet)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
	}
	return nil
}

// facetSQL counts letters per value of a column joined to letters.
var facetSQL = map[string]string{
	"outcome":  "SELECT i.outcome, count(DISTINCT l.id) FROM letters l JOIN items i ON i.letter_id = l.id WHERE i.outcome IS NOT NULL AND ",
	"category": "SELECT i.service_category, count(DISTINCT l.id) FROM letters l JOIN items i ON i.letter_id = l.id WHERE i.service_category IS NOT NULL AND i.service_category != '' AND ",
	"code":     "SELECT x.code, count(DISTINCT l.id) FROM letters l JOIN findings x ON x.letter_id = l.id WHERE ",
	"chapter":  "SELECT g.%s, count(DISTINCT l.id) FROM letters l JOIN diagnoses g ON g.letter_id = l.id WHERE g.%s IS NOT NULL AND ",
}

var facetLabels = []struct{ name, label string }{
	{"outcome", "Outcome"}, {"category", "Service category"}, {"code", "Finding"}, {"chapter", "ICD-10 chapter"},
}

func (s *Server) facets(ctx context.Context, res *corpusResult) error {
	res.Facets = nil
	for _, fl := range facetLabels {
		q := facetSQL[fl.name]
		if fl.name == "chapter" {
			if s.chapter == "" {
				continue
			}
			q = strings.ReplaceAll(q, "%s", s.chapter)
		}
		cond, args := s.where(res.Filter, res.Query, fl.name)
		fc, err := s.facet(ctx, q+cond+" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30", args, res.Filter, fl.name)
		if err != nil {
			return err
		}
		fc.Label = fl.label
		res.Facets = append(res.Facets, fc)
	}
	return nil
}

// facetTitle names a facet's value for the page: an ICD-10-CM chapter
// number with its name and range, any other value as it is.
func facetTitle(name, value string) string {
	if name != "chapter" {
		return value
	}
	for _, c := range lexicon.ICD10CM().Chapters() {
		if strconv.Itoa(c.Number) == value {
			return fmt.Sprintf("%d %s (%s-%s)", c.Number, c.Name, c.First, c.Last)
		}
	}
	return value
}

func (s *Server) facet(ctx context.Context, q string, args []any, f filter, name string) (facet, error) {
	fc := facet{Name: name}
	rows, err := s.opt.DB.SQL().QueryContext(ctx, q, args...)
	if err != nil {
		return fc, err
	}
	defer rows.Close()
	for rows.Next() {
		var v facetValue
		if err := rows.Scan(&v.Value, &v.N); err != nil {
			return fc, err
		}
		v.Title = facetTitle(name, v.Value)
		v.On = f.get(name) == v.Value
		next := f
		if v.On {
			next.set(name, "")
		} else {
			next.set(name, v.Value)
		}
		v.URL = "/corpus?" + next.values().Encode()
		fc.Values = append(fc.Values, v)
	}
	return fc, rows.Err()
}

func (f *filter) fields() map[string]*string {
	return map[string]*string{"q": &f.Q, "outcome": &f.Outcome, "category": &f.Category, "chapter": &f.Chapter,
		"code": &f.Code, "from": &f.From, "to": &f.To}
}

func (f filter) get(name string) string { return *f.fields()[name] }
func (f *filter) set(name, v string)    { *f.fields()[name] = v }
func (f filter) values() url.Values {
	v := url.Values{}
	for k, p := range f.fields() {
		if *p != "" {
			v.Set(k, *p)
		}
	}
	return v
}

var columnName = regexp.MustCompile(`^[a-z0-9_]+$`)

// chapterColumn finds the diagnoses column of ICD-10 chapters, where the
// corpus has one.
func chapterColumn(db *corpus.DB) (string, error) {
	rows, err := db.SQL().Query("SELECT name FROM pragma_table_info('diagnoses')")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	found := ""
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return "", err
		}
		if strings.Contains(name, "chapter") && columnName.MatchString(name) && found == "" {
			found = name
		}
	}
	return found, rows.Err()
}

func (s *Server) corpusPage(w http.ResponseWriter, r *http.Request) {
	if s.opt.DB == nil {
		s.fail(w, r, http.StatusNotFound, "No corpus", "start the server with --db FILE (a database imr corpus build made) to search letters")
		return
	}
	f := parseFilter(r.URL.Query())
	res, err := s.search(r.Context(), f, 50)
	if err != nil {
		res = &corpusResult{Filter: f, Error: "the search could not be run: " + err.Error()}
	}
	s.page(w, http.StatusOK, "corpus.html", res)
}

func (s *Server) apiLetters(w http.ResponseWriter, r *http.Request) {
	if s.opt.DB == nil {
		s.fail(w, r, http.StatusNotFound, "No corpus", "the server has no corpus: start it with --db FILE")
		return
	}
	res, err := s.search(r.Context(), parseFilter(r.URL.Query()), 200)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "Bad search", err.Error())
		return
	}
	for i := range res.Letters {
		res.Letters[i].Snippet = snippetBrackets.Replace(res.Letters[i].Snippet)
	}
	writeJSON(w, http.StatusOK, map[string]any{"query": res.Query, "total": res.Total, "letters": nonNil(res.Letters)})
}

// snippetBrackets marks matches with [ and ], as imr corpus search does.
var snippetBrackets = strings.NewReplacer("\x02", "[", "\x03", "]")

func nonNil(rows []corpusRow) []corpusRow {
	if rows == nil {
		return []corpusRow{}
	}
	return rows
}

// corpusLetter reads a stored letter: its text read again (so that the
// checks run as they do today), its pages from the stored facts.
func (s *Server) corpusLetter(ctx context.Context, sha string) (*letter, error) {
	var file, data string
	err := s.opt.DB.SQL().QueryRowContext(ctx, "SELECT path, json FROM letters WHERE sha256 = ?", sha).Scan(&file, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &httpError{http.StatusNotFound, "No such letter", "the corpus holds no letter with this SHA-256"}
	}
	if err != nil {
		return nil, err
	}
	var stored extract.Letter
	if err := json.Unmarshal([]byte(data), &stored); err != nil {
		return nil, &httpError{http.StatusInternalServerError, "Damaged letter", "the stored letter cannot be read: " + err.Error()}
	}
	t, err := letterTree(&stored)
	if err != nil {
		return nil, err
	}
	l := extract.Parse(path.Base(file), stored.Text, s.opt.Extract)
	l.Source = stored.Source
	d, err := newLetter(l, factPages(collectFacts(t)), s.checkConfig())
	if err != nil {
		return nil, err
	}
	d.Corpus = true
	d.SHA = sha // a letter of a file of several has the file's SHA-256 and #N
	return d, nil
}
