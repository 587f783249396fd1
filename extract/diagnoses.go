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
	`|undergoing\s+treatment\s+for\s*:?` +
	`)\s*`)

// phraseStop ends a diagnosis list inside a sentence.
var phraseStop = regexp.MustCompile(`(?i)\s+(?:who|which|that|per|since|after|following|on \d|in \d|dated|as of)\b|;|, (?:who|and (?:he|she|was|is|has|had)\b)`)

// diagnoses reads the diagnosis lists of the summary.
func (p *parser) diagnoses() {
	in := p.summary()
	seen := map[string]bool{}
	for _, start := range p.matches(diagnosisRe, in, 0) {
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

// listItemRe cuts a list at commas and at the last "and".
var listItemRe = regexp.MustCompile(`\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+`)

// splitDiagnoses cuts a list into diagnosis phrases. A piece that names
// no condition (e.g. "fascia" in "strain of muscle, fascia and tendon")
// stays with the piece before it.
func (p *parser) splitDiagnoses(list Span) []Span {
	if list.Len() == 0 {
		return nil
	}
	var pieces []Span
	start := list.Start
	for _, m := range p.matches(listItemRe, list, 0) {
		if p.inParens(list.Start, m.Start) {
			continue
		}
		pieces = append(pieces, Span{start, m.Start})
		start = m.End
	}
	pieces = append(pieces, Span{start, list.End})
	return p.mergePieces(pieces)
}

// inParens reports whether off is inside brackets opened after from.
func (p *parser) inParens(from, off int) bool {
	return strings.Count(p.text[from:off], "(") > strings.Count(p.text[from:off], ")")
}

// mergePieces joins list pieces that are not diagnoses by themselves to
// their neighbour.
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

// conditionRe recognises words that name a condition.
var conditionRe = regexp.MustCompile(`(?i)\b(?:\w+(?:itis|osis|opathy|algia|esia|esias|plegia|ectomy|otomy|oplasty)|strain|strains|sprain|sprains|pain|fracture|fractures|contusion|contusions|syndrome|disorder|disease|tear|tears|injury|injuries|lesion|laceration|trauma|radiculopathy|insomnia|depression|anxiety|hypertension|diabetes|mellitus|dyslipidemia|migraine|headaches?|concussion|impingement|displacement|protrusion|herniation|bulge|bulging|dislocation|instability|stenosis|spondylosis|degeneration|degenerative|numbness|weakness|dizziness|giddiness|loss|deficit|status post|s/p|history|stress|abrasion|spasm|effusion|cyst|infection|wound|burn|amputation|crush|fall|sciatica|lumbago|cervicalgia|obesity|asthma|apnea|tinnitus|vertigo|hematoma|swelling|edema|sprain/strain|strain/sprain|paresthesias?|rupture|avulsion|subluxation|derangement|tendinosis|tendinopathy|bursitis|finger|thumb|complaints?|encounter|condition)\b`)

// namesCondition reports whether a list piece names a condition, by the
// lexicon or by the condition words.
func (p *parser) namesCondition(s Span) bool {
	t := p.at(s)
	if conditionRe.MatchString(t) {
		return true
	}
	return len(p.lex.Find(t, lexicon.KindDiagnosis)) > 0
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
