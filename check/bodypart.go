package check

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// The body part an item line names against the body part the rationale
// gives the same service when it speaks of the case: "MRI without
// contrast of the right elbow" judged as "a shoulder MRI". The lexicon
// decides what is the same service and which body region a part lies in;
// a limb and the spine segment its nerves leave (the arms and the neck)
// are not told apart.

// partAfter joins a service to the body part after it: "MRI of the
// right knee", "MRI (magnetic resonance imaging) for the cervical spine".
var partAfter = patternOf(`(?i)^\s*(?:\([^)]{0,60}\)\s*)?(?:without contrast\s+|with contrast\s+)?(?:of|for|to|on|at)\s+(?:the\s+|his\s+|her\s+)?(?:(?:left|right|bilateral)\s+)?$`)

// blankGap is what may stand between a body part and the service it
// qualifies: "shoulder MRI", "knee-MRI".
var blankGap = patternOf(`^[\s-]*$`)

// checkBodyPart compares each item's body parts with those the rationale
// gives its service.
func checkBodyPart(d *letter) []Finding {
	return d.eachItem(d.judgedBodyPart, d.otherBodyPart, d.requestBodyPart)
}

// judgedPart returns the body part of the request the conclusion judges,
// as the extraction read it.
func (d *letter) judgedPart(i int) (part, bool) {
	j := d.Items[i].Rationale.Judged
	if j == nil || j.BodyPart == nil || subordinate.MatchString(j.Text) {
		return part{}, false
	}
	c := d.lex.Concept(j.BodyPart.Value)
	if c == nil {
		return part{}, false
	}
	return part{j.BodyPart.Span, c, string(j.BodyPart.Side)}, true
}

// judgedBodyPart compares the item line's body parts with those of the
// request the conclusion judges ("the request for MRI of the shoulder"
// for a knee MRI), each of them: a part of the judged request near none
// of the item line's; or, where the judged request names as many body
// regions as the item line or more (it restates the request in full,
// not in short), a part of the item line near none of the request's
// ("bilateral shoulder, elbow and wrist" judged as "bilateral knee,
// elbow and wrist").
func (d *letter) judgedBodyPart(i int) (Finding, bool) {
	head := d.itemParts(i)
	if _, ok := d.judgedPart(i); len(head) == 0 || !ok {
		return Finding{}, false
	}
	it := &d.Items[i]
	judged := withRegions(d.parts(it.Rationale.Judged.Span))
	msg := fmt.Sprintf("the item line is for the %s (%q) but the rationale's conclusion judges %q", d.at(head[0].Span), it.Header.Text, it.Rationale.Judged.Text)
	odd, ok := unmatched(judged, head)
	switch {
	case ok && len(head) > 1:
		msg = fmt.Sprintf("the item line is for the %s (%q) but the rationale's conclusion judges the %s (%q)", d.partNames(head), it.Header.Text, d.at(odd.Span), it.Rationale.Judged.Text)
	case !ok && len(regionsOf(judged)) >= len(regionsOf(head)):
		if odd, ok = unmatched(head, judged); ok {
			msg = fmt.Sprintf("the item line is for the %s (%q) but the rationale's conclusion judges %q", d.at(odd.Span), it.Header.Text, it.Rationale.Judged.Text)
		}
	}
	if !ok {
		return Finding{}, false
	}
	return Finding{
		Code:     CodeBodyPart,
		Severity: Error,
		Message:  msg,
		Item:     i,
		Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(it.Rationale.Judged.Span, "rationale")},
	}, true
}

// partNames joins the body parts as written: "shoulder, elbow, wrist".
func (d *letter) partNames(ps []part) string {
	var out []string
	for _, p := range ps {
		out = append(out, d.at(p.Span))
	}
	return strings.Join(out, ", ")
}

// unmatched returns the first of ps with regions near none of the
// regions of others.
func unmatched(ps, others []part) (part, bool) {
	want := regionsOf(others)
	for _, p := range ps {
		if len(p.regions()) > 0 && !anyNear(p.regions(), want) {
			return p, true
		}
	}
	return part{}, false
}

