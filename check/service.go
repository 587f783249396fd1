package check

import (
	"fmt"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/textpat"
	"github.com/imrkit/imrkit/lexicon"
)

// The treatment, test or drug an item line names against the one its
// rationale judges:
//
//   - a phrase that points at the request ("the ultrasound testing in
//     question", "the need of additional physical therapy", "the request
//     for ...") naming a service of another category than the item's,
//     and no other item's, in a sentence about the case and not about an
//     earlier request;
//   - a diagnostic test judged by a treatment's guideline section that
//     the rationale also applies ("Epidural steroid injections" for an
//     MRI);
//   - an oral drug judged as a topical one.
//
// The lexicon decides what is the same service: a brand and its generic
// are one drug, CBT is cognitive behavioral therapy.

var (
	// pointerRes point at the request; group 1 is the phrase that names it.
	pointerRes = []*textpat.Pattern{
		patternOf(`(?i)\bthe\s+([^.;,()]{2,50}?)\s+(?:in question|at issue)\b`).StartsWith("t"),
		patternOf(`(?i)\bthe need (?:of|for)\s+(?:additional|further|more|continued|ongoing)\s+([^.;,()]{2,50})`).StartsWith("t"),
		// "the continued need for Pantoprazole"
		patternOf(`(?i)\bthe (?:continued|ongoing) need (?:of|for)\s+([^.;,()]{2,50})`).StartsWith("t"),
		// "The request for ...", "the requested ...": not "the concurrent request for".
		patternOf(`(?i)(?:^|[^\w\s]\s*|\b(?:the|this|a)\s+)request\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:\d+\s+|(?:additional|further|more)\s+)?([^.;,()]{2,50})`),
		patternOf(`(?i)\bthe requested\s+([^.;,()]{2,50})`).StartsWith("t"),
		// The subject of a verdict: "One platelet-rich plasma injection to
		// the right knee is not medically necessary per the ODG", "the
		// continued need for Pantoprazole is not medically necessary".
		patternOf(`(?i)^(?:(?:therefore|thus|hence|as such|accordingly|consequently|in this case|at this time)\s*,?\s*)?(?:the\s+)?(?:(?:continued\s+)?(?:use|need)\s+(?:of|for)\s+)?([^.;]{2,120}?)\s+(?:is|are|was|were)\s+(?:not\s+)?medically\s+necessary\b`),
	}

	// pointerWords are, for each of pointerRes, lower-case words one of
	// which a sentence it matches holds: a cheap test before the pattern.
	pointerWords = [][]string{{"in question", "at issue"}, {"need"}, {"need"}, {"request"}, {"requested"}, {"medically"}}

	// earlierRequest marks a sentence about another, earlier request:
	// "the request for a TENS unit was previously certified"; or about
	// the request another one depends on: "As the requested surgical
	// intervention is not medically necessary, ...".
	earlierRequest = patternOf(`(?i)\b(?:(?:as|since|because)\s+the\s+(?:requested|request for|primary|associated)\b|(?:previous|prior|earlier|concurrent|other)\s+(?:requests?|authori[sz]ations?|certifications?)|(?:previously|already)\s+(?:requested|certified|approved|authori[sz]ed|denied)|(?:was|were)\s+(?:previously\s+)?(?:certified|approved|authori[sz]ed))\b`).StartsWith("abceopsw")
	// history marks a sentence about care already given or tried: "has
	// failed conservative care including physical therapy".
	history = patternOf(`(?i)\b(?:failed|fail(?:ure|s) of|despite|has (?:had|tried|undergone|completed|received)|have (?:had|tried|included)|(?:has|had) included|conservative (?:care|treatment|therapy|measures|management))\b`).StartsWith("cdfh")
	// caseOnly marks a sentence that quotes or states a guideline.
	caseOnly = patternOf(`(?i)\b(?:MTUS|ODG|ACOEM|guidelines?|Official Disability)\b|"`).StartsWith(`"agmo`)
)

// checkService compares each item's service with the one its rationale
// judges.
func checkService(d *letter) []Finding {
	return d.eachItem(d.judgedService, d.pointedService, d.sectionServiceApplied, d.topicalForOral)
}

// related reports whether two services or drugs may be one request as
// the letters word it: the same concept (a brand and its generic are
// one), or forms or alternatives of one another as the lexicon declares
// them (MRI and MR arthrogram, EMG and electrodiagnostic studies).
func (d *letter) related(a, b *lexicon.Concept) bool {
	return d.lex.Alternative(a, b)
}

