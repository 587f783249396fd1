package extract

import (
	"strings"
)

var (
	heRe      = newPattern(`(?i)(?:^|[^/\w])(he|his|him|himself)\b(?:[^/]|$)`, pronounAt("he", "his", "him", "himself")).startsWith(nonWord + "h") // run folded
	sheRe     = newPattern(`(?i)(?:^|[^/\w])(she|her|hers|herself)\b(?:[^/]|$)`, pronounAt("she", "her", "hers", "herself")).startsWith(nonWord + "sh")
	notInjury = newAnchored(`(?i)^\s*(?:worker|workers|employee|party|individual|person|patient|or illness)\b`, notInjuryAt)
)

// The patterns run folded near their keys.
var (
	ageRe     = newPattern(`(?i)\b(\d{1,3})(?:\s*|-)(?:years?|yrs?\.?|y/o)(?:\s*|-)old\b|\b(?:age|aged)\s+(\d{1,3})\b`, ageAt).startsWith("0123456789a")
	sexWordRe = newPattern(`(?i)\b(male|female|man|woman|gentleman|lady|boy|girl)\b`, sexWordAt).startsWith("mfwglb")
	// injuryRe is a date given as the date of injury: after "injury",
	// "injured", "date of injury" or an occupational claim, and "on", "of",
	// "from" or "dated" within a few words.
	injuryRe = newPattern(`(?i)\b(?:date of (?:the )?injury|injur(?:y|ies|ed)|DOI|D/I|(?:occupational|industrial|work(?:[- ]related)?|workers' compensation) claim)\b`+
		`(?:((?:\s+[\w'-]+){0,4}?)\s*(?:\bon|\bof|\bfrom|\bdated|\bwas|\bis|:)\s*:?\s*(?:on\s+|of\s+)?|\s+)(`+datePattern+`)`, injuryDate).startsWith("diow")
)

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
	if ms := p.near(sexWordRe, in, 1, 2, 12, "male", "man", "gentleman", "lady", "boy", "girl"); len(ms) > 0 {
		s := Span{ms[0][2], ms[0][3]}
		f := fact(p, s, sexes[toLower(p.at(s), "male", "female")])
		p.l.Claimant.Sex = &f
		return
	}
	he, she := p.groupSpans(heRe, in, 1), p.groupSpans(sheRe, in, 1)
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
		if notInjury.matchString(between) || strings.ContainsAny(between, ".;") {
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

// ageAt reads, at offset i of s, an age: "48 year old",
// "48-yr.-old", "48 y/o old" (group 1) or "age 48", "aged 48" (group 2).
func ageAt(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	if e := ageOld(s, i); e >= 0 {
		d := digitsEnd(s, i)
		return []int{i, e, i, d, -1, -1}
	}
	j := space1(s, litsFold(s, i, "age", "aged"))
	if j < 0 && litFold(s, i, "aged") >= 0 {
		j = space1(s, i+len("aged"))
	}
	if e := wordEnd(s, digits(s, j, 1, 3)); e >= 0 && digitsEnd(s, j)-j <= 3 {
		return []int{i, e, -1, -1, j, e}
	}
	return nil
}

// ageOld reads "48 years old", "48-yr.-old", returning the end or -1.
func ageOld(s string, i int) int {
	d := digitsEnd(s, i)
	if d == i || d-i > 3 {
		return -1
	}
	for _, u := range ageSeparated(s, d) {
		for _, w := range ageUnits(s, u) {
			for _, o := range ageSeparated(s, w) {
				if e := wordEnd(s, litFold(s, o, "old")); e >= 0 {
					return e
				}
			}
		}
	}
	return -1
}

// ageSeparated returns where what follows white space or a hyphen at i
// may start, in the order (?:\s*|-) tries them.
func ageSeparated(s string, i int) []int {
	out := []int{skipSpace(s, i)}
	if i < len(s) && s[i] == '-' {
		out = append(out, i+1)
	}
	return out
}

// ageUnits returns the ends of the ways years?|yrs?\.?|y/o reads at i, in
// the order the pattern tries them.
func ageUnits(s string, i int) []int {
	var out []int
	if j := litFold(s, i, "year"); j >= 0 {
		if litFold(s, j, "s") >= 0 {
			out = append(out, j+1)
		}
		return append(out, j)
	}
	if j := litFold(s, i, "yr"); j >= 0 {
		if k := litFold(s, j, "s"); k >= 0 {
			if litFold(s, k, ".") >= 0 {
				out = append(out, k+1)
			}
			out = append(out, k)
		}
		if litFold(s, j, ".") >= 0 {
			out = append(out, j+1)
		}
		return append(out, j)
	}
	if j := litFold(s, i, "y/o"); j >= 0 {
		out = append(out, j)
	}
	return out
}

// sexWordAt reads, at offset i of s, a word that tells the
// claimant's sex (group 1).
func sexWordAt(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	e := wordEnd(s, litsFold(s, i, "male", "female", "man", "woman", "gentleman", "lady", "boy", "girl"))
	if e < 0 {
		return nil
	}
	return []int{i, e, i, e}
}

// injuryDate reads, at offset i of s, a date given as the date
// of injury: after "injury", "injured", "date of injury", "DOI" or an
// occupational claim, and "on", "of", "from", "dated", "was", "is" or a
// colon after up to four words (group 1), or right after them. Group 2
// is the date.
func injuryDate(s string, i int) []int {
	if !boundary(s, i) {
		return nil
	}
	h := wordEnd(s, litsFold(s, i, "date of the injury", "date of injury", "injury", "injuries", "injured", "doi", "d/i",
		"occupational claim", "industrial claim", "work-related claim", "work related claim", "work claim",
		"workers' compensation claim"))
	if h < 0 {
		return nil
	}
	if m := injuryWords(s, i, h, h, 0); m != nil {
		return m
	}
	if j := space1(s, h); j >= 0 {
		if e := dateAt(s, j); e >= 0 {
			return []int{i, e, -1, -1, j, e}
		}
	}
	return nil
}

// injuryWords reads the rest after the n words read up to w, else after
// one more word, fewest words first (a lazy {0,4}?), each word longest
// first.
func injuryWords(s string, i, h, w, n int) []int {
	if m := injuryKeyword(s, i, h, w); m != nil {
		return m
	}
	start := space1(s, w)
	if n == 4 || start < 0 {
		return nil
	}
	for e := tokenEnd(s, start); e > start; e-- {
		if m := injuryWords(s, i, h, e, n+1); m != nil {
			return m
		}
	}
	return nil
}

// tokenEnd returns the end of the letters, digits, apostrophes and
// hyphens at i ([\w'-]*).
func tokenEnd(s string, i int) int {
	for i < len(s) && (isWord(s[i]) || s[i] == '\'' || s[i] == '-') {
		i++
	}
	return i
}

// injuryKeyword reads, after the words ending at w, the word that leads
// to the date ("on", "of", "from", "dated", "was", "is" or a colon) and
// the date.
func injuryKeyword(s string, i, h, w int) []int {
	j := skipSpace(s, w)
	k := -1
	if boundary(s, j) {
		k = litsFold(s, j, "on", "of", "from", "dated", "was", "is")
	}
	if k < 0 {
		k = litFold(s, j, ":")
	}
	k = space0(s, colon(s, k))
	if k < 0 {
		return nil
	}
	for _, d := range []int{space1(s, litFold(s, k, "on")), space1(s, litFold(s, k, "of")), k} {
		if d < 0 {
			continue
		}
		if e := dateAt(s, d); e >= 0 {
			return []int{i, e, h, w, d, e}
		}
	}
	return nil
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

// nonWord holds the bytes that are not \w nor "/", for the pronouns'
// first byte.
var nonWord = func() string {
	var b []byte
	for c := 0; c < 256; c++ {
		if !isWord(byte(c)) && c != '/' {
			b = append(b, byte(c))
		}
	}
	return string(b)
}()

// pronounAt returns a matcher of one of the words (group 1) opening the
// text or after a character that is no word character nor "/", and the
// character after it unless that is "/".
func pronounAt(words ...string) matcher {
	var heads byteSet // the first letters of the words, in both cases
	for _, w := range words {
		heads[w[0]], heads[w[0]-'a'+'A'] = true, true
	}
	return func(s string, i int) []int {
		// Most calls are at a space before some other word: a word can
		// only open at 0 or at the next character.
		if i > 0 && (i >= len(s) || isWord(s[i]) || s[i] == '/' || nextChar(s, i) >= len(s) || !heads[s[nextChar(s, i)]]) {
			return nil
		}
		var starts [2]int
		starts[0], starts[1] = -1, -1
		if i == 0 {
			starts[0] = 0
		}
		if i < len(s) && !isWord(s[i]) && s[i] != '/' {
			starts[1] = nextChar(s, i)
		}
		for _, j := range starts {
			if j < 0 {
				continue
			}
			for _, w := range words {
				e := wordEnd(s, litFold(s, j, w))
				switch {
				case e < 0:
				case e == len(s):
					return []int{i, e, j, e}
				case s[e] != '/':
					return []int{i, nextChar(s, e), j, e}
				}
			}
		}
		return nil
	}
}

// notInjuryAt reads, opening the text, a word that makes "injured" no
// date of injury: "worker", "employee", "patient", "or illness".
func notInjuryAt(s string, i int) []int {
	if i != 0 {
		return nil
	}
	j := skipSpace(s, 0)
	for _, w := range []string{"worker", "workers", "employee", "party", "individual", "person", "patient", "or illness"} {
		if e := wordEnd(s, litFold(s, j, w)); e >= 0 {
			return span(0, e)
		}
	}
	return nil
}

// groupSpans returns the absolute spans of group g of the matches of a
// pattern run folded (see scan) in a span.
func (p *parser) groupSpans(pt *pattern, in Span, g int) []Span {
	var out []Span
	for m := range pt.each(p.at(in)) {
		if m[2*g] >= 0 {
			out = append(out, Span{in.Start + m[2*g], in.Start + m[2*g+1]})
		}
	}
	return out
}
