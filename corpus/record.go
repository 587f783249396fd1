package corpus

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// fileRow is one row of the files table.
type fileRow struct {
	path, sha256    string
	size            int64
	status, err     string
	layout          string
	read            string // readFull or readPartial; empty when failed
	readMS, checkMS float64
	duplicateOf     string // status duplicate: the sha256 of the letter kept
}

func (f *fileRow) values(storedAt string) []any {
	return []any{f.path, f.sha256, f.size, f.status, null(f.err), null(f.layout), f.readMS, f.checkMS, storedAt, null(f.duplicateOf), null(f.read)}
}

// letterRows are the rows of one letter in every table but files, in
// the database's column order; the rows of the tables about the letter
// lack their first column, the letter's id, known once it is stored.
type letterRows struct {
	sha256 string
	key    string             // letterKey
	rows   map[string][][]any // table name to rows
}

// partPrefix starts the error of the index-th letter of a file: "#N: "
// in a file of several, nothing in a file of one.
func partPrefix(index, count int) string {
	if count <= 1 {
		return ""
	}
	return "#" + strconv.Itoa(index) + ": "
}

// place is where a letter stands in its file: the sha256 it is known by
// (letterID) and, in a file of several, its part and the file's pages
// it stands on (zero for a letter that is its whole file).
type place struct {
	sha256                           string
	part, parts, firstPage, lastPage int
}

// placeOf is the place of a part of a file, whose SHA-256 its letter's
// Source holds: the corpus knows a letter of a file of several by the
// file's SHA-256, "#" and its index ("ab12...#2"), so the key says where
// it came from.
func placeOf(p extract.Part) place {
	pl := place{sha256: extract.PartName(p.Letter.Source.SHA256, p.Index, p.Count)}
	if p.Count > 1 {
		pl.part, pl.parts, pl.firstPage, pl.lastPage = p.Index, p.Count, p.FirstPage, p.LastPage
	}
	return pl
}

// values are the letters columns of a place after letter_key: NULL for
// a letter that is its whole file.
func (p place) values() []any {
	if p.part == 0 {
		return []any{nil, nil, nil, nil}
	}
	return []any{p.part, p.parts, p.firstPage, p.lastPage}
}

// newLetterRows turns a letter and its findings into rows, the letter
// known by its place in its file.
func newLetterRows(l *extract.Letter, at place, findings []check.Finding) (*letterRows, error) {
	data, err := json.Marshal(l)
	if err != nil {
		return nil, fmt.Errorf("%s: encode letter: %w", l.Source.Path, err)
	}
	r := &letterRows{sha256: at.sha256, key: letterKey(l), rows: map[string][][]any{}}
	sections, err := json.Marshal(l.Sections)
	if err != nil || l.Sections == nil {
		sections = []byte("{}")
	}
	r.add("letters", append(append(letterValues(l, at.sha256, len(findings), string(sections), string(data)), r.key), at.values()...))
	r.addReviewers(l)
	r.addDiagnoses(l)
	r.addItems(l)
	r.addFindings(findings)
	r.addPassages(l)
	return r, nil
}

// letterKey tells the same letter whatever file it was read from: its
// case number and decision date, else the SHA-256 of its normalized text.
func letterKey(l *extract.Letter) string {
	if l.CaseNumber != nil && l.Dates.Decision != nil {
		return "case:" + l.CaseNumber.Value + "/" + l.Dates.Decision.Value
	}
	return "text:" + digest([]byte(l.NormalizedText()))
}

// add appends rows to a table.
func (r *letterRows) add(table string, values ...[]any) {
	r.rows[table] = append(r.rows[table], values...)
}

func letterValues(l *extract.Letter, sha string, findings int, sections, data string) []any {
	d := l.Dates
	var age any
	if l.Claimant.Age != nil {
		age = l.Claimant.Age.Value
	}
	up, over := outcomes(l.Items)
	return []any{
		sha, l.Source.Path, l.Source.Layout, l.Source.Pages, fact(l.CaseNumber), fact(l.Priority),
		fact(d.Assigned), fact(d.Injury), fact(d.Decision), fact(d.URDenial), fact(d.ApplicationReceived),
		year(d.Decision, d.Assigned), joined(l.Reviewer.Licensure), joined(l.Reviewer.Specialty), age,
		fact(l.Claimant.Sex), len(l.Items), up, over, findings, sections, data,
	}
}

