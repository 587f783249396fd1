package extract

import (
	"strings"
)

// hashCounts reads "#60", "#60 grams", "tabs #30".
func (p *parser) hashCounts(in Span) []quantity {
	var out []quantity
	t := p.at(in)
	for _, m := range hashRe.FindAll(t) {
		s := Span{in.Start + m[0], in.Start + m[1]}
		v, _ := numberValue(t[m[2]:m[3]])
		unit := ""
		if m[4] >= 0 {
			unit = unitOf(t[m[4]:m[5]])
		} else {
			s.End = in.Start + m[3]
			unit = objectUnit(p.unitBefore(in, s.Start))
		}
		if unit == "" && p.isDrug(in) {
			unit = p.dosageForm(in)
		}
		if unit == "" && dailyWord.MatchString(t) {
			unit = "day"
		}
		out = append(out, quantity{value: v, unit: unit, text: s, remove: []Span{p.widen(in, s)}, rank: 3})
	}
	return out
}

var formRe = patternOf(`(?i)\b(tablets?|tabs?|capsules?|caps?|patch(?:es)?|pads?)\b`).StartsWith("tcp")

// dosageForm is the unit of a drug counted by "#N": its dosage form where
// the request names one ("oral tablet"), else "unit".
func (p *parser) dosageForm(in Span) string {
	if m := formRe.Find(p.at(in)); m != nil && m[1] > m[0] {
		return unitOf(p.at(in)[m[0]:m[1]])
	}
	return "unit"
}

// leadWords are the words after a leading number that name what is
// counted ("Three months coverage of", "One container of").
var leadUnitRe = patternOf(`(?i)^(sessions?|visits?|treatments?|months?|weeks?|days?|refills?|containers?|boxes|box|tubes?|bottles?|injections?)\b(?:(?:\s+(?:coverage|supply))?\s+of\b)?`)

// leadCounts reads a count that opens the request: "Eight (8) physical
// therapy sessions", "Three sessions of physical therapy", "1 knee
// scooter", "one month supply of".
func (p *parser) leadCounts(in Span) []quantity {
	m := leadRe.FindIn(p.at(in), p.lowerAt(in))
	if m == nil {
		return nil
	}
	n := Span{in.Start + m[2], in.Start + m[3]}
	v, ok := p.countable(n, in)
	if !ok || (v == 1 && isArticle(p.at(n))) {
		return nil
	}
	rest := Span{in.Start + m[1], in.End}
	if u := leadUnitRe.FindIn(p.at(rest), p.lowerAt(rest)); u != nil {
		s := Span{n.Start, rest.Start + u[3]}
		rm := Span{n.Start, rest.Start + u[1]}
		unit := unitOf(p.text[rest.Start+u[2] : rest.Start+u[3]])
		return []quantity{{value: v, unit: unit, text: s, remove: []Span{trimSpanRight(p.text, rm, in)}, rank: leadRank(unit)}}
	}
	text := Span{n.Start, in.Start + max(m[3], m[5])}
	unit, rm := p.headNoun(rest)
	return []quantity{{value: v, unit: unit, text: text, remove: append(rm, Span{n.Start, rest.Start}), rank: leadRank(unit)}}
}

// leadRank ranks a leading count: a count of sessions or visits states
// the total and wins over a frequency phrase.
func leadRank(unit string) int {
	if unit == "session" || unit == "visit" {
		return 1
	}
	return 4
}

// objectUnit keeps the units that count things, not time ("tabs #30",
// not "14 days #40").
func objectUnit(u string) string {
	switch u {
	case "day", "week", "month", "session", "visit":
		return ""
	}
	return u
}

// sumRe is a count of sessions or visits anywhere in a request.
var sumRe = patternOf(`(?i)\b(` + num + `)\s+(?:[A-Za-z/-]+\s+){0,4}?(sessions|visits)\b`).StartsWith(numStart)

