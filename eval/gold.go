package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Gold is the hand-read facts of one letter, in the annotation format.
type Gold struct {
	CaseNumber          *string       `json:"case_number"`
	DateAssigned        *string       `json:"date_assigned"`
	DateOfInjury        *string       `json:"date_of_injury"`
	DecisionDate        *string       `json:"decision_date"`
	URDenialDate        *string       `json:"ur_denial_date"`
	ApplicationReceived *string       `json:"application_received"`
	Priority            *string       `json:"priority"`
	ReviewerLicensure   []string      `json:"reviewer_licensure"`
	ReviewerSpecialty   []string      `json:"reviewer_specialty"`
	Age                 *int          `json:"age"`
	Sex                 *string       `json:"sex"`
	SummaryInjuryDates  []string      `json:"summary_injury_dates"`
	Diagnoses           []string      `json:"diagnoses"`
	Items               []GoldItem    `json:"items"`
	LetterInconsistent  []GoldProblem `json:"letter_inconsistencies"`
	Notes               string        `json:"notes"`
}

// GoldItem is one disputed item as read by hand.
type GoldItem struct {
	Header              string        `json:"header"`
	Outcome             string        `json:"outcome"`
	Service             string        `json:"service"`
	Quantity            *float64      `json:"quantity"`
	QuantityText        *string       `json:"quantity_text"`
	Unit                *string       `json:"unit"`
	Partial             *GoldPartial  `json:"partial"`
	CAGuideline         *string       `json:"ca_guideline"`
	MaximusGuideline    *string       `json:"maximus_guideline"`
	RationaleConclusion *string       `json:"rationale_conclusion"`
	RationaleQuantity   *float64      `json:"rationale_quantity"`
	Inconsistencies     []GoldProblem `json:"inconsistencies"`
}

// GoldPartial is a partial certification as read by hand.
type GoldPartial struct {
	Original   string `json:"original"`
	Authorized string `json:"authorized"`
	Remaining  string `json:"remaining"`
}

// GoldProblem is an inconsistency a reader found in a letter.
type GoldProblem struct {
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`
	Evidence []string `json:"evidence"`
	AddedBy  string   `json:"added_by,omitempty"`
}

// ErrNoGold is the error of a gold folder that holds no gold file: a
// score against nothing would read as perfect.
var ErrNoGold = errors.New("no gold files (*.json)")

// ReadGold reads every *.json file of a folder, keyed by file name
// without extension (the case number). A folder that cannot be read, or
// holds no *.json file, is an error: ErrNoGold for the latter.
func ReadGold(fsys fs.FS) (map[string]*Gold, error) {
	if _, err := fs.ReadDir(fsys, "."); err != nil {
		return nil, err
	}
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, ErrNoGold
	}
	out := map[string]*Gold{}
	for _, name := range names {
		g, err := readGold(fsys, name)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(path.Base(name), ".json")] = g
	}
	return out, nil
}

func readGold(fsys fs.FS, name string) (*Gold, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, jsonError(name, data, err)
	}
	return &g, nil
}

// jsonError names the file, line and column of a JSON error:
// "gold/x.json:12:5: ...".
func jsonError(name string, data []byte, err error) error {
	off := int64(-1)
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	default:
		if _, field, ok := strings.Cut(err.Error(), "unknown field "); ok {
			off = int64(bytes.Index(data, []byte(field)))
		}
	}
	if off < 0 {
		return fmt.Errorf("%s: %w", name, err)
	}
	before := data[:min(int(off), len(data))]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := int(off) - bytes.LastIndexByte(before, '\n')
	return fmt.Errorf("%s:%d:%d: %w", name, line, col, err)
}