// judgedService compares an item's service with the one the extraction
// read as judged by the rationale's conclusion ("the request for lumbar
// spine MRI is not medically necessary"): another category, and no other
// item's service nor one the item line names.
func (d *letter) judgedService(i int) (Finding, bool) {
	svc := d.itemConcept(i)
	j := d.Items[i].Rationale.Judged
	if svc == nil || j == nil || j.Service == nil || subordinate.MatchString(j.Text) {
		return Finding{}, false
	}
	c := d.lex.Concept(j.Service.Value)
	if c == nil || d.related(c, svc) || d.anotherItemsRequest(i, c, j) || d.headerNames(i, c) {
		return Finding{}, false
	}
	a, b := svc.Category, c.Category
	if ca, cb := d.lex.Canonical(svc).Class, d.lex.Canonical(c).Class; a == b && ca != "" && cb != "" {
		a, b = ca, cb
	}
	return d.serviceFinding(i, j.Service.Span, fmt.Sprintf("the item line requests %s (%s) but the rationale's conclusion judges %q (%s)",
		svc.Name, a, j.Text, b)), true
}

// anotherItemsRequest reports whether a judged request may be another
// item's: that item's service (or a form of it), and the judged body
// part, if any, one of that item line's or near it. "The request for
// EMG/NCV of the bilateral upper extremities" is not the lower
// extremities' EMG/NCV item. Nor is a request another item's where that
// item's own rationale judges its service: each item has its rationale,
// so two rationales judging one service under items of different
// services hold a contradiction ("Right L4 ESI" judged under an item
// line for a TENS unit, beside an item "Right L5 ESI" judged as such).
func (d *letter) anotherItemsRequest(i int, c *lexicon.Concept, j *extract.Judged) bool {
	var want []string
	if j.BodyPart != nil {
		if p := d.lex.Concept(j.BodyPart.Value); p != nil {
			want = p.Regions
		}
	}
	for k := range d.Items {
		o := d.itemConcept(k)
		if k == i || o == nil || !d.related(o, c) || d.judgesOwn(k, i) {
			continue
		}
		if len(want) == 0 || d.Items[k].Header == nil {
			return true
		}
		if ps := d.parts(d.Items[k].Header.Span); len(ps) == 0 || anyNear(regionsOf(ps), want) {
			return true
		}
	}
	return false
}

// judgesOwn reports whether item k's rationale judges item k's own
// service (or a form of it) in a rationale of its own, not one written
// the same under item i (a joint rationale copied under both items).
func (d *letter) judgesOwn(k, i int) bool {
	o, j := d.itemConcept(k), d.Items[k].Rationale.Judged
	if o == nil || j == nil || j.Service == nil || d.at(d.Items[k].Rationale.Span) == d.at(d.Items[i].Rationale.Span) {
		return false
	}
	c := d.lex.Concept(j.Service.Value)
	return c != nil && d.related(c, o)
}

// pointedService finds a phrase of the rationale that points at the
// request and names a service of another category.
func (d *letter) pointedService(i int) (Finding, bool) {
	svc := d.itemConcept(i)
	if svc == nil {
		return Finding{}, false
	}
	for _, sent := range d.pointerSentences(i) {
		for _, x := range d.pointers(sent) {
			if d.otherService(i, x, sent) {
				return weaker(d.serviceFinding(i, x.Span, fmt.Sprintf("the item line requests %s (%s) but the rationale judges %q (%s)",
					svc.Name, svc.Category, d.at(d.clause(x.Span)), x.concept.Category))), true
			}
		}
	}
	return Finding{}, false
}

// otherService reports whether a service a phrase points at is another
// than item i's: of another category; or of the same category where
// the rationale names neither the item's service nor a form or
// alternative of it, or where the sentence concludes on medical
// necessity. Neither may be another item's service nor one the
// item line names.
func (d *letter) otherService(i int, x mention, sent extract.Span) bool {
	svc := d.itemConcept(i)
	switch {
	case d.related(x.concept, svc) || d.anotherItems(i, x.concept) || d.headerNames(i, x.concept):
		return false
	case x.concept.Category != svc.Category:
		return true
	}
	return !d.namesService(d.Items[i].Rationale.Span, svc) || d.verdictSentence(sent)
}

// medicalVerdict is a sentence's verdict on medical necessity: a
// sentence that names the request and gives it is a conclusion.
var medicalVerdict = patternOf(`(?i)\b(?:is|was|are|were)\s+(?:not\s+)?medically\s+(?:necessary|reasonable)\b`).StartsWith("aiw")

// pointerSentences returns the rationale sentences whose pointers name
// the request: those about the case and not about an earlier request.
func (d *letter) pointerSentences(i int) []extract.Span {
	if out, ok := d.pointerSent[i]; ok {
		return out
	}
	if d.pointerSent == nil {
		d.pointerSent = map[int][]extract.Span{}
	}
	out := d.readPointerSentences(i)
	d.pointerSent[i] = out
	return out
}

// readPointerSentences reads the sentences of pointerSentences.
func (d *letter) readPointerSentences(i int) []extract.Span {
	var out []extract.Span
	for _, sent := range d.sentencesIn(d.Items[i].Rationale.Span) {
		if !d.has(sent, "request", "in question", "at issue", "need", "medically necessary") {
			continue
		}
		t := d.at(sent)
		low := d.low(sent)
		if (!caseOnly.MatchIn(t, low) || d.verdictSentence(sent)) && !earlierRequest.MatchIn(t, low) && !history.MatchIn(t, low) {
			out = append(out, sent)
		}
	}
	return out
}

