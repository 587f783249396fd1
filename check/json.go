package check

import (
	"encoding/json"
	"fmt"
	"io"
)

// Record is one finding as the JSON form writes it: the finding with the
// file, the file's SHA-256 and the case number it belongs to. A baseline
// file is a JSON array of records.
type Record struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Case   string `json:"case,omitempty"`
	Finding
}

// Records flattens reports into records, in order.
func Records(rs []Report) []Record {
	out := []Record{}
	for _, r := range rs {
		for _, f := range r.Findings {
			out = append(out, Record{File: r.File, SHA256: r.SHA256, Case: r.Case, Finding: f})
		}
	}
	return out
}

// WriteJSON writes the findings as one JSON array of records, indented;
// no findings make "[]".
func WriteJSON(w io.Writer, rs []Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(Records(rs))
}

// ReadJSON reads the records WriteJSON writes. Unknown fields are errors,
// so that a file of another kind is not taken for one.
func ReadJSON(r io.Reader) ([]Record, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var out []Record
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("reading findings: %w", err)
	}
	return out, nil
}
