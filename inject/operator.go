package inject

import (
	"fmt"
	"slices"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// Codes of the faults: each is the code of the finding package check
// should report for the fault.
const (
	CodeQuantity   = check.CodeQuantity
	CodeStrength   = check.CodeStrength
	CodeOutcome    = check.CodeOutcome
	CodeService    = check.CodeService
	CodeBodyPart   = check.CodeBodyPart
	CodeLaterality = check.CodeLaterality
	CodeGuideline  = check.CodeGuideline
	CodeDate       = check.CodeDate
	CodeDateOrder  = check.CodeDateOrder
	CodeSex        = check.CodeSex
	CodeAge        = check.CodeAge
	CodeDuplicate  = check.CodeDuplicate
)

// Operator makes one kind of fault.
type Operator struct {
	Name    string // "side-item"
	Code    string // the code a check should report: "laterality-mismatch"
	Summary string // what it changes, where, and what it needs the letter to state
	PerItem bool   // it runs on each item; else once on the letter (item -1)

	plan func(d *letter, item int) (plan, bool)
}

// plan is what an operator would change in one letter.
type plan struct {
	edits  []edit
	change string       // what changed, in words
	pair   extract.Span // the other side, which the letter states and keeps
	took   func(copied *extract.Letter) bool
}

// operators are every operator, grouped by code.
var operators = []Operator{
	{"side-item", CodeLaterality, "the side of the item line's body part swapped, where the rationale gives that part the same side and the letter never the other", true, sideItem},
	{"side-rationale", CodeLaterality, "the side of the body part in the request the rationale's conclusion judges swapped, where the item line gives it the same side and the letter never the other", true, sideRationale},
	{"service-item-same", CodeService, "the item line's service replaced by another of its category (never a form or alternative of it), where the request the rationale's conclusion judges names the item's service", true, serviceItem(true)},
	{"service-item-other", CodeService, "the item line's service replaced by one of another category, where the request the rationale's conclusion judges names the item's service", true, serviceItem(false)},
	{"service-rationale-same", CodeService, "the service in the request the rationale's conclusion judges replaced by another of its category (never a form or alternative of it), where the item line names it", true, serviceRationale(true)},
	{"service-rationale-other", CodeService, "the service in the request the rationale's conclusion judges replaced by one of another category, where the item line names it", true, serviceRationale(false)},
	{"body-part-item", CodeBodyPart, "the item line's body part replaced by one of a region the letter never names, where the request the rationale's conclusion judges names the item's region", true, bodyPartItem},
	{"body-part-rationale", CodeBodyPart, "the body part in the request the rationale's conclusion judges replaced by one of a region the letter never names, where the item line names that region", true, bodyPartRationale},
	{"count-item", CodeQuantity, "the item line's count changed, where the rationale judges the same count", true, countItem},
	{"count-rationale", CodeQuantity, "the count the rationale judges changed, where the item line gives the same count", true, countRationale},
	{"strength-item", CodeStrength, "the drug strength in the item line changed, where the rationale's request gives the same strength", true, strengthItem},
	{"strength-rationale", CodeStrength, "the drug strength in the rationale's request changed, where the item line gives the same strength", true, strengthRationale},
	{"date-injury", CodeDate, "the header's date of injury moved earlier, where the summary states the same date", false, dateInjury},
	{"date-ur-denial", CodeDate, "the header's UR denial date moved later, up to the application's receipt, where the summary dates the review the same day", false, dateURDenial},
	{"date-order", CodeDateOrder, "the header's decision date moved before the date assigned", false, dateOrder},
	{"sex-word", CodeSex, "the summary's sex word (male, woman...) flipped, where pronouns for the claimant agree with it", false, sexWord},
	{"pronouns", CodeSex, "every pronoun of the claimant's sex flipped (he to she...), where the summary states the sex as a word", false, pronouns},
	{"age", CodeAge, "one of two or more equal age statements changed", false, age},
	{"duplicate-exact", CodeDuplicate, "a summary sentence of ten words or more written twice in a row", false, duplicate(false)},
	{"duplicate-edited", CodeDuplicate, "a summary sentence of ten words or more written again in a row with small edits (a word dropped, a comma turned to a semicolon)", false, duplicate(true)},
	{"chapter", CodeGuideline, "the MAXIMUS guideline's chapters for the item's body region each replaced by a chapter of the same source for a region the letter never names", true, chapter},
	{"outcome-word", CodeOutcome, "the outcome word (Upheld, Overturned) flipped, where the rationale's conclusion agrees with it", true, outcomeWord},
	{"conclusion-word", CodeOutcome, "the rationale's conclusion flipped (not medically necessary to medically necessary and back), where the outcome agrees with it", true, conclusionWord},
}

// Operators returns every operator, grouped by code.
func Operators() []Operator { return slices.Clone(operators) }

// Select returns the operators named by a list of codes and operator
// names (as --kinds takes them, comma-separated), in the order of
// Operators. An empty list selects every one; an unknown name is an
// error that lists the names known.
func Select(kinds string) ([]Operator, error) {
	want := map[string]bool{}
	for _, k := range strings.Split(kinds, ",") {
		if k = strings.TrimSpace(k); k != "" {
			want[k] = true
		}
	}
	if len(want) == 0 {
		return Operators(), nil
	}
	var out []Operator
	for _, op := range operators {
		if want[op.Name] || want[op.Code] {
			out = append(out, op)
		}
	}
	for k := range want {
		if !knownKind(k) {
			return nil, fmt.Errorf("unknown kind %q (want a code or an operator: %s)", k, strings.Join(kindNames(), ", "))
		}
	}
	return out, nil
}

func knownKind(k string) bool { return slices.Contains(kindNames(), k) }

// kindNames lists the codes and operator names.
func kindNames() []string {
	var out []string
	for _, op := range operators {
		if !slices.Contains(out, op.Code) {
			out = append(out, op.Code)
		}
	}
	for _, op := range operators {
		if !slices.Contains(out, op.Name) {
			out = append(out, op.Name)
		}
	}
	return out
}