// sumCounts adds up counts of the same unit joined by "and": "two
// physical therapy sessions for the lumbar spine and eight physical
// therapy sessions for the left wrist" is 10 sessions.
func (p *parser) sumCounts(in Span) []quantity {
	ms := sumRe.FindAll(p.at(in))
	if len(ms) < 2 {
		return nil
	}
	total, unit := 0.0, ""
	var rm []Span
	for k, m := range ms {
		n := Span{in.Start + m[2], in.Start + m[3]}
		v, ok := p.countable(n, in)
		u := unitOf(p.text[in.Start+m[4] : in.Start+m[5]])
		if !ok || (k > 0 && u != unit) {
			return nil
		}
		total, unit = total+v, u
		rm = append(rm, Span{n.Start, n.End + 1}, Span{in.Start + m[4] - 1, in.Start + m[5]})
	}
	between := p.text[in.Start+ms[0][1] : in.Start+ms[len(ms)-1][0]]
	if !strings.Contains(between, " and ") {
		return nil
	}
	s := Span{in.Start + ms[0][0], in.Start + ms[len(ms)-1][1]}
	return []quantity{{value: total, unit: unit, text: s, remove: rm, rank: 1}}
}

func isArticle(s string) bool {
	s = strings.ToLower(s)
	return s == "a" || s == "an" || s == "single"
}

// trimSpanRight extends a removal over the white space after it.
func trimSpanRight(text string, s, in Span) Span {
	for s.End < in.End && text[s.End] == ' ' {
		s.End++
	}
	return s
}

// headNounRe finds the noun a leading count counts: the last word before
// a preposition, comma or the end.
var headNounRe = patternOf(`(?i)^(.*?)\b([A-Za-z]+)\b(\s*(?:\([^)]*\))?)(?:\s+(?:for|to|of|on|in|at|with)\b|,|$)`)

// headNoun returns the unit a leading count counts and, when that noun is
// a plain count noun (sessions, visits), the span to leave out of the
// service.
func (p *parser) headNoun(rest Span) (string, []Span) {
	m := headNounRe.Find(p.at(rest))
	if m == nil {
		return "", nil
	}
	w := p.hyphenated(Span{rest.Start + m[4], rest.Start + m[5]}, rest.Start)
	unit := unitOf(p.at(w))
	if unit == "" {
		unit = singular(strings.ToLower(p.at(w)))
	}
	if isCountNoun(p.at(w)) {
		return unit, []Span{{w.Start - 1, w.End}}
	}
	return unit, nil
}

// hyphenated widens a word over the words a hyphen joins it to before
// it, back to from: the noun of "2 x-rays" is "x-rays", not "rays".
func (p *parser) hyphenated(w Span, from int) Span {
	for w.Start-2 >= from && p.text[w.Start-1] == '-' && isLetter(p.text[w.Start-2]) {
		w.Start -= 2
		for w.Start > from && isLetter(p.text[w.Start-1]) {
			w.Start--
		}
	}
	return w
}

// isCountNoun reports a noun that only counts (left out of a service):
// sessions, visits, treatments, in any case.
func isCountNoun(w string) bool {
	return strings.EqualFold(w, "sessions") || strings.EqualFold(w, "visits") || strings.EqualFold(w, "treatments")
}

// nounCounts reads "12 sessions", "7-10 days", "14 days rental", "one
// week" anywhere in the request.
func (p *parser) nounCounts(in Span) []quantity {
	var out []quantity
	t := p.at(in)
	for _, m := range countRe.FindAll(t) {
		n := Span{in.Start + m[2], in.Start + m[3]}
		v, ok := p.countable(n, in)
		if !ok || isArticle(p.at(n)) {
			continue
		}
		s := Span{n.Start, in.Start + m[5]}
		rank := 5
		if u := unitOf(t[m[4]:m[5]]); u == "day" || u == "week" || u == "month" {
			rank = 6
		}
		rm := p.widen(in, s)
		if strings.HasPrefix(strings.ToLower(p.text[rm.End:in.End]), " use") {
			rm.End += len(" use")
		}
		out = append(out, quantity{value: v, unit: unitOf(t[m[4]:m[5]]), text: s, remove: []Span{rm}, rank: rank})
	}
	return out
}

// timesCounts reads "times 3", "x 2" and a trailing ", 2".
func (p *parser) timesCounts(in Span) []quantity {
	var out []quantity
	t := p.at(in)
	for _, m := range timesRe.FindAll(t) {
		s := trimSpan(p.text, Span{in.Start + m[0], in.Start + m[1]})
		s.Start += strings.IndexFunc(p.at(s), func(r rune) bool { return r != ',' && r != ' ' })
		v, _ := numberValue(t[m[2]:m[3]])
		out = append(out, quantity{value: v, unit: p.unitBefore(in, s.Start), text: s, remove: []Span{p.widen(in, s)}, rank: 7})
	}
	if m := trailRe.Find(t); m != nil {
		s := Span{in.Start + m[2], in.Start + m[3]}
		v, _ := numberValue(p.at(s))
		out = append(out, quantity{value: v, unit: p.unitBefore(in, in.Start+m[0]), text: s, remove: []Span{{in.Start + m[0], in.End}}, rank: 8})
	}
	return out
}

