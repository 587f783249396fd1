package check

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Dates out of order: the header's dates (injury, UR denial, application,
// assignment, decision) out of sequence; a note, request or review of the
// claim dated before the injury; a request for authorization dated after
// the review that decided it; a duration ("pain for 10 months", "the
// injury is a month ago") that puts the injury or its treatment before
// the date of injury.

// checkDateOrder finds dates out of order.
func checkDateOrder(d *letter) []Finding {
	var out []Finding
	out = append(out, d.headerOrder()...)
	out = append(out, d.beforeInjury()...)
	out = append(out, d.requestAfterReview()...)
	return append(out, d.durations()...)
}

// headerOrder checks the header's dates follow the life of a dispute.
func (d *letter) headerOrder() []Finding {
	seq := []struct {
		name string
		f    *extract.Fact[string]
	}{
		{"date of injury", d.Dates.Injury},
		{"UR denial date", d.Dates.URDenial},
		{"application received", d.Dates.ApplicationReceived},
		{"date assigned", d.Dates.Assigned},
		{"decision date", d.Dates.Decision},
	}
	var out []Finding
	for i := 0; i+1 < len(seq); i++ {
		a, okA := factDate(seq[i].f)
		b, okB := factDate(seq[i+1].f)
		if !okA || !okB || !b.before(a) {
			continue
		}
		out = append(out, Finding{
			Code:     CodeDateOrder,
			Severity: Error, // two dates of the header
			Message:  fmt.Sprintf("header %s %s is before the %s %s", seq[i+1].name, b, seq[i].name, a),
			Item:     -1,
			Evidence: []Evidence{d.ev(d.labelLine(seq[i].f.Span), "header"), d.ev(d.labelLine(seq[i+1].f.Span), "header")},
		})
	}
	return out
}

var (
	// claimEventRe names an event of the claim that cannot come before
	// the injury: a progress note, a follow-up, a request, a review.
	claimEventRe = patternOf(`(?i)\b(?:progress (?:note|report)s?|follow[- ]?up|request for authori[sz]ation|RFA|requests? (?:was|were) (?:received|made|submitted)|utilization review|complaints? reported)\b`)
	// priorRe marks a sentence about the time before the injury.
	priorRe = patternOf(`(?i)\b(?:prior to (?:the|his|her) (?:injury|claim)|before (?:the|his|her) injury|pre-?injury|history of|birth ?date|date of birth|DOB)\b`)
	// injuryBefore is a date given as another injury's.
	injuryBefore = patternOf(`(?i)\binjur(?:y|ies|ed)\b[^.;]{0,25}$`)
)

// beforeInjury finds notes, requests and reviews of the claim that the
// summary dates before the date of injury: one finding for all of them.
func (d *letter) beforeInjury() []Finding {
	head, ok := factDate(d.Dates.Injury)
	if !ok {
		return nil
	}
	var evs []Evidence
	var what []string
	for _, sent := range d.sentencesIn(d.summary()) {
		// The cheap test first: most sentences date nothing before the
		// injury.
		if !d.datesBefore(sent, head) {
			continue
		}
		t := d.at(sent)
		if !claimEventRe.MatchString(t) || priorRe.MatchString(t) {
			continue
		}
		for _, s := range d.dates(sent) {
			if s.before(head) && !injuryBefore.MatchString(d.text[sent.Start:s.Start]) {
				evs = append(evs, d.ev(d.clause(s.Span), "summary"))
				what = append(what, d.at(s.Span))
			}
		}
	}
	if len(evs) == 0 {
		return nil
	}
	return []Finding{{
		Code:     CodeDateOrder,
		Severity: Warning,
		Message:  fmt.Sprintf("the summary dates notes or requests of the claim %s, before the date of injury %s", strings.Join(what, ", "), head),
		Item:     -1,
		Evidence: append([]Evidence{d.ev(d.labelLine(d.Dates.Injury.Span), "header")}, evs...),
	}}
}

// datesBefore reports whether a span holds a date before head.
func (d *letter) datesBefore(in extract.Span, head date) bool {
	for _, s := range d.dates(in) {
		if s.before(head) {
			return true
		}
	}
	return false
}

// rfaRe names the request for authorization.
var rfaRe = patternOf(`(?i)\brequest for authori[sz]ation\b|\bRFA\b`)

// requestAfterReview finds a request for authorization of an item dated
// after the review that decided it.
func (d *letter) requestAfterReview() []Finding {
	reviews := d.reviewDates()
	if v, ok := factDate(d.Dates.URDenial); ok {
		reviews = append(reviews, dated{d.labelLine(d.Dates.URDenial.Span), v})
	}
	for _, sent := range d.sentencesIn(d.summary()) {
		if !d.hasDate(sent) || !d.has(sent, "request for author", "rfa") || !rfaRe.MatchIn(d.at(sent), d.low(sent)) || d.namesOtherService(sent) {
			continue
		}
		for _, s := range d.dates(sent) {
			if r, ok := earliestBefore(reviews, s.date); ok {
				return []Finding{d.afterReview(s, r)}
			}
		}
	}
	return nil
}

// earliestBefore returns the earliest review dated before v.
func earliestBefore(reviews []dated, v date) (dated, bool) {
	var best dated
	found := false
	for _, r := range reviews {
		if r.before(v) && (!found || r.before(best.date)) {
			best, found = r, true
		}
	}
	return best, found
}

func (d *letter) afterReview(rfa, review dated) Finding {
	return Finding{
		Code:     CodeDateOrder,
		Severity: Warning,
		Message:  fmt.Sprintf("the request for authorization is dated %s, after the review of %s that decided it", d.at(rfa.Span), review.date),
		Item:     -1,
		Evidence: []Evidence{d.ev(d.clause(rfa.Span), "summary"), d.ev(d.clause(review.Span), d.role(review.Start))},
	}
}

// namesOtherService reports whether a sentence names a service or drug,
// none of them an item's.
func (d *letter) namesOtherService(sent extract.Span) bool {
	ms := d.services(sent)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if d.itemServices()[d.lex.Canonical(m.concept)] > 0 {
			return false
		}
	}
	return true
}
