package extract

import (
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

var (
	// strongRe states medical necessity, for or against; it runs folded.
	strongRe = patternOf(`(?i)\bnot[- ](?:a\s+)?medical(?:ly)?[- ]necess(?:ary|ity)\b|\bmedically[- ]necessary\b|\bmedical necessity (?:of|for)\b[^.]{0,60}?\b(?:is|was|has|have) (?:not )?(?:been )?(?:established|supported|demonstrated)\b`).StartsWith("nm").Needing("medical")
	// weakRe states a conclusion in other words; it runs folded.
	weakRe = patternOf(`(?i)\bnot\s+(?:medically\s+)?(?:necessary|appropriate|warranted|indicated|supported|recommended)\b|\b(?:is|are|was|were)\s+(?:medically\s+)?(?:appropriate|warranted|indicated|supported)\b`).StartsWith("niaw").
		Needing("necessary", "appropriate", "warranted", "indicated", "supported", "recommended")
	negRe      = patternOf(`(?i)\b(?:not|cannot|can't|isn't|wasn't|aren't|weren't|no longer|never|neither|nor)\b|\bnot-`).StartsWith("nciaw")
	subjectCut = patternOf(`[,;]|\b(?:therefore|thus|hence|so)\b`).StartsWithCase(",;ths")
	clause     = patternOf(`[,;:(]|\b(?:therefore|thus|hence|so|but|however|and)\b`).StartsWithCase(",;:(thsba")
	// sessionsRe is a count of visits a concluding sentence gives
	// without "request for": "12 more supervised therapy visits".
	sessionsRe = patternOf(`(?i)\b(`+num+`)\s+(?:(?:more|additional|further)\s+)?(?:[a-z-]+\s+){0,3}?(sessions|visits|treatments)\b`).StartsWith(numStart).
			Needing("sessions", "visits", "treatments").MadeOf(".- ")
	reqVerb = patternOf(`(?i)\s+(?:is|was|are|were|cannot|can not|can|would|will|does|do|has|have|remains?|appears?|should|must|being)\b|\s*[.;]\s|\s*[.;]$`).StartsWith(" .;")
)

// rationale reads an item's rationale: its span, conclusion and counts.
func (p *parser) rationale(it *Item, body Span) {
	body = trimSpan(p.text, body)
	it.Rationale.Span = body
	it.Rationale.Page = p.doc.page(body.Start)
	c, sentence := p.conclusion(body)
	it.Rationale.Conclusion = c
	it.Rationale.Quantities = p.requestCounts(body, sentence)
	if c != nil && len(it.Rationale.Quantities) == 0 {
		it.Rationale.Quantities = p.subjectCounts(c.Span, sentence)
	}
}

// conclusionKeys are the words a conclusion turns on.
var conclusionKeys = []string{"necess", "appropriate", "warranted", "indicated", "supported", "recommended"}

// conclusion finds the rationale's conclusion: the last statement of
// medical necessity, or a later one in other words ("not warranted")
// about the request. It reads the sentences from the last one back.
func (p *parser) conclusion(body Span) (*Fact[string], Span) {
	lower := p.lower()[body.Start:body.End]
	end := len(lower)
	for end > 0 {
		k := lastKey(lower[:end], conclusionKeys)
		if k < 0 {
			return nil, Span{}
		}
		sentence := p.sentenceOf(Span{body.Start + k, body.Start + k}, body)
		if m, ok := p.verdictIn(sentence); ok {
			return p.conclusionFact(m, sentence), sentence
		}
		end = sentence.Start - body.Start
	}
	return nil, Span{}
}

// lastKey returns the offset of the last of the keys in s, or -1: it
// reads s backwards from its end, where a conclusion usually is.
func lastKey(s string, keys []string) int {
	for p := len(s) - 1; p >= 0; p-- {
		for _, k := range keys {
			if s[p] == k[0] && strings.HasPrefix(s[p:], k) {
				return p
			}
		}
	}
	return -1
}

// verdictIn finds the last statement of necessity in a sentence, or of
// another conclusion when the sentence is about the request.
func (p *parser) verdictIn(sentence Span) (Span, bool) {
	var best Span
	found := false
	about := strings.Contains(p.lower()[sentence.Start:sentence.End], "request")
	for _, pt := range []*pattern{strongRe, weakRe} {
		if pt == weakRe && !about {
			continue
		}
		for x := range p.matches(pt, sentence) {
			if m := (Span{sentence.Start + x[0], sentence.Start + x[1]}); !found || m.Start > best.Start {
				best, found = m, true
			}
		}
	}
	return best, found
}

// conclusionFact makes the conclusion fact of a statement.
func (p *parser) conclusionFact(m, sentence Span) *Fact[string] {
	// The lower-case text is in ASCII, but no other letter lowers to
	// one of these words' letters.
	if strings.HasSuffix(p.lower()[sentence.Start:m.Start], "the ") && strings.HasPrefix(p.lowerAt(m), "medical necessity") {
		m.Start -= len("the ")
	}
	f := fact(p, m, p.verdict(m, sentence))
	return &f
}

// verdict names the conclusion of a statement: "not medically
// necessary", "medically necessary", or the phrase as written.
func (p *parser) verdict(m, sentence Span) string {
	t := toLower(collapse(p.at(m)), "medically necessary", "medical necessity", "a medical necessity")
	switch {
	case strings.HasPrefix(t, "not") && strings.Contains(t, "medical") && strings.Contains(t, "necess"):
		return NotNecessary
	case t == "medically necessary" || t == "medically-necessary" || t == "medical necessity" || t == "a medical necessity":
		if p.negated(m, sentence) {
			return NotNecessary
		}
		return Necessary
	}
	return strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "is "), "are "), "was ")
}

