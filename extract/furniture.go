package extract

import "strings"

// The patterns of furniture run folded over lower-case text, which their
// matchers read as written: they fold ASCII letters only.
var (
	hourDay = newPattern(`(?i),?\s*\b`+num+`\s+hours?\s+(?:per|a)\s+day\b`, hourDayAt).startsWith(", 0123456789otfsen")
	refillR = newPattern(`(?i)\s*(?:,\s*)?\bwith\s+(?:`+num+`|no)\s+refills?\b`, refillAt).startsWith(" ,w")
	dosRe   = newPattern(`(?i)\s*,?\s*\bDOS:?\s*`+datePattern, dosAt).startsWith(" ,d")
	supplyR = newPattern(`(?i)\s*\bday supply:?\s*\d+`, supplyAt).startsWith(" d")
	minsRe  = newPattern(`(?i)\s*\(\d+\s*(?:mins?|minutes?)\)`, minutesAt).startsWith(" (")
	freqNoD = newPattern(`(?i),?\s*\b(?:`+rng+`)\s*(?:times|x)\s*(?:(?:a|per|each|/)\s*(?:week|wk|day)|weekly|daily)\b`, freqNoDurationAt).startsWith(", 0123456789otfsen")
	directR = newPattern(`(?i)(?:,\s*|\s+)(?:take\s+\d|apply\b|one\s+(?:by mouth|tablet|tab|capsule|cap|po)\b|\d+\s*(?:tabs?|caps?)\s+(?:orally|by mouth|po)\b|\d+\s+hours on\b|every\s+\d|(?:once|twice|three times|four times)\s+(?:a\s+)?(?:day|daily)\b)`, directionsAt).startsWith(", ")
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

// hourDayAt reads ", 8 hours per day".
func hourDayAt(s string, i int) []int {
	j := skipSpace(s, optional(i, byteIn(s, i, ",")))
	if !boundary(s, j) || !numberStart(s, j) {
		return nil
	}
	var ends [maxEnds]int
	for _, n := range numEnds(ends[:0], s, j) {
		k := space1(s, n)
		for _, h := range []int{litFold(s, k, "hours"), litFold(s, k, "hour")} {
			d := space1(s, litsFold(s, space1(s, h), "per", "a"))
			if e := wordEnd(s, litFold(s, d, "day")); e >= 0 {
				return span(i, e)
			}
		}
	}
	return nil
}

// refillAt reads ", with 1 refill", " with no refills".
func refillAt(s string, i int) []int {
	j := skipSpace(s, i)
	if c := byteIn(s, j, ","); c >= 0 {
		j = skipSpace(s, c)
	}
	if !boundary(s, j) {
		return nil
	}
	w := space1(s, litFold(s, j, "with"))
	var ends [maxEnds]int
	for _, n := range numEnds(ends[:0], s, w) {
		if e := refillsAfter(s, n); e >= 0 {
			return span(i, e)
		}
	}
	return span(i, refillsAfter(s, litFold(s, w, "no")))
}

// refillsAfter reads " refills" after a number.
func refillsAfter(s string, n int) int {
	return formEnd(s, space1(s, n), true, form{"refill", "s"})
}

// dosAt reads ", DOS: 11/11/2016".
func dosAt(s string, i int) []int {
	j := skipSpace(s, i)
	j = skipSpace(s, optional(j, byteIn(s, j, ",")))
	if !boundary(s, j) {
		return nil
	}
	d := litFold(s, j, "dos")
	if d < 0 {
		return nil
	}
	return span(i, dateAt(s, skipSpace(s, optional(d, byteIn(s, d, ":")))))
}

// supplyAt reads " day supply: 30".
func supplyAt(s string, i int) []int {
	j := skipSpace(s, i)
	if !boundary(s, j) {
		return nil
	}
	d := litFold(s, j, "day supply")
	d = space0(s, optional(d, byteIn(s, d, ":")))
	if d < 0 || d >= len(s) || !isDigit(s[d]) {
		return nil
	}
	return span(i, digitsEnd(s, d))
}

// minutesAt reads " (30 minutes)".
func minutesAt(s string, i int) []int {
	j := byteIn(s, skipSpace(s, i), "(")
	if j < 0 || j >= len(s) || !isDigit(s[j]) {
		return nil
	}
	k := skipSpace(s, digitsEnd(s, j))
	for _, w := range []string{"mins", "min", "minutes", "minute"} {
		if e := byteIn(s, litFold(s, k, w), ")"); e >= 0 {
			return span(i, e)
		}
	}
	return nil
}

// freqNoDurationAt reads ", 2 times a week", "3x weekly": a frequency
// without a duration.
func freqNoDurationAt(s string, i int) []int {
	j := skipSpace(s, optional(i, byteIn(s, i, ",")))
	if !boundary(s, j) || !numberStart(s, j) {
		return nil
	}
	var ends [maxEnds]int
	for _, r := range rngEnds(ends[:0], s, j) {
		k := space0(s, litsFold(s, skipSpace(s, r), "times", "x"))
		if k < 0 {
			continue
		}
		u := space0(s, litsFold(s, k, "a", "per", "each", "/"))
		if e := wordEnd(s, litsFold(s, u, "week", "wk", "day")); e >= 0 {
			return span(i, e)
		}
		if e := wordEnd(s, litsFold(s, k, "weekly", "daily")); e >= 0 {
			return span(i, e)
		}
	}
	return nil
}

// directionsAt reads dosing directions after a comma or white space:
// "take 1", "apply", "one by mouth", "2 tabs orally", "12 hours on",
// "every 6", "twice a day".
func directionsAt(s string, i int) []int {
	j := commaOrSpace(s, i)
	if j < 0 {
		return nil
	}
	for _, read := range directions {
		if e := read(s, j); e >= 0 {
			return span(i, e)
		}
	}
	return nil
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
