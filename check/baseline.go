package check

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
)

// A baseline is the findings accepted earlier: the JSON form of an
// earlier run (WriteJSON, imr check --format json), kept as it is or
// pruned by hand. A finding is suppressed when the baseline holds a
// record of the same letter (the same case number; where the letter
// states none, the same file digest or path) with the same code, item
// and evidence texts (white space collapsed). Lines, columns, offsets,
// messages and severities are not compared, so edits elsewhere in the
// letter and re-graded checks keep a match. Each record suppresses one
// finding: a repeat found twice needs two records.
type Baseline struct {
	records map[string][]Record // by code, item and evidence texts
	used    map[*Record]bool
}

// NewBaseline makes a baseline of records.
func NewBaseline(records []Record) *Baseline {
	b := &Baseline{records: map[string][]Record{}, used: map[*Record]bool{}}
	for _, r := range records {
		k := baselineKey(r.Finding)
		b.records[k] = append(b.records[k], r)
	}
	return b
}

// LoadBaseline reads a baseline file. An error in it is reported as
// "path:line:col: message".
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	records, err := ReadJSON(bytes.NewReader(data))
	if err != nil {
		return nil, jsonError(path, data, err)
	}
	return NewBaseline(records), nil
}

// jsonError places a JSON decoding error in its file: at the offset the
// decoder gives, or at the first mention of an unknown field.
func jsonError(path string, data []byte, err error) error {
	for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(u) {
		err = u
	}
	off := -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		off = len(data)
	case errors.As(err, &syn):
		off = int(syn.Offset)
	case errors.As(err, &typ):
		off = int(typ.Offset)
	default:
		if m := unknownField.FindStringSubmatch(err.Error()); m != nil {
			off = bytes.Index(data, []byte(strconv.Quote(m[1])))
		}
	}
	line, col := 1, 1
	if off >= 0 {
		line, col = lineCol(data, off)
	}
	return ErrorList{{Path: path, Line: line, Column: col, Msg: "baseline: " + strings.TrimPrefix(err.Error(), "json: ")}}
}

var unknownField = patternOf(`unknown field "([^"]*)"`)

// lineCol returns the line and column (1-based, in bytes) of an offset.
func lineCol(data []byte, off int) (int, int) {
	off = min(max(off, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return line, off - bytes.LastIndexByte(data[:off], '\n')
}

// baselineKey identifies a finding within its letter.
func baselineKey(f Finding) string {
	parts := []string{f.Code, strconv.Itoa(f.Item)}
	for _, e := range f.Evidence {
		parts = append(parts, collapse(e.Text))
	}
	return strings.Join(parts, "\x00")
}

// Accepted reports whether the baseline accepts a finding of a letter,
// and uses up the record that does.
func (b *Baseline) Accepted(r Report, f Finding) bool {
	rs := b.records[baselineKey(f)]
	for i := range rs {
		rec := &rs[i]
		if b.used[rec] || !sameLetter(*rec, r) {
			continue
		}
		b.used[rec] = true
		return true
	}
	return false
}

// sameLetter reports whether a record is of a report's letter: by case
// number where both state one, else by file digest or path.
func sameLetter(rec Record, r Report) bool {
	if rec.Case != "" && r.Case != "" {
		return rec.Case == r.Case
	}
	return rec.SHA256 != "" && rec.SHA256 == r.SHA256 || rec.File != "" && rec.File == r.File
}

// Filter drops the findings the baseline accepts, and the reports left
// with none.
func (b *Baseline) Filter(rs []Report) []Report {
	var out []Report
	for _, r := range rs {
		var keep []Finding
		for _, f := range r.Findings {
			if !b.Accepted(r, f) {
				keep = append(keep, f)
			}
		}
		if len(keep) > 0 {
			r.Findings = keep
			out = append(out, r)
		}
	}
	return out
}
