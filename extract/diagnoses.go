package extract

import (
	"slices"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

// diagnosisOpen opens a list of the claimant's diagnoses; it runs folded
// near its keys.
var diagnosisOpen = patternOf(`(?i)\b(?:` +
	`(?:(?:was|were|is|has been|had been|been|being)\s+)?diagnosed\s+(?:as having|as|with)\s*:?` +
	`|diagnos(?:is|es)\s+(?:were|was|are|is|have been|has been)\s+noted\s+to\s+(?:include|be)\s*:?` +
	`|diagnos(?:is|es)\s+(?:include[sd]?|are|is|was|were|has been|have been)(?:\s+(?:documented|noted|listed|reported|given)\s+as)?\s*:?` +
	`|(?:current|primary|working|final|admitting|comorbid|pertinent)?\s*diagnos(?:is|es)\s+of\s*:?` +
	`|diagnos(?:is|es)\s*:` +
	`|(?:is|was|are|were|being|been)\s+(?:currently\s+)?(?:being\s+)?treated\s+for\s+(?:the\s+)?(?:diagnos(?:is|es)\s+of\s+)?` +
	`|undergoing\s+treatments?\s+for\s*:?` +
	`|diagnos(?:is|es)\s+that\s+includes?\s*:?` +
	`)\s*`).StartsWith("wihbdcpfau ")

// phraseStop ends a diagnosis list inside a sentence.
var phraseStop = patternOf(`(?i)\s+(?:who|which|that|per|since|after|following|on \d|in \d|dated|as of|now|and repair)\b|,? (?:who|and (?:he|she|was|is|has|had|have|were|underwent|then|subsequently)\b)`).StartsWith(" ,")

// historyRe marks a diagnosis named as history, not as the claimant's
// current list.
var historyRe = patternOf(`(?i)\bhistory of(?:\s+an?)?\s*$`).StartsWith("h")

// diagnoses reads the diagnosis lists of the summary.
func (p *parser) diagnoses() {
	in := p.summary()
	seen := map[string]bool{}
	found := p.buffers().diags[:0]
	for _, m := range p.near(diagnosisOpen, in, 0, 60, 70, "diagnos", "treated for", "treatment for", "treatments for") {
		start := Span{m[0], m[1]}
		if historyRe.MatchString(p.text[max(in.Start, start.Start-20):start.Start]) {
			continue
		}
		list := p.diagnosisList(Span{start.End, in.End})
		for _, s := range p.splitDiagnoses(list) {
			d := p.diagnosis(s)
			if !seen[d.Value] {
				seen[d.Value] = true
				found = append(found, d)
			}
		}
	}
	if len(found) > 0 {
		p.l.Diagnoses = append(p.l.Diagnoses, found...)
	}
	p.bufs.diags = found
}

// diagnosisList returns the list that starts at in.Start: up to the end
// of the sentence or a clause that is not part of it.
func (p *parser) diagnosisList(in Span) Span {
	end := p.sentenceEnd(in.Start, in.End)
	s := Span{in.Start, end}
	if m := phraseStop.Find(p.at(s)); m != nil {
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
	semiRe    = patternOf(`\s*;\s*(?:and\s+)?`).StartsWith(" ;")
	commaRe2  = patternOf(`\s*,\s*(?:and\s+|as well as\s+)?`).StartsWith(" ,")
	andRe     = patternOf(`\s+(?:and|as well as)\s+`).StartsWith(" ")
	pairRe    = patternOf(`(?i)\b(?:sprains?|strains?)\s*$`).StartsWith("s")
	pairNext  = patternOf(`(?i)^(?:sprains?|strains?)\b`)
	subHeadRe = patternOf(`(?i)\s+(?:status post|s/p|rule out|r/o)\s`).StartsWith(" ") // run folded
	tailAnd   = patternOf(`(?i)\s+(?:and|or|with)$`).StartsWith(" ")
	leadRe2   = patternOf(`(?i)^(?:(?:a|an|the|documented(?: as)?|of|with|for)\s+)+`)
	tailDate  = patternOf(`(?i)\s+(?:(?:in|on|since|from|dated)\s+)?(?:` + datePattern + `|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4,5})$`).StartsWith(" ")
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

// splitGroup splits one group of a list, keeping each official
// ICD-10-CM name with commas of its own whole ("strain of unspecified
// muscle, fascia and tendon at shoulder and upper arm level, right
// arm").
func (p *parser) splitGroup(g Span) []Span {
	var out []Span
	from := g.Start
	for _, run := range p.officialNames(g) {
		if gap := p.gapBefore(Span{from, run.Start}); gap.Len() > 0 {
			out = append(out, p.splitPlain(gap)...)
		}
		out = append(out, run)
		from = run.End
	}
	if rest := p.gapBefore(Span{from, g.End}); rest.Len() > 0 {
		out = append(out, p.splitPlain(rest)...)
	}
	return out
}

// officialNames returns the official names with commas or "and" of
// their own that start a piece of a group (at its start, or after a comma or an
// "and"), in order.
func (p *parser) officialNames(g Span) []Span {
	if t := p.at(g); !strings.Contains(t, ",") && !strings.Contains(t, " and ") {
		return nil
	}
	cs := lexicon.ICD10CM()
	starts := []int{g.Start}
	for _, m := range append(p.spansOf(commaRe2, g), p.spansOf(andRe, g)...) {
		starts = append(starts, m.End)
	}
	slices.Sort(starts)
	var out []Span
	for _, st := range starts {
		if len(out) > 0 && st < out[len(out)-1].End {
			continue
		}
		if n := cs.Official(p.text[st:g.End]); n > 0 {
			out = append(out, Span{st, p.bracketAfter(st+n, g.End)})
		}
	}
	return out
}

// bracketAfter returns the end of a bracket that follows off, after
// white space, within limit ("(right arm)"), else off.
func (p *parser) bracketAfter(off, limit int) int {
	i := skipSpace(p.text[:limit], off)
	if i < limit && p.text[i] == '(' {
		if j := strings.IndexByte(p.text[i:limit], ')'); j > 0 {
			return i + j + 1
		}
	}
	return off
}

// gapBefore trims the separators around the text between two official
// names: commas, white space, a leading "and".
func (p *parser) gapBefore(s Span) Span {
	for s.Start < s.End && inSet(p.text[s.Start], ",; \t\n") {
		s.Start++
	}
	s = trimPunct(p.text, s)
	if m := andLead.Find(p.at(s)); m != nil {
		s.Start += m[1]
	}
	return trimPunct(p.text, s)
}

var andLead = patternOf(`(?i)^(?:and|as well as)\s+`)

// splitPlain splits a piece of a group without official names.
func (p *parser) splitPlain(g Span) []Span {
	var pieces []Span
	for _, s := range p.cutAt(commaRe2, g) {
		pieces = append(pieces, p.cutBefore(subHeadRe, s)...)
	}
	pieces = p.mergePieces(pieces)
	n := len(pieces) - 1
	return append(pieces[:n], p.andCut(pieces[n], n == 0)...)
}

// cutAt cuts a span at the matches of pt that are outside brackets.
func (p *parser) cutAt(pt *pattern, in Span) []Span {
	var out []Span
	start := in.Start
	for _, m := range p.spansOf(pt, in) {
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
// condition, or, where the text up to the next "and" is a word or two
// that name none, all the rest does (it is one diagnosis: "homicidal and
// suicidal thoughts").
// "Sprain and strain" and "left and right" stay whole. A lone piece needs
// more than one word on the right.
func (p *parser) andCut(s Span, lone bool) []Span {
	var ands []Span
	for _, m := range p.spansOf(andRe, s) {
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
		if !p.namesCondition(left) || lone && !strings.Contains(p.at(Span{m.End, s.End}), " ") {
			continue
		}
		if p.namesCondition(right) {
			out = append(out, left)
			from = m.End
			continue
		}
		if rest := (Span{m.End, s.End}); next < s.End && len(strings.Fields(p.at(right))) <= 2 && p.namesCondition(rest) {
			// "depression and fleeting homicidal and suicidal thoughts": a
			// piece that names no condition belongs with the rest.
			return append(out, left, rest)
		}
	}
	return append(out, Span{from, s.End})
}

var (
	lateralEnd   = patternOf(`(?i)\b(?:left|right|bilateral)$`).StartsWith("lrb")
	lateralStart = patternOf(`(?i)^(?:left|right)\b`)
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
		if m := leadRe2.FindIn(p.at(piece), p.lowerAt(piece)); m != nil {
			piece.Start += m[1]
		}
		if m := tailDate.Find(p.at(piece)); m != nil {
			piece.End = piece.Start + m[0]
		}
		if m := tailAnd.Find(p.at(piece)); m != nil {
			piece.End = piece.Start + m[0]
		}
		if piece = trimPunct(p.text, piece); piece.Len() > 0 {
			out = append(out, piece)
		}
	}
	return out
}

// cutBefore cuts a span before each match of pt.
func (p *parser) cutBefore(pt *pattern, in Span) []Span {
	var out []Span
	start := in.Start
	for _, m := range p.spansOf(pt, in) {
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
	lower := p.lowerAt(s)
	if strings.Contains(lower, "s/p") {
		return true
	}
	for w := range strings.FieldsFuncSeq(lower, notLetter) {
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

// spansOf returns the spans of the matches of a pattern in a span, the
// pattern run folded or case-sensitive (see matches).
func (p *parser) spansOf(pt *pattern, in Span) []Span {
	var out []Span
	for x := range p.matches(pt, in) {
		out = append(out, Span{in.Start + x[0], in.Start + x[1]})
	}
	return out
}
