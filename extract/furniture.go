package extract

import (
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

// The patterns of furniture run folded over the lower-case text.
var (
	hourDay = patternOf(`(?i),?\s*\b` + num + `\s+hours?\s+(?:per|a)\s+day\b`).StartsWith(", " + numStart)
	refillR = patternOf(`(?i)\s*(?:,\s*)?\bwith\s+(?:` + num + `|no)\s+refills?\b`).StartsWith(" ,w")
	dosRe   = patternOf(`(?i)\s*,?\s*\bDOS:?\s*` + datePattern).StartsWith(" ,d")
	supplyR = patternOf(`(?i)\s*\bday supply:?\s*\d+`).StartsWith(" d")
	minsRe  = patternOf(`(?i)\s*\(\d+\s*(?:mins?|minutes?)\)`).StartsWith(" (")
	freqNoD = patternOf(`(?i),?\s*\b(?:` + rng + `)\s*` + timesWord + `\s*(?:` + perWord + `\s*(?:week|wk|day)|weekly|daily)\b`).StartsWith(", " + numStart)
	directR = patternOf(`(?i)(?:,\s*|\s+)(?:take\s+\d|apply\b|one\s+(?:by mouth|tablet|tab|capsule|cap|po)\b|\d+\s*(?:tabs?|caps?)\s+(?:orally|by mouth|po)\b|\d+\s+hours on\b|every\s+\d|(?:once|twice|three times|four times)\s+(?:a\s+)?(?:day|daily)\b)`).StartsWith(", ")
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
		if !textpat.ContainsAny(lower, f.keys...) {
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