// outcomes counts the upheld and overturned items.
func outcomes(items []extract.Item) (up, over int) {
	for _, it := range items {
		switch val(it.Outcome) {
		case extract.Upheld:
			up++
		case extract.Overturned:
			over++
		}
	}
	return up, over
}

// year is the year of the first date given, or nil.
func year(dates ...*extract.Fact[string]) any {
	for _, d := range dates {
		if d == nil || len(d.Value) < 4 {
			continue
		}
		if y, err := strconv.Atoi(d.Value[:4]); err == nil {
			return y
		}
	}
	return nil
}

func (r *letterRows) addReviewers(l *extract.Letter) {
	for i, f := range l.Reviewer.Licensure {
		r.add("reviewers", []any{"licensure", i, f.Value})
	}
	for i, f := range l.Reviewer.Specialty {
		r.add("reviewers", []any{"specialty", i, f.Value})
	}
}

func (r *letterRows) addDiagnoses(l *extract.Letter) {
	for i, d := range l.Diagnoses {
		r.add("diagnoses", append([]any{i, d.Value, null(d.Concept), null(d.Category), d.Start, d.End, d.Page},
			icd10Values(d.ICD10CM)...))
	}
}

// icd10Values are the icd10 columns of a diagnosis: NULL where it has no
// code.
func icd10Values(c *extract.ICD10CM) []any {
	if c == nil {
		return []any{nil, nil, nil, nil, nil}
	}
	return []any{c.Code, c.Category, c.Chapter, c.Match, c.Hedged}
}

func (r *letterRows) addItems(l *extract.Letter) {
	for i := range l.Items {
		it := &l.Items[i]
		r.add("items", itemValues(i, it))
		for j, c := range it.Guidelines.Citations {
			r.add("citations", []any{i, j, c.By, c.Source, null(string(c.Chapter)), null(string(c.Region)),
				null(string(c.Year)), null(strings.Join(c.Sections, "; ")), null(strings.Join(c.Pages, "; ")), c.Value})
		}
	}
}

func itemValues(i int, it *extract.Item) []any {
	var service, concept, category, qty, unit, rq any
	if s := it.Service; s != nil {
		service, concept, category = s.Value, null(string(s.Concept)), null(string(s.Category))
	}
	if q := it.Quantity; q != nil {
		qty, unit = q.Value, null(string(q.Unit))
	}
	var partial int
	var orig, auth, rem any
	if p := it.Partial; p != nil {
		partial, orig, auth, rem = 1, fact(p.Original), fact(p.Authorized), fact(p.Remaining)
	}
	ra := it.Rationale
	if len(ra.Quantities) > 0 {
		rq = ra.Quantities[0].Value
	}
	return []any{
		i, fact(it.Header), fact(it.Outcome), service, concept, category, qty, unit, partial, orig, auth, rem,
		fact(it.Guidelines.ClaimsAdministrator), fact(it.Guidelines.Maximus), fact(ra.Conclusion), rq,
		ra.Start, ra.End, ra.Page, it.Block.Start, it.Block.End,
	}
}

func (r *letterRows) addFindings(findings []check.Finding) {
	for i, f := range findings {
		ev, err := json.Marshal(f.Evidence)
		if err != nil || f.Evidence == nil {
			ev = []byte("[]")
		}
		r.add("findings", []any{i, f.Code, f.Severity.String(), f.Item, f.Message, string(ev)})
	}
}

// addPassages adds the texts searched in full: the case summary and
// each item's rationale.
func (r *letterRows) addPassages(l *extract.Letter) {
	if s, ok := l.Sections[extract.SectionSummary]; ok && s.Len() > 0 {
		r.add("passages", []any{-1, "summary", l.Slice(s)})
	}
	for i := range l.Items {
		if s := l.Items[i].Rationale.Span; s.Len() > 0 {
			r.add("passages", []any{i, "rationale", l.Slice(s)})
		}
	}
}

// fact is a fact's value, or nil.
func fact(f *extract.Fact[string]) any {
	if f == nil {
		return nil
	}
	return null(f.Value)
}

func val(f *extract.Fact[string]) string {
	if f == nil {
		return ""
	}
	return f.Value
}

// null is s, or nil when s is empty.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func joined(fs []extract.Fact[string]) any {
	var vs []string
	for _, f := range fs {
		vs = append(vs, f.Value)
	}
	return null(strings.Join(vs, "; "))
}
