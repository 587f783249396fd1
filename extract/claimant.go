package extract

import (
	"slices"
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

var (
	notInjury = patternOf(`(?i)^\s*(?:worker|workers|employee|party|individual|person|patient|or illness)\b`)
)

// The patterns run folded near their keys.
var (
	ageRe     = patternOf(`(?i)\b(\d{1,3})(?:\s*|-)(?:years?|yrs?\.?|y/o)(?:\s*|-)old\b|\b(?:age|aged)\s+(\d{1,3})\b`).StartsWith("0123456789a")
	sexWordRe = patternOf(`(?i)\b(male|female|man|woman|gentleman|lady|boy|girl)\b`).StartsWith("mfwglb")
	// injuryRe is a date given as the date of injury: after "injury",
	// "injured", "date of injury" or an occupational claim, and "on", "of",
	// "from" or "dated" within a few words.
	injuryRe = patternOf(`(?i)\b(?:date of (?:the )?injury|injur(?:y|ies|ed)|DOI|D/I|(?:occupational|industrial|work(?:[- ]related)?|workers' compensation) claim)\b` +
		`(?:((?:\s+[\w'-]+){0,4}?)\s*(?:\bon|\bof|\bfrom|\bdated|\bwas|\bis|:)\s*:?\s*(?:on\s+|of\s+)?|\s+)(` + datePattern + `)`).StartsWith("diow").Needing(digits...) // a date
)

// digits are the texts one of which a date needs.
var digits = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

var sexes = map[string]string{
	"male": "male", "man": "male", "gentleman": "male", "boy": "male",
	"female": "female", "woman": "female", "lady": "female", "girl": "female",
}

// summary returns the clinical case summary, or the whole letter when it
// has none.
func (p *parser) summary() Span {
	if s, ok := p.section(SectionSummary); ok {
		return s
	}
	return Span{0, len(p.text)}
}

// claimant reads the claimant's age, sex and dates of injury from the
// case summary.
func (p *parser) claimant() {
	in := p.summary()
	p.age(in)
	p.sex(in)
	p.injuryDates(in)
}

// age keeps the first age the summary states.
func (p *parser) age(in Span) {
	if ages := p.ageMentions(in); len(ages) > 0 {
		p.l.Claimant.Age = &ages[0]
	}
}

// sex takes the first sex word of the summary, else the pronouns most
// used for the claimant.
func (p *parser) sex(in Span) {
	if ws := p.sexWords(in); len(ws) > 0 {
		p.l.Claimant.Sex = &ws[0]
		return
	}
	he, she := p.pronouns(in)
	switch {
	case len(he) > len(she):
		f := fact(p, he[0], "male")
		p.l.Claimant.Sex = &f
	case len(she) > len(he):
		f := fact(p, she[0], "female")
		p.l.Claimant.Sex = &f
	}
}

// injuryDates collects every date the summary gives as the date of
// injury: a date shortly after "injury", "injured" or "date of injury"
// in the same sentence.
func (p *parser) injuryDates(in Span) {
	seen := map[string]bool{}
	for _, m := range p.near(injuryRe, in, 2, 30, 130, "injury", "injuries", "injured on", "injured at", "injured in", "doi", "d/i", "claim") {
		between := group(p.text, m, 1)
		if notInjury.MatchString(between) || strings.ContainsAny(between, ".;") {
			continue
		}
		s := Span{m[4], m[5]}
		v, ok := parseDate(p.at(s))
		if ok && !seen[v] {
			seen[v] = true
			p.l.Claimant.InjuryDates = append(p.l.Claimant.InjuryDates, fact(p, s, v))
		}
	}
}

// abbrevBefore reports whether the text before a period ends with an
// abbreviation ("Dr", "yr", a single letter, "Oct").
func abbrevBefore(s string) bool {
	i := strings.LastIndexAny(s, " (\n") + 1
	w := strings.ToLower(s[i:])
	if len(w) <= 1 {
		return true
	}
	switch w {
	case "dr", "mr", "mrs", "ms", "yr", "yrs", "vs", "st", "no", "e.g", "i.e", "approx", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// sexWords reads the words that state a sex in a span ("male",
// "woman"), in order, each a fact of its sex.
func (p *parser) sexWords(in Span) []Fact[string] {
	var out []Fact[string]
	for _, m := range p.near(sexWordRe, in, 1, 2, 12, "male", "man", "gentleman", "lady", "boy", "girl") {
		s := Span{m[2], m[3]}
		out = append(out, fact(p, s, sexes[toLower(p.at(s), "male", "female")]))
	}
	return out
}

// The claimant's pronouns, by sex.
var (
	hePronouns  = []string{"he", "his", "him", "himself"}
	shePronouns = []string{"she", "her", "hers", "herself"}
)

// pronouns returns the spans of the words of hePronouns and of
// shePronouns, in any case, in a span of the text, in one pass: whole
// words (ASCII letters, digits and _ make a word, as for \b) not written
// against a slash, since "he/she" and "s/he" are how a reviewer writes of
// anyone, not the claimant.
func (p *parser) pronouns(in Span) (he, she []Span) {
	low := p.lower()
	for i := in.Start; i < in.End; {
		if !textpat.IsWord(low[i]) {
			i++
			continue
		}
		j := i
		for j < in.End && textpat.IsWord(low[j]) {
			j++
		}
		// Every pronoun is two to seven letters and starts with h or s.
		if j-i >= 2 && j-i <= 7 && (low[i] == 'h' || low[i] == 's') &&
			(i == in.Start || low[i-1] != '/') && (j == in.End || low[j] != '/') {
			switch w := low[i:j]; {
			case slices.Contains(hePronouns, w):
				he = append(he, Span{i, j})
			case slices.Contains(shePronouns, w):
				she = append(she, Span{i, j})
			}
		}
		i = j
	}
	return he, she
}
