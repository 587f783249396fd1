package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

// numWords are the spelled numbers letters use for counts.
var numWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "a": 1, "an": 1, "single": 1,
}

const (
	num    = `(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-four)?|thirty|forty|fifty|sixty|ninety)`
	rng    = num + `(?:\s*(?:-|to|or)\s*` + num + `)?`
	period = `(?:weeks?|wks?|days?|months?|mos?)`
	// numStart holds the bytes num may start with.
	numStart = "0123456789otfsen"
	// A frequency reads "2 times a week", "3x per day": a count, a
	// times word, a per word and a period or "weekly", "daily".
	timesWord = `(?:times|x)`
	perWord   = `(?:a|per|each|/)`
	// sessionNoun is what a count of visits counts.
	sessionNoun = `(?:sessions?|visits?|treatments?)`
)

var (
	qtyRe = patternOf(`(?i)\b(?:QTY|quantity)\s*:?\s*#?\s*(`+num+`)`).StartsWith("q").
		Needing("qty", "quantity").MadeOf(".:# -")
	freqRe = patternOf(`(?i)\b(` + rng + `)\s*` + timesWord + `\s*(?:` + perWord + `\s*(week|wk|day|month)|(weekly|daily|monthly))` +
		`\s*,?\s*(?:for|x|times|over)?\s*(` + rng + `)\s*(` + period + `)\b` + // the duration
		`(\s*\((?:` + num + `)(?:\s+` + sessionNoun + `)?\))?`).StartsWith(numStart)
	nxmRe   = patternOf(`(?i)\b(\d+)\s*x\s*(\d+)\b(\s*(?:weeks?|wks?))?`).StartsWith("0123456789")
	nTimesM = patternOf(`(?i)\b(` + num + `)\s+times\s+(\d+)\b\s*$`).StartsWith(numStart)
	dailyRe = patternOf(`(?i)\bDaily\b(.*?)\bfor\s+(` + num + `)\s+(weeks?|months?)\b`).StartsWith("d")
	hashRe  = patternOf(`#\s*(\d+(?:\.\d+)?)(\s+(?:grams?|gm|g|box(?:es)?|bottles?|tubes?|jars?|containers?|tabs?|tablets?|caps?|capsules?|patch(?:es)?|units?|pads?)\b)?`).StartsWith("#")
	leadRe  = patternOf(`(?i)^(?:[A-Za-z][A-Za-z ]{0,40}:\s+)?(` + rng + `)(\s*\(\d+\))?\s+`)
	countRe = patternOf(`(?i)\b(`+rng+`)[ -](sessions?|visits?|treatments?|injections?|days?|weeks?|months?)\b`).StartsWith(numStart).
		Needing("session", "visit", "treatment", "injection", "day", "week", "month").MadeOf(".- ")
	timesRe = patternOf(`(?i)(?:^|[\s,])(?:times|x)\s*(\d+)\b`).StartsWith(" ,tx")
	trailRe = patternOf(`,\s*(\d+)\s*$`).StartsWith(",")
	gramsRe = patternOf(`(?i)\b(\d+(?:\.\d+)?)\s*(?:gm|grams?|g)\b`).StartsWith("0123456789")
	notNext = patternOf(`(?i)^\s*(?:mg|mcg|ml|cc|%|mm|cm|percent|/|-?\s*in\s*-?\s*1\b|phase|tesla|levels?|hours?|hrs?|mins?|minutes?|d\b|dimensional|way|point|lead|view|year|yr|units? of)`)
)

// quantity is a count found in a request, before it becomes a fact.
type quantity struct {
	value  float64
	unit   string
	text   Span   // the words that give the count
	remove []Span // what the service leaves out
	rank   int    // lower wins
}

// request reads the quantity and the service of an item header.
func (p *parser) request(header Span) (*Quantity, *Service) {
	q, ok := p.count(header)
	cut := p.furniture(header)
	var qf *Quantity
	if ok {
		cut = append(cut, q.remove...)
		f := Quantity{Fact: fact(p, q.text, q.value), Unit: Str(q.unit)}
		qf = &f
	}
	return qf, p.service(header, cut, ok)
}

