package extract

import (
	"regexp"
	"sort"
	"strings"
	"sync"
)

// lowerASCII lower-cases ASCII letters only, so offsets stay the same.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// near runs re only around the places where one of the keys occurs (keys
// in lower case), which is much faster than running it over a long text,
// and returns the spans of group g of the matches that cover a key, in
// order, once each.
func (p *parser) near(re *regexp.Regexp, in Span, g, back, ahead int, keys ...string) [][]int {
	lower := p.lower()[in.Start:in.End]
	seen := map[int]bool{}
	var out [][]int
	for _, k := range keys {
		for from := 0; ; {
			i := strings.Index(lower[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			win := Span{in.Start + max(0, i-back), in.Start + min(len(lower), i+len(k)+ahead)}
			for _, m := range p.findAll(re, win) {
				abs := shift(m, win.Start)
				if abs[0] <= in.Start+i && abs[1] >= in.Start+i+len(k) && abs[2*g] >= 0 && !seen[abs[0]] {
					seen[abs[0]] = true
					out = append(out, abs)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// findAll runs re over a span of the text: a case-insensitive pattern in
// its folded form over the lower-case text. Offsets are relative to the
// span.
func (p *parser) findAll(re *regexp.Regexp, in Span) [][]int {
	if f, text, ok := p.fold(re, in); ok {
		return f.FindAllStringSubmatchIndex(text, -1)
	}
	return re.FindAllStringSubmatchIndex(p.at(in), -1)
}

// find is findAll for the first match.
func (p *parser) find(re *regexp.Regexp, in Span) []int {
	if f, text, ok := p.fold(re, in); ok {
		return f.FindStringSubmatchIndex(text)
	}
	return re.FindStringSubmatchIndex(p.at(in))
}

// fold returns the folded pattern and the lower-case text of a span for
// a case-insensitive pattern.
func (p *parser) fold(re *regexp.Regexp, in Span) (*regexp.Regexp, string, bool) {
	if !strings.HasPrefix(re.String(), "(?i)") {
		return nil, "", false
	}
	return folded(re), p.lower()[in.Start:in.End], true
}

// foldedRes caches the lower-case forms of case-insensitive patterns.
var foldedRes sync.Map

// folded returns a case-insensitive pattern rewritten to match lower-case
// text exactly, which is much faster than folding case while matching.
// The patterns use no upper-case escapes (\S, \D, \W, \B), so lowering
// the pattern keeps its meaning.
func folded(re *regexp.Regexp) *regexp.Regexp {
	if f, ok := foldedRes.Load(re); ok {
		return f.(*regexp.Regexp)
	}
	src := strings.ToLower(strings.Replace(re.String(), "(?i)", "", 1))
	f := regexp.MustCompile(src)
	foldedRes.Store(re, f)
	return f
}

// shift adds off to every index of a match that took part.
func shift(m []int, off int) []int {
	out := make([]int, len(m))
	for i, x := range m {
		out[i] = x
		if x >= 0 {
			out[i] = x + off
		}
	}
	return out
}

// hasNumber reports whether s may state a count: a digit or a number
// word.
func hasNumber(s string) bool {
	if strings.ContainsAny(s, "0123456789#") {
		return true
	}
	l := lowerASCII(s)
	for w := range numWords {
		if len(w) > 2 && strings.Contains(l, w) {
			return true
		}
	}
	return false
}