// gramCounts reads an amount in grams when nothing else counts.
func (p *parser) gramCounts(in Span) []quantity {
	var out []quantity
	t := p.at(in)
	for _, m := range gramsRe.FindAll(t) {
		s := Span{in.Start + m[0], in.Start + m[1]}
		v, _ := numberValue(t[m[2]:m[3]])
		out = append(out, quantity{value: v, unit: "gram", text: s, remove: []Span{p.widen(in, s)}, rank: 9})
	}
	return out
}

// unitBefore returns the count unit named by the word before off ("tabs
// #30", "sessions QTY: 14", "Physical Therapy sessions, 12").
func (p *parser) unitBefore(in Span, off int) string {
	before := strings.TrimRight(p.text[in.Start:off], " ,")
	i := strings.LastIndexAny(before, " ,(") + 1
	return unitOf(before[i:])
}

// units maps count nouns as written to their singular unit.
var units = map[string]string{
	"session": "session", "visit": "visit", "treatment": "session", "tab": "tablet", "tabs": "tablet",
	"tablet": "tablet", "cap": "capsule", "caps": "capsule", "capsule": "capsule", "patch": "patch",
	"patches": "patch", "pad": "pad", "injection": "injection", "unit": "unit", "day": "day", "week": "week",
	"month": "month", "mo": "month", "mos": "month", "wk": "week", "wks": "week", "gram": "gram", "grams": "gram",
	"gm": "gram", "g": "gram", "box": "box", "boxes": "box", "refill": "refill", "container": "container",
	"brace": "brace", "braces": "brace", "wrap": "wrap", "bottle": "bottle", "tube": "tube", "jar": "jar",
}

// unitOf returns the unit a count noun names, or "".
func unitOf(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	if u, ok := units[w]; ok {
		return u
	}
	if u, ok := units[singular(w)]; ok {
		return u
	}
	return ""
}

// singular drops a plural ending.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

var (
	perDayRe  = patternOf(`(?i)\bper day\b|\bhome (?:aide|health)\b`).StartsWith("ph")
	visitsRe  = patternOf(`(?i)\bvisits\b`).StartsWith("v")
	therapyRe = patternOf(`(?i)\b(?:therapy|therapies|chiro\w*|acupuncture|CBT|psychotherapy|PT|OT|rehab\w*|physiotherapy|counseling|biofeedback)\b`).StartsWith("tcaporb")
	strengthR = patternOf(`(?i)\d\s*(?:mg|mcg|ml)\b|\d\s*%`).StartsWith("0123456789")
)

// freqUnit is the unit of a frequency phrase: sessions, or visits or days
// where the request says so.
func (p *parser) freqUnit(in Span) string {
	t := p.at(in)
	switch {
	case perDayRe.MatchString(t):
		return "day"
	case visitsRe.MatchString(t):
		return "visit"
	}
	return "session"
}

// defaultUnit is the unit of a bare count: sessions for therapies.
func (p *parser) defaultUnit(in Span) string {
	if therapyRe.MatchString(p.at(in)) {
		return "session"
	}
	return ""
}

// isDrug reports whether a request names a drug: a strength or a drug
// in the lexicon.
func (p *parser) isDrug(in Span) bool {
	return strengthR.MatchString(p.at(in)) || p.lexDrug(in)
}

var (
	dailyWord = patternOf(`(?i)\bdaily\b`).StartsWith("d")
	forBefore = patternOf(`(?i)(?:,\s*|\s+)(?:for\s+(?:a\s+|an\s+)?|over\s+)?$`).StartsWith(", ")
	commaPrep = patternOf(`^\s*,\s*(?:for|to|of|on|in|at|with)\b`)
)

// widen extends a span to be left out of a service over a "for (a)"
// before it and a comma around it.
func (p *parser) widen(in, s Span) Span {
	before := p.text[in.Start:s.Start]
	if m := forBefore.Find(before); m != nil {
		s.Start = in.Start + m[0]
	}
	after := p.text[s.End:in.End]
	if m := commaPrep.Find(after); m != nil {
		s.End += strings.IndexByte(after, ',') + 1
	}
	return s
}