// count finds the best count in a request phrase.
func (p *parser) count(in Span) (quantity, bool) {
	if !hasNumber(p.at(in)) {
		return quantity{}, false
	}
	found := make([]quantity, 0, 8) // room for most requests, on the stack
	lower := p.lowerAt(in)
	for _, c := range counters {
		if c.keys == nil || textpat.ContainsAny(lower, c.keys...) {
			found = append(found, c.read(p, in)...)
		}
	}
	if len(found) == 0 {
		return quantity{}, false
	}
	slices.SortStableFunc(found, func(a, b quantity) int { return a.rank - b.rank })
	q := p.parenTotal(in, found[0])
	if q.unit == "" {
		q.unit = p.defaultUnit(in)
	}
	for _, f := range found[1:] {
		if f.unit != "gram" && !overlaps(f.text, q.text) {
			q.remove = append(q.remove, f.remove...)
		}
	}
	return q, true
}

func overlaps(a, b Span) bool { return a.Start < b.End && b.Start < a.End }

// counters read counts, each only when the request holds one of its
// words (nil: always).
var counters = []struct {
	read func(*parser, Span) []quantity
	keys []string
}{
	{(*parser).qtyCounts, []string{"qty", "quantity"}},
	{(*parser).sumCounts, []string{"sessions", "visits"}},
	{(*parser).freqCounts, []string{"times", "x", "daily"}},
	{(*parser).hashCounts, []string{"#"}},
	{(*parser).leadCounts, nil},
	{(*parser).nounCounts, []string{"session", "visit", "treatment", "injection", "day", "week", "month"}},
	{(*parser).timesCounts, []string{"times", "x", ","}},
	{(*parser).gramCounts, []string{"g"}},
}

