package extract

import "strings"

// The patterns of furniture run folded over lower-case text, which their
// matchers read as written: they fold ASCII letters only.
var (
	hourDay = patternOf(`(?i),?\s*\b` + num + `\s+hours?\s+(?:per|a)\s+day\b`).startsWith(", 0123456789otfsen")
	refillR = patternOf(`(?i)\s*(?:,\s*)?\bwith\s+(?:` + num + `|no)\s+refills?\b`).startsWith(" ,w")
	dosRe   = patternOf(`(?i)\s*,?\s*\bDOS:?\s*` + datePattern).startsWith(" ,d")
	supplyR = patternOf(`(?i)\s*\bday supply:?\s*\d+`).startsWith(" d")
	minsRe  = patternOf(`(?i)\s*\(\d+\s*(?:mins?|minutes?)\)`).startsWith(" (")
	freqNoD = patternOf(`(?i),?\s*\b(?:` + rng + `)\s*(?:times|x)\s*(?:(?:a|per|each|/)\s*(?:week|wk|day)|weekly|daily)\b`).startsWith(", 0123456789otfsen")
	directR = patternOf(`(?i)(?:,\s*|\s+)(?:take\s+\d|apply\b|one\s+(?:by mouth|tablet|tab|capsule|cap|po)\b|\d+\s*(?:tabs?|caps?)\s+(?:orally|by mouth|po)\b|\d+\s+hours on\b|every\s+\d|(?:once|twice|three times|four times)\s+(?:a\s+)?(?:day|daily)\b)`).startsWith(", ")
)

// furnitureRes are the patterns of furniture, each with the words it
// needs, to skip it cheaply.
var furnitureRes = []struct {
	pt   *pattern
	keys []string
}{
	{refillR, []string{"refill"}}, {dosRe, []string{"dos"}}, {supplyR, []string{"supply"}},
	{minsRe, []string{"min"}}, {hourDay, []string{"hour"}}, {freqNoD, []string{"times", "x", "weekly", "daily"}},
}

// furniture is what a service leaves out besides its count: dosing
// directions, refills, dates of service, day supply, minutes, hours per
// day and frequencies without a duration.
func (p *parser) furniture(in Span) []Span {
	var out []Span
	lower := p.lower()[in.Start:in.End]
	for _, f := range furnitureRes {
		if !containsAny(lower, f.keys...) {
			continue
		}
		for m := range p.matches(f.pt, in) {
			out = append(out, p.widen(in, Span{in.Start + m[0], in.Start + m[1]}))
		}
	}
	if p.isDrug(in) {
		if x := p.leftmost(directR, in); x != nil {
			m := Span{in.Start + x[0], in.Start + x[1]}
			end := in.End
			if h := strings.IndexByte(p.text[m.Start:in.End], '#'); h >= 0 {
				end = m.Start + h
			}
			out = append(out, Span{m.Start, end})
		}
	}
	return out
}

// directions are the ways directionsAt reads, in the order it tries them.
var directions = []func(s string, i int) int{
	func(s string, i int) int { return oneDigit(s, space1(s, litFold(s, i, "take"))) },
	func(s string, i int) int { return wordEnd(s, litFold(s, i, "apply")) },
	func(s string, i int) int {
		j := space1(s, litFold(s, i, "one"))
		for _, w := range []string{"by mouth", "tablet", "tab", "capsule", "cap", "po"} {
			if e := wordEnd(s, litFold(s, j, w)); e >= 0 {
				return e
			}
		}
		return -1
	},
	func(s string, i int) int {
		j := skipSpace(s, digitsEnd(s, i))
		if j == i {
			return -1
		}
		for _, w := range []string{"tabs", "tab", "caps", "cap"} {
			if k := space1(s, litFold(s, j, w)); k >= 0 {
				return wordEnd(s, litsFold(s, k, "orally", "by mouth", "po"))
			}
		}
		return -1
	},
	func(s string, i int) int {
		if d := digitsEnd(s, i); d > i {
			return wordEnd(s, litFold(s, space1(s, d), "hours on"))
		}
		return -1
	},
	func(s string, i int) int { return oneDigit(s, space1(s, litFold(s, i, "every"))) },
	func(s string, i int) int {
		j := space1(s, litsFold(s, i, "once", "twice", "three times", "four times"))
		for _, k := range []int{space1(s, litFold(s, j, "a")), j} {
			if e := wordEnd(s, litsFold(s, k, "day", "daily")); e >= 0 {
				return e
			}
		}
		return -1
	},
}

// oneDigit reads one digit.
func oneDigit(s string, i int) int {
	if i < 0 || i >= len(s) || !isDigit(s[i]) {
		return -1
	}
	return i + 1
}
