package extract

import (
	"regexp"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

// diagnosisRe opens a list of the claimant's diagnoses.
var diagnosisRe = regexp.MustCompile(`(?i)\b(?:` +
	`(?:was|were|is|has been|had been|been|being)\s+diagnosed\s+(?:as having|as|with)\s*:?` +
	`|diagnos(?:is|es)\s+(?:include[sd]?|are|is|was|were|has been|have been)(?:\s+(?:documented|noted|listed|reported|given)\s+as)?\s*:?` +
	`|(?:current|primary|working|final|admitting|comorbid|pertinent)?\s*diagnos(?:is|es)\s+of\s*:?` +
	`|diagnos(?:is|es)\s*:` +
	`|(?:is|was|are|were|being|been)\s+(?:currently\s+)?(?:being\s+)?treated\s+for\s+(?:the\s+)?(?:diagnos(?:is|es)\s+of\s+)?` +
	`|undergoing\s+treatments?\s+for\s*:?` +
	`|diagnos(?:is|es)\s+that\s+includes?\s*:?` +
	`)\s*`)

// phraseStop ends a diagnosis list inside a sentence.
var phraseStop = regexp.MustCompile(`(?i)\s+(?:who|which|that|per|since|after|following|on \d|in \d|dated|as of|now|and repair)\b|,? (?:who|and (?:he|she|was|is|has|had|have|were|underwent|then|subsequently)\b)`)

// historyRe marks a diagnosis named as history, not as the claimant's
// current list.
var historyRe = regexp.MustCompile(`(?i)\bhistory of(?:\s+an?)?\s*$`)

// diagnoses reads the diagnosis lists of the summary.
func (p *parser) diagnoses() {
	in := p.summary()
	seen := map[string]bool{}
	for _, m := range p.near(diagnosisRe, in, 0, 60, 70, "diagnos", "treated for", "treatment for", "treatments for") {
		start := Span{m[0], m[1]}
		if historyRe.MatchString(p.text[max(in.Start, start.Start-20):start.Start]) {
			continue
		}
		list := p.diagnosisList(Span{start.End, in.End})
		for _, s := range p.splitDiagnoses(list) {
			d := p.diagnosis(s)
			if !seen[d.Value] {
				seen[d.Value] = true
				p.l.Diagnoses = append(p.l.Diagnoses, d)
			}
		}
	}
}

// diagnosisList returns the list that starts at in.Start: up to the end
// of the sentence or a clause that is not part of it.
func (p *parser) diagnosisList(in Span) Span {
	end := p.sentenceEnd(in.Start, in.End)
	s := Span{in.Start, end}
	if m := phraseStop.FindStringIndex(p.at(s)); m != nil {
		s.End = s.Start + m[0]
	}
	s = trimPunct(p.text, s)
	return trimQuotes(p.text, s)
}

// sentenceEnd returns the offset of the period that ends the sentence
// containing off (or the paragraph end).
func (p *parser) sentenceEnd(off, limit int) int {
	for i := off; i < limit; i++ {
		c := p.text[i]
		if c == '\n' {
			return i
		}
		if (c == '.' || c == '?' || c == '!') && (i+1 == limit || p.text[i+1] == ' ' || p.text[i+1] == '\n' || p.text[i+1] == '"') &&
			!abbrevBefore(p.text[off:i]) {
			return i
		}
	}
	return limit
}

// trimQuotes drops quotes around a span.
func trimQuotes(text string, s Span) Span {
	for s.Start < s.End && strings.ContainsRune(`"“'`, rune(text[s.Start])) {
		s.Start++
	}
	for s.End > s.Start && strings.ContainsRune(`"”'`, rune(text[s.End-1])) {
		s.End--
	}
	return trimPunct(text, s)
}

var (
	semiRe    = regexp.MustCompile(`\s*;\s*(?:and\s+)?`)
	commaRe2  = regexp.MustCompile(`\s*,\s*(?:and\s+|as well as\s+)?`)
	andRe     = regexp.MustCompile(`\s+(?:and|as well as)\s+`)
	pairRe    = regexp.MustCompile(`(?i)\b(?:sprains?|strains?)\s*$`)
	pairNext  = regexp.MustCompile(`(?i)^(?:sprains?|strains?)\b`)
	subHeadRe = regexp.MustCompile(`(?i)\s+(?:status post|s/p|rule out|r/o)\s`)
	tailAnd   = regexp.MustCompile(`(?i)\s+(?:and|or|with)$`)
	leadRe2   = regexp.MustCompile(`(?i)^(?:(?:a|an|the|documented(?: as)?|of|with|for)\s+)+`)
	tailDate  = regexp.MustCompile(`(?i)\s+(?:(?:in|on|since|from|dated)\s+)?(?:` + datePattern + `|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4,5})$`)
)

// splitDiagnoses cuts a list into diagnosis phrases. Semicolons, when the
// list has them, separate groups; commas, an inner "status post" or "rule
// out", and one "and" in the last piece of a group separate diagnoses. A
// piece that names no condition ("fascia" in "strain of muscle, fascia
// and tendon") stays with its neighbour.
func (p *parser) splitDiagnoses(list Span) []Span {
	if list.Len() == 0 {
		return nil
	}
	groups := []Span{list}
	if strings.Contains(p.at(list), ";") {
		groups = p.cutAt(semiRe, list)
	}
	var out []Span
	for _, g := range groups {
		out = append(out, p.splitGroup(g)...)
	}
	return p.finish(out)
}

// splitGroup splits one group of a list.
func (p *parser) splitGroup(g Span) []Span {
	var pieces []Span
	for _, s := range p.cutAt(commaRe2, g) {
		pieces = append(pieces, p.cutBefore(subHeadRe, s)...)
	}
	pieces = p.mergePieces(pieces)
	n := len(pieces) - 1
	return append(pieces[:n], p.andCut(pieces[n], n == 0)...)
}

// cutAt cuts a span at the matches of re that are outside brackets.
func (p *parser) cutAt(re *regexp.Regexp, in Span) []Span {
	var out []Span
	start := in.Start
	for _, m := range p.matches(re, in, 0) {
		if p.inParens(in.Start, m.Start) {
			continue
		}
		out = append(out, Span{start, m.Start})
		start = m.End
	}
	return append(out, Span{start, in.End})
}

// andCut cuts a piece at each "and" that joins two diagnoses: the text
// since the last cut and the text up to the next "and" both name a
// condition. "Sprain and strain" and "left and right" stay whole. A lone
// piece needs more than one word on the right.
func (p *parser) andCut(s Span, lone bool) []Span {
	var ands []Span
	for _, m := range p.matches(andRe, s, 0) {
		if !p.innerAnd(m) {
			ands = append(ands, m)
		}
	}
	var out []Span
	from := s.Start
	for k, m := range ands {
		next := s.End
		if k+1 < len(ands) {
			next = ands[k+1].Start
		}
		left, right := Span{from, m.Start}, Span{m.End, next}
		if p.namesCondition(left) && p.namesCondition(right) && (!lone || strings.Contains(p.at(Span{m.End, s.End}), " ")) {
			out = append(out, left)
			from = m.End
		}
	}
	return append(out, Span{from, s.End})
}

var (
	lateralEnd   = regexp.MustCompile(`(?i)\b(?:left|right|bilateral)$`)
	lateralStart = regexp.MustCompile(`(?i)^(?:left|right)\b`)
)

// innerAnd reports an "and" inside one diagnosis: "sprain and strain",
// "left and right".
func (p *parser) innerAnd(m Span) bool {
	before, after := p.text[max(0, m.Start-12):m.Start], p.text[m.End:min(len(p.text), m.End+12)]
	return (pairRe.MatchString(before) && pairNext.MatchString(after)) ||
		(lateralEnd.MatchString(before) && lateralStart.MatchString(after))
}

// finish trims articles and trailing dates from each piece.
func (p *parser) finish(pieces []Span) []Span {
	var out []Span
	for _, piece := range pieces {
		piece = trimPunct(p.text, piece)
		if m := leadRe2.FindStringIndex(p.at(piece)); m != nil {
			piece.Start += m[1]
		}
		if m := tailDate.FindStringIndex(p.at(piece)); m != nil {
			piece.End = piece.Start + m[0]
		}
		if m := tailAnd.FindStringIndex(p.at(piece)); m != nil {
			piece.End = piece.Start + m[0]
		}
		if piece = trimPunct(p.text, piece); piece.Len() > 0 {
			out = append(out, piece)
		}
	}
	return out
}

// cutBefore cuts a span before each match of re.
func (p *parser) cutBefore(re *regexp.Regexp, in Span) []Span {
	var out []Span
	start := in.Start
	for _, m := range p.matches(re, in, 0) {
		out = append(out, Span{start, m.Start})
		start = m.Start
	}
	return append(out, Span{start, in.End})
}

// inParens reports whether off is inside brackets opened after from.
func (p *parser) inParens(from, off int) bool {
	return strings.Count(p.text[from:off], "(") > strings.Count(p.text[from:off], ")")
}

// mergePieces joins list pieces that are not diagnoses by themselves to
// the piece before them (the first to the one after it).
func (p *parser) mergePieces(pieces []Span) []Span {
	var out []Span
	for _, s := range pieces {
		if n := len(out); n > 0 && !p.namesCondition(s) {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	if len(out) > 1 && !p.namesCondition(out[0]) {
		out[1].Start = out[0].Start
		out = out[1:]
	}
	return out
}

// conditionWords are words that name a condition; conditionEnds are
// endings that do (tendinitis, stenosis, radiculopathy, cervicalgia).
var (
	conditionWords = wordSet(`strain strains sprain sprains pain fracture fractures contusion contusions syndrome
		disorder disease tear tears injury injuries lesion laceration trauma radiculopathy insomnia depression
		anxiety hypertension diabetes mellitus dyslipidemia migraine headache headaches concussion impingement
		displacement protrusion herniation bulge bulging dislocation instability stenosis spondylosis degeneration
		degenerative numbness weakness dizziness giddiness loss deficit status history stress abrasion spasm
		effusion cyst infection wound burn amputation crush fall sciatica lumbago cervicalgia obesity asthma apnea
		tinnitus vertigo hematoma swelling edema paresthesia paresthesias rupture avulsion subluxation derangement
		tendinosis tendinopathy bursitis complaint complaints condition myalgia nausea dysfunction tendonitis
		suicidal jammed stiffness infarct impairment trigger`)
	conditionEnds = []string{"itis", "osis", "opathy", "algia", "esia", "esias", "plegia", "ectomy", "otomy", "oplasty"}
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// namesCondition reports whether a list piece names a condition, by the
// lexicon or by the condition words.
func (p *parser) namesCondition(s Span) bool {
	t := p.at(s)
	lower := lowerASCII(t)
	if strings.Contains(lower, "s/p") {
		return true
	}
	for _, w := range strings.FieldsFunc(lower, notLetter) {
		if conditionWords[w] || hasEnding(w, conditionEnds) {
			return true
		}
	}
	return len(p.lex.Find(t, lexicon.KindDiagnosis)) > 0
}

func hasEnding(w string, ends []string) bool {
	for _, e := range ends {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// diagnosis makes a diagnosis fact: the phrase as written, lower case as
// its value, with the lexicon concept it names.
func (p *parser) diagnosis(s Span) Diagnosis {
	s = trimQuotes(p.text, s)
	d := Diagnosis{Fact: fact(p, s, strings.ToLower(collapse(p.at(s))))}
	if m, ok := p.lex.Best(p.at(s), lexicon.KindDiagnosis); ok {
		d.Concept, d.Category = m.Concept.ID, m.Concept.Category
	}
	return d
}
