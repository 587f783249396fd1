package check

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// An item's outcome against its rationale: Upheld (the denial stands)
// goes with a conclusion that the request is not medically necessary,
// Overturned with one that it is. A rationale that finds the criteria
// met, or the request supported, and then concludes it is not necessary
// (or the reverse) contradicts itself.

var (
	// criteriaMet finds the request meeting its criteria.
	criteriaMet = patternOf(`(?i)\b(?:information|documentation|records?|request|patient|claimant|injured worker)\b[^.;]{0,60}?\bmeets?\b[^.;]{0,60}?\bcriteria\b|\bcriteria (?:have|has) been (?:met|satisfied)\b|\bthere is (?:a |sufficient )?rationale provided to support the request\b`)
	// criteriaUnmet finds the request failing its criteria.
	criteriaUnmet = patternOf(`(?i)\b(?:information|documentation|records?|request|patient|claimant|injured worker)\b[^.;]{0,60}?\bdoes not meet\b[^.;]{0,60}?\bcriteria\b|\bcriteria (?:have|has) not been (?:met|satisfied)\b`)
	// hedge marks a statement that does not state what the records show:
	// negated, conditional or general.
	hedge = patternOf(`(?i)\b(?:not|no|n't|lack|without|insufficient|fail(?:s|ed)?|if|when|unless|should|must|would|may|could|until)\b`)
)

// checkOutcome compares each item's outcome with its rationale.
func checkOutcome(d *letter) []Finding { return d.eachItem(d.outcomeConflict, d.selfContradiction) }

// necessary reads a conclusion: true for medically necessary, false for
// not, and ok false for a conclusion that says neither.
func necessary(c *extract.Fact[string]) (yes, ok bool) {
	if c == nil {
		return false, false
	}
	switch v := strings.ToLower(c.Value); {
	case v == extract.Necessary:
		return true, true
	case v == extract.NotNecessary, strings.HasPrefix(v, "not "), strings.Contains(v, " not "):
		return false, true
	case strings.Contains(v, "necessary"), strings.Contains(v, "supported"), strings.Contains(v, "warranted"),
		strings.Contains(v, "appropriate"), strings.Contains(v, "indicated"):
		return true, true
	}
	return false, false
}

// outcomeConflict compares the outcome word with the conclusion.
func (d *letter) outcomeConflict(i int) (Finding, bool) {
	it := &d.Items[i]
	yes, ok := necessary(it.Rationale.Conclusion)
	if it.Outcome == nil || !ok {
		return Finding{}, false
	}
	upheld := it.Outcome.Value == extract.Upheld
	if upheld != yes {
		return Finding{}, false
	}
	c := it.Rationale.Conclusion
	return Finding{
		Code:     CodeOutcome,
		Severity: Error,
		Message:  fmt.Sprintf("the outcome is %s but the rationale concludes %q", it.Outcome.Text, c.Text),
		Item:     i,
		Evidence: []Evidence{d.ev(it.Outcome.Span, "outcome"), d.ev(d.sentenceAt(c.Start), "rationale")},
	}, true
}

// selfContradiction finds a rationale that finds the criteria met and
// concludes the request is not necessary, or the reverse.
func (d *letter) selfContradiction(i int) (Finding, bool) {
	it := &d.Items[i]
	yes, ok := necessary(it.Rationale.Conclusion)
	if !ok {
		return Finding{}, false
	}
	re := criteriaMet
	if yes {
		re = criteriaUnmet
	}
	c := it.Rationale.Conclusion
	for _, sent := range d.sentencesIn(it.Rationale.Span) {
		// Both readings need "criteria" or "rationale".
		if !d.has(sent, "criteria", "rationale") {
			continue
		}
		m := re.FindStringIndex(d.at(sent))
		if m == nil || in(c.Span, sent) || (!yes && hedge.MatchString(d.text[sent.Start:sent.Start+m[1]])) {
			continue
		}
		s := extract.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}
		return Finding{
			Code:     CodeOutcome,
			Severity: Warning,
			Message:  fmt.Sprintf("the rationale finds %q yet concludes %q (%s)", d.at(s), c.Text, it.Outcome.Text),
			Item:     i,
			Evidence: []Evidence{d.ev(s, "rationale"), d.ev(d.sentenceAt(c.Start), "rationale"), d.ev(it.Outcome.Span, "outcome")},
		}, true
	}
	return Finding{}, false
}