// numberValue reads a number or a range (upper bound) as written.
func numberValue(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, sep := range []string{" to ", "-", " or "} {
		if i := strings.LastIndex(s, sep); i > 0 && !strings.HasPrefix(s, "twenty-") {
			s = strings.TrimSpace(s[i+len(sep):])
		}
	}
	if v, ok := numWords[s]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// counts reads a number at span s unless what follows makes it a
// strength, a level or a size.
func (p *parser) countable(s Span, in Span) (float64, bool) {
	if notNext.MatchIn(p.text[s.End:in.End], p.lower()[s.End:in.End]) || levelBefore(p.text[in.Start:s.Start]) {
		return 0, false
	}
	return numberValue(p.at(s))
}

// levelBefore reports a spine level or a model name before a number
// ("L4-5", "T9").
func levelBefore(before string) bool {
	n := len(before)
	return n > 0 && strings.ContainsRune("LTCSlcts", rune(before[n-1]))
}

func (p *parser) qtyCounts(in Span) []quantity {
	var out []quantity
	for _, m := range qtyRe.FindAll(p.at(in)) {
		all := Span{in.Start + m[0], in.Start + m[1]}
		v, _ := numberValue(p.text[in.Start+m[2] : in.Start+m[3]])
		out = append(out, quantity{value: v, unit: p.unitBefore(in, all.Start), text: all, remove: []Span{all}, rank: 0})
	}
	return out
}

// freqCounts reads "2 times a week for 6 weeks (12 sessions)", "2x6" and
// "Daily ... for 4 weeks".
func (p *parser) freqCounts(in Span) []quantity {
	var out []quantity
	t := p.at(in)
	lower := p.lower()[in.Start:in.End]
	if !strings.Contains(lower, "times") && !strings.Contains(lower, "x") {
		return p.dailyCounts(in)
	}
	for _, m := range freqRe.FindAll(t) {
		f, _ := numberValue(t[m[2]:m[3]])
		d, _ := numberValue(t[m[8]:m[9]])
		per := group(t, m, 2) + group(t, m, 3)
		s := Span{in.Start + m[0], in.Start + m[1]}
		q := quantity{unit: p.freqUnit(in), rank: 2}
		q.text, q.value = p.withTotal(in, s, f*d*periodRatio(per, t[m[10]:m[11]]))
		q.remove = []Span{p.widen(in, q.text)}
		out = append(out, q)
	}
	for _, m := range nxmRe.FindAll(t) {
		s := Span{in.Start + m[0], in.Start + m[1]}
		f, _ := numberValue(t[m[2]:m[3]])
		d, _ := numberValue(t[m[4]:m[5]])
		out = append(out, quantity{value: f * d, unit: p.freqUnit(in), text: s, remove: []Span{p.widen(in, s)}, rank: 2})
	}
	if m := nTimesM.Find(t); m != nil {
		s := Span{in.Start + m[0], in.Start + m[1]}
		f, _ := numberValue(t[m[2]:m[3]])
		d, _ := numberValue(t[m[4]:m[5]])
		out = append(out, quantity{value: f * d, unit: p.freqUnit(in), text: trimSpan(p.text, s), remove: []Span{p.widen(in, s)}, rank: 2})
	}
	return append(out, p.dailyCounts(in)...)
}

// dailyCounts reads "Daily RN for 4 weeks" as 28 days.
func (p *parser) dailyCounts(in Span) []quantity {
	var out []quantity
	t := p.at(in)
	if !strings.Contains(p.lower()[in.Start:in.End], "daily") {
		return nil
	}
	if m := dailyRe.Find(t); m != nil {
		s := Span{in.Start + m[0], in.Start + m[1]}
		d, _ := numberValue(t[m[4]:m[5]])
		days := d * 7
		if strings.HasPrefix(strings.ToLower(t[m[6]:m[7]]), "month") {
			days = d * 30
		}
		dur := Span{in.Start + m[3], s.End}
		dur.Start += strings.LastIndex(p.at(dur), "for")
		rm := []Span{{s.Start, s.Start + len("Daily ")}, p.widen(in, dur)}
		out = append(out, quantity{value: days, unit: "day", text: s, remove: rm, rank: 2})
	}
	return out
}

// group returns submatch g of m in t, or "" when it did not take part.
func group(t string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return t[m[2*g]:m[2*g+1]]
}

// periodRatio converts a frequency period and a duration unit to the
// factor between them (times a week for N weeks is 1; daily for N weeks
// is 7).
func periodRatio(per, dur string) float64 {
	per, dur = strings.ToLower(per), strings.ToLower(dur)
	switch {
	case strings.HasPrefix(per, "day") && strings.HasPrefix(dur, "w"):
		return 7
	case strings.HasPrefix(per, "day") && strings.HasPrefix(dur, "mo"):
		return 30
	case strings.HasPrefix(per, "w") && strings.HasPrefix(dur, "mo"):
		return 4
	}
	return 1
}

var totalBefore = patternOf(`(?i)\b(` + num + `)\s+` + sessionNoun + `\s*,?\s*$`).StartsWith(numStart)

// withTotal takes the total a frequency phrase states in brackets
// ("(12 sessions)") or just before it ("6 sessions 2 times a week"),
// extending the phrase over the latter.
func (p *parser) withTotal(in, s Span, v float64) (Span, float64) {
	if t, ok := numberValue(paren(p.at(s))); ok {
		v = t
	}
	m := totalBefore.Find(p.text[in.Start:s.Start])
	if m == nil {
		return s, v
	}
	total, _ := numberValue(p.text[in.Start+m[2] : in.Start+m[3]])
	return Span{in.Start + m[0], s.End}, total
}

// parenTotal takes the total a count states in brackets just after it,
// extending the count's words over the brackets.
func (p *parser) parenTotal(in Span, q quantity) quantity {
	after := p.text[q.text.End:in.End]
	n, end := parenTotalAt(after)
	if end < 0 {
		return q
	}
	v, ok := numberValue(n)
	if !ok || v == q.value {
		return q
	}
	q.value = v
	q.text.End += end
	q.remove = append(q.remove, q.text)
	return q
}

// parenTotalAt reads a total in brackets opening s: "(12)", " (8
// sessions)". It returns the number and the end of the brackets, or -1.
func parenTotalAt(s string) (string, int) {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != '(' {
		return "", -1
	}
	j := i + 1
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i+1 {
		return "", -1
	}
	n := s[i+1 : j]
	k := j
	if k < len(s) && s[k] == ' ' {
		for _, w := range []string{"sessions", "session", "visits", "visit", "treatments", "treatment"} {
			if strings.HasPrefix(strings.ToLower(s[k+1:]), w) {
				k += 1 + len(w)
				break
			}
		}
	}
	if k >= len(s) || s[k] != ')' {
		return "", -1
	}
	return n, k + 1
}

// paren returns the number inside a trailing "(12 sessions)" or "(4)".
func paren(s string) string {
	if !strings.HasSuffix(s, ")") {
		return ""
	}
	i := strings.LastIndexByte(s, '(')
	f := strings.Fields(strings.Trim(s[i:], "()"))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