// negated reports a negation in the clause before a statement.
func (p *parser) negated(m, sentence Span) bool {
	before := p.text[sentence.Start:m.Start]
	if locs := clause.FindAll(before); len(locs) > 0 {
		before = before[locs[len(locs)-1][1]:]
	}
	return negRe.MatchString(before)
}

// sentenceOf returns the sentence around m, within in.
func (p *parser) sentenceOf(m, in Span) Span {
	start := in.Start
	for i := m.Start - 1; i > in.Start; i-- {
		c := p.text[i-1]
		if (p.text[i] == ' ' || p.text[i] == '\n') && (c == '.' || c == '?' || c == '!' || c == '\n') && !abbrevBefore(p.text[in.Start:i-1]) {
			start = i + 1
			break
		}
	}
	return Span{start, p.sentenceEnd(m.End, in.End)}
}

// requestCounts reads the counts the rationale gives for the request:
// the one in the concluding sentence first, then those of other "the
// request for N ..." phrases.
func (p *parser) requestCounts(body, conclusion Span) []Quantity {
	var first, rest []Quantity
	for _, g := range p.near(reqFor, body, 0, 12, 40, "request for", "request of", "requested", "request is for", "original request,") {
		r := Span{g[0], g[1]}
		phrase := p.requestPhrase(Span{r.End, body.End})
		q, ok := p.count(phrase)
		if !ok {
			continue
		}
		f := Quantity{Fact: fact(p, q.text, q.value), Unit: Str(q.unit)}
		if r.Start >= conclusion.Start && r.Start < conclusion.End {
			first = append(first, f)
		} else {
			rest = append(rest, f)
		}
	}
	if len(first) == 0 && conclusion.Len() > 0 {
		first = p.sessionCounts(conclusion)
	}
	return append(first, rest...)
}

// reqFor leads to what a request asks for; it runs folded near its keys.
var reqFor = patternOf(`(?i)\b(?:request(?:ed)?\s+(?:for|of)|the\s+requested|request\s+is\s+for|portion\s+of\s+the\s+original\s+request\s*,|the\s+original\s+request\s*,)\s+`).StartsWith("rtp")

// subjectCounts reads the count of what a concluding sentence judges:
// "physical therapy two times a week for three weeks is not medically
// necessary".
func (p *parser) subjectCounts(verdict, sentence Span) []Quantity {
	subject := Span{sentence.Start, verdict.Start}
	if locs := subjectCut.FindAll(p.at(subject)); len(locs) > 0 {
		subject.Start += locs[len(locs)-1][1]
	}
	if m := reqVerb.Find(p.at(subject)); m != nil {
		subject.End = subject.Start + m[0]
	}
	q, ok := p.count(trimSpan(p.text, subject))
	if !ok {
		return nil
	}
	return []Quantity{{Fact: fact(p, q.text, q.value), Unit: Str(q.unit)}}
}

// sessionCounts reads "12 more supervised therapy visits" in a sentence.
func (p *parser) sessionCounts(in Span) []Quantity {
	var out []Quantity
	if !textpat.ContainsAny(p.lower()[in.Start:in.End], "sessions", "visits", "treatments") {
		return nil
	}
	for _, m := range sessionsRe.FindAll(p.at(in)) {
		n := Span{in.Start + m[2], in.Start + m[3]}
		v, ok := p.countable(n, in)
		if !ok || isArticle(p.at(n)) {
			continue
		}
		s := Span{n.Start, in.Start + m[5]}
		out = append(out, Quantity{Fact: fact(p, s, v), Unit: Str(unitOf(p.text[in.Start+m[4] : in.Start+m[5]]))})
	}
	return out
}

// requestPhrase returns what a "request for" asks for: up to its verb or
// the end of the sentence.
func (p *parser) requestPhrase(in Span) Span {
	end := p.sentenceEnd(in.Start, in.End)
	s := Span{in.Start, end}
	if !hasNumber(p.at(s)) {
		return Span{in.Start, in.Start}
	}
	if m := reqVerb.Find(p.at(s)); m != nil {
		s.End = s.Start + m[0]
	}
	return trimQuotes(p.text, s)
}
