package extract

import "strings"

var (
	// strongRe states medical necessity, for or against; it runs folded.
	strongRe = newPattern(`(?i)\bnot[- ](?:a\s+)?medical(?:ly)?[- ]necess(?:ary|ity)\b|\bmedically[- ]necessary\b|\bmedical necessity (?:of|for)\b[^.]{0,60}?\b(?:is|was|has|have) (?:not )?(?:been )?(?:established|supported|demonstrated)\b`, strongAt).startsWith("nm")
	// weakRe states a conclusion in other words; it runs folded.
	weakRe     = newPattern(`(?i)\bnot\s+(?:medically\s+)?(?:necessary|appropriate|warranted|indicated|supported|recommended)\b|\b(?:is|are|was|were)\s+(?:medically\s+)?(?:appropriate|warranted|indicated|supported)\b`, weakAt).startsWith("niaw")
	negRe      = newPattern(`(?i)\b(?:not|cannot|can't|isn't|wasn't|aren't|weren't|no longer|never|neither|nor)\b|\bnot-`, negationAt).startsWith("nciaw")
	subjectCut = newPattern(`[,;]|\b(?:therefore|thus|hence|so)\b`, clauseCut(",;", "therefore", "thus", "hence", "so")).startsWithCase(",;ths")
	clause     = newPattern(`[,;:(]|\b(?:therefore|thus|hence|so|but|however|and)\b`, clauseCut(",;:(", "therefore", "thus", "hence", "so", "but", "however", "and")).startsWithCase(",;:(thsba")
	// sessionsRe is a count of visits a concluding sentence gives
	// without "request for": "12 more supervised therapy visits".
	sessionsRe = newPattern(`(?i)\b(`+num+`)\s+(?:(?:more|additional|further)\s+)?(?:[a-z-]+\s+){0,3}?(sessions|visits|treatments)\b`, sessionsAt).startsWith("0123456789otfsen")
	reqVerb    = newPattern(`(?i)\s+(?:is|was|are|were|cannot|can not|can|would|will|does|do|has|have|remains?|appears?|should|must|being)\b|\s*[.;]\s|\s*[.;]$`, requestVerbAt).startsWith(" .;")
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
	if locs := clause.findAll(before); len(locs) > 0 {
		before = before[locs[len(locs)-1][1]:]
	}
	return negRe.matchString(before)
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
var reqFor = newPattern(`(?i)\b(?:request(?:ed)?\s+(?:for|of)|the\s+requested|request\s+is\s+for|portion\s+of\s+the\s+original\s+request\s*,|the\s+original\s+request\s*,)\s+`, requestFor).startsWith("rtp")

// requestFor reads, at offset i of s, the words that lead to
// what a request asks for, and the white space after them: "request
// for", "requested for", "the requested", "request is for", "(portion of)
// the original request,".
func requestFor(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	for _, read := range requestWords {
		if e := space1(s, read(s, i)); e >= 0 {
			return span(i, e)
		}
	}
	return nil
}

// requestWords are the ways requestFor reads, in the order it tries them.
var requestWords = []func(s string, i int) int{
	func(s string, i int) int {
		i = litFold(s, i, "request")
		return litsFold(s, space1(s, optional(i, litFold(s, i, "ed"))), "for", "of")
	},
	func(s string, i int) int { return litFold(s, space1(s, litFold(s, i, "the")), "requested") },
	func(s string, i int) int {
		return litFold(s, space1(s, litFold(s, space1(s, litFold(s, i, "request")), "is")), "for")
	},
	func(s string, i int) int {
		return originalRequest(s, space1(s, litFold(s, space1(s, litFold(s, i, "portion")), "of")))
	},
	originalRequest,
}

// originalRequest reads "the original request,".
func originalRequest(s string, i int) int {
	i = litFold(s, space1(s, litFold(s, i, "the")), "original")
	return litFold(s, space0(s, litFold(s, space1(s, i), "request")), ",")
}

// subjectCounts reads the count of what a concluding sentence judges:
// "physical therapy two times a week for three weeks is not medically
// necessary".
func (p *parser) subjectCounts(verdict, sentence Span) []Quantity {
	subject := Span{sentence.Start, verdict.Start}
	if locs := subjectCut.findAll(p.at(subject)); len(locs) > 0 {
		subject.Start += locs[len(locs)-1][1]
	}
	if m := reqVerb.find(p.at(subject)); m != nil {
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
	if !containsAny(p.lower()[in.Start:in.End], "sessions", "visits", "treatments") {
		return nil
	}
	for _, m := range sessionsRe.findAll(p.at(in)) {
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
	if m := reqVerb.find(p.at(s)); m != nil {
		s.End = s.Start + m[0]
	}
	return trimQuotes(p.text, s)
}

// strongAt reads a statement of medical necessity: "not medically
// necessary", "medically necessary", "medical necessity of ... has not
// been established".
func strongAt(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	j := byteIn(s, litFold(s, i, "not"), "- ")
	j = optional(j, space1(s, litFold(s, j, "a")))
	if k := litFold(s, j, "medical"); k >= 0 {
		for _, m := range []int{litFold(s, k, "ly"), k} {
			n := litFold(s, byteIn(s, m, "- "), "necess")
			if e := wordEnd(s, litsFold(s, n, "ary", "ity")); e >= 0 {
				return span(i, e)
			}
		}
	}
	if e := wordEnd(s, litFold(s, byteIn(s, litFold(s, i, "medically"), "- "), "necessary")); e >= 0 {
		return span(i, e)
	}
	return span(i, necessityEstablished(s, i))
}

// necessityEstablished reads "medical necessity of ... has (not) (been)
// established" at i, up to 60 characters between, and returns the end
// or -1.
func necessityEstablished(s string, i int) int {
	j := wordEnd(s, litsFold(s, litFold(s, i, "medical necessity "), "of", "for"))
	if j < 0 {
		return -1
	}
	for q, n := j, 0; ; q, n = nextChar(s, q), n+1 {
		if e := establishedAt(s, q); e >= 0 {
			return e
		}
		if n == 60 || q >= len(s) || s[q] == '.' {
			return -1
		}
	}
}

// establishedAt reads "has not been established", "was supported".
func establishedAt(s string, i int) int {
	if !boundary(s, i) {
		return -1
	}
	j := lit(s, litsFold(s, i, "is", "was", "has", "have"), " ")
	j = optional(j, litFold(s, j, "not "))
	j = optional(j, litFold(s, j, "been "))
	return wordEnd(s, litsFold(s, j, "established", "supported", "demonstrated"))
}

// weakAt reads a conclusion in other words: "not (medically) warranted",
// "is (medically) appropriate".
func weakAt(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	j := space1(s, litFold(s, i, "not"))
	j = optional(j, space1(s, litFold(s, j, "medically")))
	if e := wordEnd(s, litsFold(s, j, "necessary", "appropriate", "warranted", "indicated", "supported", "recommended")); e >= 0 {
		return span(i, e)
	}
	j = space1(s, litsFold(s, i, "is", "are", "was", "were"))
	j = optional(j, space1(s, litFold(s, j, "medically")))
	return span(i, wordEnd(s, litsFold(s, j, "appropriate", "warranted", "indicated", "supported")))
}

// negationAt reads a word of negation: "not", "cannot", "isn't", "no
// longer", "never", "neither", "nor".
func negationAt(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	for _, w := range []string{"not", "cannot", "can't", "isn't", "wasn't", "aren't", "weren't", "no longer", "never", "neither", "nor"} {
		if e := wordEnd(s, litFold(s, i, w)); e >= 0 {
			return span(i, e)
		}
	}
	return span(i, lit(s, litFold(s, i, "not"), "-"))
}

// clauseCut returns a matcher of one of the marks or one of the words (as
// written), which end a clause.
func clauseCut(marks string, words ...string) matcher {
	return func(s string, i int) []int {
		if i < len(s) && strings.IndexByte(marks, s[i]) >= 0 {
			return []int{i, i + 1}
		}
		if !boundary(s, i) {
			return nil
		}
		return span(i, wordEnd(s, lits(s, i, words...)))
	}
}

// sessionsAt reads "12 more supervised therapy visits": a number (group
// 1), maybe "more", "additional" or "further", up to three words and
// sessions, visits or treatments (group 2).
func sessionsAt(s string, i int) []int {
	if !boundary(s, i) || !numberStart(s, i) {
		return nil
	}
	var ends [maxEnds]int
	for _, n := range numEnds(ends[:0], s, i) {
		j := space1(s, n)
		for _, k := range []int{space1(s, litsFold(s, j, "more", "additional", "further")), j} {
			if u, e := wordsThen(s, k, 3, "-", sessionWord); e >= 0 {
				return []int{i, e, i, n, u, e}
			}
		}
	}
	return nil
}

// sessionWord reads sessions, visits or treatments.
func sessionWord(s string, i int) int {
	return wordEnd(s, litsFold(s, i, "sessions", "visits", "treatments"))
}

// requestVerbAt reads the verb that ends what a request asks for, or the
// end of its sentence.
func requestVerbAt(s string, i int) []int {
	if i < len(s) && isSpace(s[i]) {
		j := skipSpace(s, i)
		for _, w := range requestVerbs {
			if e := wordEnd(s, litFold(s, j, w)); e >= 0 {
				return span(i, e)
			}
		}
	}
	j := skipSpace(s, i)
	if j < len(s) && (s[j] == '.' || s[j] == ';') {
		if j+1 < len(s) && isSpace(s[j+1]) {
			return span(i, j+2)
		}
		if j+1 == len(s) {
			return span(i, j+1)
		}
	}
	return nil
}

// requestVerbs are the verbs requestVerbAt reads, in the order it tries
// them.
var requestVerbs = []string{
	"is", "was", "are", "were", "cannot", "can not", "can", "would", "will", "does", "do", "has", "have",
	"remains", "remain", "appears", "appear", "should", "must", "being",
}
