package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Letter-level and item-level fields, in report order.
var (
	LetterFields = []string{"case_number", "date_assigned", "date_of_injury", "decision_date", "ur_denial_date",
		"application_received", "priority", "reviewer_licensure", "reviewer_specialty", "age", "sex",
		"summary_injury_dates", "diagnoses", "item_count"}
	ItemFields = []string{"header", "outcome", "service", "quantity", "quantity_text", "unit", "partial",
		"ca_guideline", "maximus_guideline", "rationale_conclusion", "rationale_quantity"}
)

// Tally counts the right answers of one field. Fields scored as sets
// (diagnoses) count true positives, false positives and false negatives.
type Tally struct {
	Right, Total int
	TP, FP, FN   int
	set          bool
}

// Value is the field's accuracy, or its F1 for a set field.
func (t *Tally) Value() float64 {
	if t.set {
		if t.TP == 0 {
			if t.FP+t.FN == 0 {
				return 1
			}
			return 0
		}
		p := float64(t.TP) / float64(t.TP+t.FP)
		r := float64(t.TP) / float64(t.TP+t.FN)
		return 2 * p * r / (p + r)
	}
	if t.Total == 0 {
		return 1
	}
	return float64(t.Right) / float64(t.Total)
}

// Miss is one wrong answer, for the report.
type Miss struct {
	Letter, Field string
	Item          int // -1 for letter fields
	Want, Got     string
}

// Score accumulates the tallies of many letters.
type Score struct {
	Fields  map[string]*Tally
	Misses  []Miss
	Letters int
}

// NewScore returns an empty score.
func NewScore() *Score {
	s := &Score{Fields: map[string]*Tally{}}
	for _, f := range append(append([]string{}, LetterFields...), ItemFields...) {
		s.Fields[f] = &Tally{set: f == "diagnoses"}
	}
	return s
}

// add records one comparison.
func (s *Score) add(letter, field string, item int, ok bool, want, got any) {
	t := s.Fields[field]
	t.Total++
	if ok {
		t.Right++
		return
	}
	s.Misses = append(s.Misses, Miss{Letter: letter, Field: field, Item: item, Want: show(want), Got: show(got)})
}

// Overall is the mean of the field scores: every field weighs the same.
func (s *Score) Overall() float64 {
	sum := 0.0
	for _, t := range s.Fields {
		sum += t.Value()
	}
	return sum / float64(len(s.Fields))
}

// Report writes a table of the field scores, the overall figure and,
// when misses is true, every wrong answer.
func (s *Score) Report(w io.Writer, misses bool) {
	fmt.Fprintf(w, "%d letters\n", s.Letters)
	fmt.Fprintf(w, "%-22s %7s %9s\n", "field", "score", "n")
	for _, f := range append(append([]string{}, LetterFields...), ItemFields...) {
		t := s.Fields[f]
		n := fmt.Sprintf("%d/%d", t.Right, t.Total)
		if t.set {
			n = fmt.Sprintf("tp%d fp%d fn%d", t.TP, t.FP, t.FN)
		}
		fmt.Fprintf(w, "%-22s %7.4f %9s\n", f, t.Value(), n)
	}
	fmt.Fprintf(w, "%-22s %7.4f\n", "overall", s.Overall())
	if !misses {
		return
	}
	sort.SliceStable(s.Misses, func(i, j int) bool { return s.Misses[i].Field < s.Misses[j].Field })
	for _, m := range s.Misses {
		fmt.Fprintf(w, "miss %s %s[%d]: want %s, got %s\n", m.Field, m.Letter, m.Item, m.Want, m.Got)
	}
}

func show(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case *string:
		if x == nil {
			return "null"
		}
		return fmt.Sprintf("%q", *x)
	case *float64:
		if x == nil {
			return "null"
		}
		return fmt.Sprint(*x)
	case *int:
		if x == nil {
			return "null"
		}
		return fmt.Sprint(*x)
	case string:
		return fmt.Sprintf("%q", x)
	case []string:
		return fmt.Sprintf("%q", x)
	}
	return strings.TrimSpace(fmt.Sprint(v))
}