// pointers returns the services named by the phrases of a sentence that
// point at the request: the one the lexicon finds at the phrase's start.
func (d *letter) pointers(sent extract.Span) []mention {
	var out []mention
	if !d.has(sent, "request", "in question", "at issue", "need", "medically necessary") {
		return nil
	}
	for k, re := range pointerRes {
		if !d.has(sent, pointerWords[k]...) {
			continue
		}
		for _, m := range re.FindAllIn(d.at(sent), d.low(sent)) {
			phrase := extract.Span{Start: sent.Start + m[2], End: sent.Start + m[3]}
			if subordinate.MatchIn(d.at(phrase), d.low(phrase)) {
				continue
			}
			if x, ok := d.firstService(phrase); ok {
				out = append(out, x)
			}
		}
	}
	return out
}

// firstService returns the first service a phrase names before its
// verb: "the request for lumbar spine MRI without contrast is ..." names
// the MRI, though the phrase opens with the body part.
func (d *letter) firstService(phrase extract.Span) (mention, bool) {
	if m := phraseVerb.FindStringIndex(d.at(phrase)); m != nil {
		phrase.End = phrase.Start + m[0]
	}
	ms := d.services(phrase)
	if len(ms) == 0 {
		return mention{}, false
	}
	return ms[0], true
}

// subordinate opens a clause that gives a reason or a condition, not
// the request: "Since the surgery is not medically necessary, ...".
var subordinate = patternOf(`(?i)^(?:since|as|because|if|when|while|although|though|unless|until|once|given)\b`)

// phraseVerb ends the noun phrase that names a request.
var phraseVerb = patternOf(`(?i)\s(?:is|are|was|were|has|have|had|would|will|should|cannot|can|does|do|did|may|must|remains?|appears?|being|to|in|as|because|since|given|due)\b`).StartsWith(" ")

// weaker grades a finding whose reading is weaker than two stated
// values a warning.
func weaker(f Finding) Finding {
	f.Severity = Warning
	return f
}

func (d *letter) serviceFinding(i int, s extract.Span, msg string) Finding {
	return Finding{
		Code:     CodeService,
		Severity: Error,
		Message:  msg,
		Item:     i,
		Evidence: []Evidence{d.ev(d.Items[i].Header.Span, "header"), d.ev(d.clause(s), d.role(s.Start))},
	}
}

// sectionServiceApplied finds a diagnostic test judged by the guideline
// section of a treatment the rationale also names.
func (d *letter) sectionServiceApplied(i int) (Finding, bool) {
	sec, ok := d.treatmentSection(i)
	if !ok {
		return Finding{}, false
	}
	for _, m := range d.services(d.Items[i].Rationale.Span) {
		if d.sameService(m.concept, sec.concept) {
			s := m.Span
			svc := d.itemConcept(i)
			return weaker(d.serviceFinding(i, s, fmt.Sprintf("the item line requests %s (%s) but the rationale applies the criteria for %s (%q)",
				svc.Name, svc.Category, sec.concept.Name, d.at(d.clause(s))))), true
		}
	}
	return Finding{}, false
}

// topicalForOral finds an oral drug whose rationale speaks of topical
// forms more than of oral ones.
func (d *letter) topicalForOral(i int) (Finding, bool) {
	if !d.oralItem(i) {
		return Finding{}, false
	}
	r := d.Items[i].Rationale.Span
	topical := d.find(topicalRe, r, 0)
	if len(topical) < 3 || len(topical) <= len(d.find(oralRe, r, 0)) {
		return Finding{}, false
	}
	return weaker(d.serviceFinding(i, topical[0], fmt.Sprintf("the item line requests an oral drug (%q) but the rationale judges topical forms (%d mentions, first %q)",
		d.Items[i].Header.Text, len(topical), d.at(d.clause(topical[0]))))), true
}

var (
	topicalRe = patternOf(`(?i)\b(?:topical(?:ly)?|gels?|creams?|ointments?|patch(?:es)?|lotions?|transdermal|compound(?:ed)?)\b`)
	oralRe    = patternOf(`(?i)\b(?:oral(?:ly)?|by mouth|tablets?|tabs?|capsules?|caps?|po)\b`)
	mgRe      = patternOf(`(?i)\d\s*mg\b`)
	notOralRe = patternOf(`(?i)%|\b(?:gm|grams?|ml)\b|\b(?:injection|inject\w*|IV|IM|suppositor\w*|spray|drops?|inhal\w*)\b`)
)

// oralItem reports whether an item line requests a drug by mouth: a
// strength in mg and no topical, injected or other form.
func (d *letter) oralItem(i int) bool {
	c := d.itemConcept(i)
	h := d.Items[i].Header
	if c == nil || c.Kind != lexicon.KindDrug || h == nil {
		return false
	}
	return (mgRe.MatchString(h.Text) || oralRe.MatchString(h.Text)) && !topicalRe.MatchString(h.Text) && !notOralRe.MatchString(h.Text)
}