// withRegions keeps the parts that lie in a body region.
func withRegions(ps []part) []part {
	var out []part
	for _, p := range ps {
		if len(p.regions()) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// otherBodyPart finds the item's service given a body part of another
// region in a rationale sentence about the case.
func (d *letter) otherBodyPart(i int) (Finding, bool) {
	head := d.itemParts(i)
	svc := d.itemConcept(i)
	if len(head) == 0 || svc == nil {
		return Finding{}, false
	}
	want := regionsOf(head)
	for _, sent := range d.caseSentences(d.Items[i].Rationale.Span) {
		for _, p := range d.servicePartsIn(sent, svc) {
			if len(p.regions()) > 0 && !anyNear(p.regions(), want) {
				it := &d.Items[i]
				return Finding{
					Code:     CodeBodyPart,
					Severity: Error,
					Message:  fmt.Sprintf("the item line is for the %s (%q) but the rationale speaks of the %s (%q)", d.at(head[0].Span), it.Header.Text, d.at(p.Span), d.at(d.clause(p.Span))),
					Item:     i,
					Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(d.clause(p.Span), "rationale")},
				}, true
			}
		}
	}
	return Finding{}, false
}

// servicePartsIn returns the body parts a sentence attaches to mentions
// of a service: just before it ("a shoulder MRI") or after "of the" ("MRI
// of the right knee").
func (d *letter) servicePartsIn(sent extract.Span, svc *lexicon.Concept) []part {
	ps := d.parts(sent)
	var out []part
	for _, m := range d.services(sent) {
		if !d.related(m.concept, svc) {
			continue
		}
		for _, p := range ps {
			if attached(d.text, m.Span, p.Span) {
				out = append(out, p)
			}
		}
	}
	return out
}

// attached reports whether a body part qualifies a service mention.
func attached(text string, svc, p extract.Span) bool {
	if p.End <= svc.Start {
		gap := text[p.End:svc.Start]
		return len(gap) <= 2 && blankGap.MatchString(gap)
	}
	if p.Start >= svc.End && p.Start-svc.End < 90 {
		return partAfter.MatchString(text[svc.End:p.Start])
	}
	return false
}

// requestBodyPart finds a phrase of the rationale naming the request
// ("This is a request for an MRI of the right shoulder without
// contrast", "the request for a TENS unit trial for the cervical spine")
// that gives the item's service body parts, none of them in a region
// near the item line's.
func (d *letter) requestBodyPart(i int) (Finding, bool) {
	head := d.itemParts(i)
	svc := d.itemConcept(i)
	if len(head) == 0 || svc == nil {
		return Finding{}, false
	}
	want := regionsOf(head)
	for _, sent := range d.pointerSentences(i) {
		for _, phrase := range d.requestPhrases(sent) {
			ps := d.parts(phrase)
			if len(ps) == 0 || !d.namesService(phrase, svc) || anyNear(regionsOf(ps), want) || len(regionsOf(ps)) == 0 {
				continue
			}
			it := &d.Items[i]
			return Finding{
				Code:     CodeBodyPart,
				Severity: Error,
				Message: fmt.Sprintf("the item line is for the %s (%q) but the rationale's request is for the %s (%q)",
					d.at(head[0].Span), it.Header.Text, d.at(ps[0].Span), d.at(phrase)),
				Item:     i,
				Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(phrase, "rationale")},
			}, true
		}
	}
	return Finding{}, false
}

// requestPhrases returns the phrases of a sentence that name the request
// ("the request for ..."), each up to its verb.
func (d *letter) requestPhrases(sent extract.Span) []extract.Span {
	var out []extract.Span
	for k, re := range pointerRes {
		if !d.has(sent, pointerWords[k]...) {
			continue
		}
		for _, m := range re.FindAllIn(d.at(sent), d.low(sent)) {
			phrase := extract.Span{Start: sent.Start + m[2], End: sent.Start + m[3]}
			if v := phraseVerb.FindStringIndex(d.at(phrase)); v != nil {
				phrase.End = phrase.Start + v[0]
			}
			out = append(out, phrase)
		}
	}
	return out
}

// namesService reports whether a span names a service or one of its
// forms or alternatives.
func (d *letter) namesService(in extract.Span, svc *lexicon.Concept) bool {
	for _, m := range d.services(in) {
		if d.related(m.concept, svc) {
			return true
		}
	}
	return false
}
