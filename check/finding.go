package check

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Severity grades a finding.
type Severity int

// Severities, lowest first.
const (
	Info Severity = iota
	Warning
	Error
)

var severityNames = []string{"info", "warning", "error"}

func (s Severity) String() string {
	if s < Info || s > Error {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if strings.EqualFold(name, n) {
			return Severity(i), nil
		}
	}
	return Info, fmt.Errorf("unknown severity %q (want info, warning or error)", name)
}

// Evidence is one side of a finding: a span of the letter's normalized
// text with its printable place.
type Evidence struct {
	extract.Span
	Page      int    `json:"page"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	PageLine  int    `json:"page_line,omitempty"` // PDF input: the line on its page, as a reader counts
	EndLine   int    `json:"end_line"`            // where the span ends: the line and column
	EndColumn int    `json:"end_column"`          // just after its last character
	Text      string `json:"text"`                // the text of the span
	Role      string `json:"role"`                // what the span is: "header", "rationale", "summary", ...
}

// Finding is one inconsistency in a letter.
type Finding struct {
	Code     string     `json:"code"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Item     int        `json:"item"` // index into Letter.Items, -1 for the letter as a whole
	Evidence []Evidence `json:"evidence"`
}
