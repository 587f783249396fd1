package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// A drug's strength in the item line against the strength the same
// request has elsewhere: the original request of a partial certification,
// and the rationale's statements about the request (its conclusion and
// its "request for" phrases). The lexicon decides which mentions name the
// item's drug: "acetaminophen 325 mg" is not "Norco 7.5/325mg".

var (
	// strengthRe reads a strength; a combination's parts may be parted by
	// "/", "-" or only a space ("Norco 7.5 325 mg").
	strengthRe     = patternOf(`(?i)\b\d+(?:\.\d+)?(?:(?:\s*[/-]\s*|\s+)\d+(?:\.\d+)?)*\s*(?:mg|mcg|%|ml)\b`)
	strengthNumber = patternOf(`\d+(?:\.\d+)?`)
	strengthUnit   = patternOf(`(?i)(?:mg|mcg|%|ml)$`)
	requestRe      = patternOf(`(?i)\brequest(?:ed)?\s+(?:for|of)\b|\bis\s+(?:not\s+)?medically\s+necessary\b`)
)

// checkStrength compares each item's drug strength with the other
// mentions of the same request.
func checkStrength(d *letter) []Finding { return d.eachItem(d.strengthMismatch) }

// strengthMismatch finds another strength for an item's request.
func (d *letter) strengthMismatch(i int) (Finding, bool) {
	it := &d.Items[i]
	if it.Header == nil {
		return Finding{}, false
	}
	head := d.find(strengthRe, it.Header.Span, 0)
	if len(head) == 0 {
		return Finding{}, false
	}
	for _, s := range d.otherStrengths(i) {
		if !hasStrength(d, head, s) {
			return Finding{
				Code:     CodeStrength,
				Severity: Error,
				Message:  fmt.Sprintf("the item line gives the strength %s but %q gives %s", d.at(head[0]), d.at(d.clause(s)), d.at(s)),
				Item:     i,
				Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(d.clause(s), d.role(s.Start))},
			}, true
		}
	}
	return Finding{}, false
}

// hasStrength reports whether the strength at s is one of head.
func hasStrength(d *letter, head []extract.Span, s extract.Span) bool {
	for _, h := range head {
		if sameStrength(d.at(h), d.at(s)) {
			return true
		}
	}
	return false
}

// otherStrengths returns the strengths other mentions of an item's
// request give: the partial certification's original request, and the
// item's drug in the rationale's request statements and in the request
// its conclusion judges ("the requested Diclofenac ER 100mg #60 is not
// seen as medically necessary").
func (d *letter) otherStrengths(i int) []extract.Span {
	it := &d.Items[i]
	var out []extract.Span
	if it.Partial != nil && it.Partial.Original != nil {
		out = append(out, d.find(strengthRe, it.Partial.Original.Span, 0)...)
	}
	drugs := d.itemDrugs(i)
	if len(drugs) == 0 {
		return out
	}
	for _, sent := range d.sentencesIn(it.Rationale.Span) {
		if requestRe.MatchIn(d.at(sent), d.low(sent)) {
			for _, drug := range drugs {
				out = append(out, d.drugStrengths(sent, drug)...)
			}
		}
	}
	if j := it.Rationale.Judged; j != nil && !subordinate.MatchString(j.Text) {
		for _, drug := range drugs {
			for _, s := range d.drugStrengths(j.Span, drug) {
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// itemDrugs returns the drugs an item line requests: its service when
// a drug, and the drugs it names ("injection of 1cc of dexamethasone
// 120mg").
func (d *letter) itemDrugs(i int) []*lexicon.Concept {
	var out []*lexicon.Concept
	if c := d.itemConcept(i); c != nil && c.Kind == lexicon.KindDrug {
		out = append(out, c)
	}
	for _, m := range d.services(d.Items[i].Header.Span) {
		if m.concept.Kind == lexicon.KindDrug && !slices.ContainsFunc(out, func(c *lexicon.Concept) bool { return d.lex.Same(c, m.concept) }) {
			out = append(out, m.concept)
		}
	}
	return out
}

// drugStrengths returns the strengths written just after mentions of a
// drug in a sentence.
func (d *letter) drugStrengths(sent extract.Span, drug *lexicon.Concept) []extract.Span {
	var out []extract.Span
	for _, m := range d.services(sent) {
		if !d.lex.Same(m.concept, drug) {
			continue
		}
		after := extract.Span{Start: m.End, End: min(sent.End, m.End+40)}
		ss := d.find(strengthRe, after, 0)
		if len(ss) > 0 && !strings.ContainsAny(d.text[after.Start:ss[0].Start], ",;") {
			out = append(out, ss[0])
		}
	}
	return out
}

// sameStrength compares strengths as written: "320.5-30-16mg" is
// "320.5/30/16 mg", "7.5 325 mg" is "7.5/325mg": the same numbers in
// order, and the same unit.
func sameStrength(a, b string) bool {
	return slices.Equal(strengthNumber.FindAllString(a, -1), strengthNumber.FindAllString(b, -1)) &&
		strings.EqualFold(strengthUnit.FindString(a), strengthUnit.FindString(b))
}
