package extract

import (
	"iter"
	"regexp"
	"strings"
	"sync"
)

// A pattern is a regular expression, compiled on first use, and the
// cheap tests that skip the text it cannot match: the bytes a match may
// start with and the lower-case texts one of which every match holds.
// Those are data about the expression, checked against it by its test.
//
// A case-insensitive expression ((?i) first) runs in its folded form,
// lowered, over the ASCII lower-case text: that matches as the
// expression does but much faster, save for the two letters that a
// case-insensitive regexp folds to ASCII (the long s, ſ, and the Kelvin
// sign, K), for which the methods on strings run the expression itself.
type pattern struct {
	src      string
	first    *byteSet // the bytes a match may start with, nil for any
	needs    []string // lower-case text one of which every match holds
	lead     int      // how far into every match a needed text starts at most, -1 unknown
	anchored bool     // the expression starts with ^ (after its flags)
	once     sync.Once
	re       *regexp.Regexp // src as written
	low      *regexp.Regexp // src folded for lower-case text; nil when it reads case
}

// patterns lists every pattern, for the test that checks their
// prefilters.
var patterns []*pattern

// patternOf makes the pattern of a regular expression.
func patternOf(src string) *pattern {
	pt := &pattern{src: src, lead: -1, anchored: startsAnchored.MatchString(src)}
	patterns = append(patterns, pt)
	return pt
}

// startsWith sets the bytes a match may start with (letters in either
// case, " " standing for any white space).
func (pt *pattern) startsWith(chars string) *pattern {
	if strings.Contains(chars, " ") {
		chars += "\t\n\f\r"
	}
	pt.first = bytesOf(chars)
	return pt
}

// startsWithCase is startsWith for a pattern that reads letters in the
// case written: the letters of chars stand for themselves only.
func (pt *pattern) startsWithCase(chars string) *pattern {
	var set byteSet
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	pt.first = &set
	return pt
}

// needing sets the lower-case texts one of which every match holds, in
// any case, so that a text without them is not searched.
func (pt *pattern) needing(texts ...string) *pattern {
	pt.needs = texts
	return pt
}

// within tells that every match holds one of the needed texts starting
// at most lead bytes after the match starts, so that a search may start
// lead bytes before the first of them.
func (pt *pattern) within(lead int) *pattern {
	pt.lead = lead
	return pt
}

// compile compiles the expression and its folded form.
func (pt *pattern) compile() {
	pt.once.Do(func() {
		pt.re = regexp.MustCompile(pt.src)
		if rest, ok := strings.CutPrefix(pt.src, "(?i)"); ok {
			// The expressions use no upper-case escapes (\S, \D, \W,
			// \B), so lowering one keeps its meaning.
			pt.low = regexp.MustCompile(strings.ToLower(rest))
		}
	})
}

// regexp returns the expression as written.
func (pt *pattern) regexp() *regexp.Regexp {
	pt.compile()
	return pt.re
}

// lowered returns the expression to run over lower-case text: the
// folded form, or the expression itself when it reads case.
func (pt *pattern) lowered() *regexp.Regexp {
	pt.compile()
	if pt.low != nil {
		return pt.low
	}
	return pt.re
}

// forText returns the expression to run over s and the text to run it
// over, which has the same offsets.
func (pt *pattern) forText(s string) (*regexp.Regexp, string) {
	pt.compile()
	if pt.low == nil || foldsOdd(s) {
		return pt.re, s
	}
	return pt.low, lowerASCII(s)
}

// foldsOdd reports whether s holds a letter that a case-insensitive
// regexp folds to an ASCII one: the long s (ſ) and the Kelvin sign (K).
func foldsOdd(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// searchFrom returns where in s a search for the pattern may start, given
// low, s in ASCII lower case; false when s holds no match.
func (pt *pattern) searchFrom(low string) (int, bool) {
	switch {
	case pt.needs == nil:
		return 0, true
	case pt.lead < 0:
		return 0, containsAny(low, pt.needs...)
	}
	first := firstOf(low, pt.needs)
	return max(0, first-pt.lead), first >= 0
}

// firstOf returns the offset of the first of the texts to occur in s, or
// -1 when none does.
func firstOf(s string, texts []string) int {
	first := -1
	for _, t := range texts {
		end := len(s)
		if first >= 0 {
			end = min(end, first+len(t)-1)
		}
		if i := strings.Index(s[:end], t); i >= 0 {
			first = i
		}
	}
	return first
}

// findFrom returns the leftmost match of re in s that starts at from or
// later, as FindStringSubmatchIndex with offsets in s.
func (pt *pattern) findFrom(re *regexp.Regexp, s string, from int) []int {
	from = pt.skip(s, from)
	return moveBy(re.FindStringSubmatchIndex(s[from:]), from)
}

// skip returns where a search of s from offset from may start: at the
// byte before the first that a match may start with, kept as context for
// \b (no match starts there, since no match starts with it). An
// expression anchored at the start is searched from 0.
func (pt *pattern) skip(s string, from int) int {
	if pt.first != nil {
		from = pt.first.skip(s, from)
	}
	if from == 0 || pt.anchored {
		return 0
	}
	return from - 1
}

// startsAnchored matches an expression that starts with ^, after its flags.
var startsAnchored = regexp.MustCompile(`^(?:\(\?[a-z]+\))?\^`)

// all returns the matches of re, the pattern's expression, in s, as
// FindAllStringSubmatchIndex.
func (pt *pattern) all(re *regexp.Regexp, s string) [][]int {
	return pt.allTo(re, s, len(s))
}

// allTo returns the matches of all that start at last or before. Each
// search starts where skip says, after the match before; when that
// finds a match FindAllStringSubmatchIndex would not (one that starts
// inside the match before, or an empty one), the whole text is searched
// instead.
func (pt *pattern) allTo(re *regexp.Regexp, s string, last int) [][]int {
	if pt.anchored {
		return upTo(re.FindAllStringSubmatchIndex(s, -1), last)
	}
	var out [][]int
	for pos := 0; pos <= len(s); {
		from := pt.skip(s, pos)
		m := moveBy(re.FindStringSubmatchIndex(s[from:]), from)
		switch {
		case m == nil || m[0] > last:
			return out
		case m[0] < pos || m[0] == m[1]:
			return upTo(re.FindAllStringSubmatchIndex(s, -1), last)
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// upTo returns the matches that start at last or before.
func upTo(ms [][]int, last int) [][]int {
	for k, m := range ms {
		if m[0] > last {
			return ms[:k]
		}
	}
	return ms
}

// findAll returns the matches in s, as the expression's
// FindAllStringSubmatchIndex.
func (pt *pattern) findAll(s string) [][]int {
	re, text := pt.forText(s)
	return pt.all(re, text)
}

// find returns the leftmost match in s, as FindStringSubmatchIndex.
func (pt *pattern) find(s string) []int {
	re, text := pt.forText(s)
	return pt.findFrom(re, text, 0)
}

// matchString reports whether s holds a match.
func (pt *pattern) matchString(s string) bool { return pt.find(s) != nil }

// replaceAll returns s with each match replaced by repl, as
// ReplaceAllLiteralString does.
func (pt *pattern) replaceAll(s, repl string) string {
	ms := pt.findAll(s)
	if len(ms) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(s[last:m[0]])
		b.WriteString(repl)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// mayMatch reports whether the lower-case text low holds one of the
// texts the pattern needs, if it tells them.
func (pt *pattern) mayMatch(low string) bool {
	return pt.needs == nil || containsAny(low, pt.needs...)
}

// matches yields the matches of the pattern in a span of the text, with
// offsets in the span: a case-insensitive pattern runs folded over the
// lower-case text (ASCII letters folded only), another over the text.
func (p *parser) matches(pt *pattern, in Span) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		if !pt.mayMatch(p.lower()[in.Start:in.End]) {
			return
		}
		re, s := p.textFor(pt, in)
		for _, m := range pt.all(re, s) {
			if !yield(m) {
				return
			}
		}
	}
}

// leftmost returns the leftmost match of the pattern in a span, run as
// matches runs it, with offsets in the span.
func (p *parser) leftmost(pt *pattern, in Span) []int {
	re, s := p.textFor(pt, in)
	return pt.findFrom(re, s, 0)
}

// textFor returns the expression to run over a span and the span's text
// to run it over.
func (p *parser) textFor(pt *pattern, in Span) (*regexp.Regexp, string) {
	if pt.compile(); pt.low != nil {
		return pt.low, p.lower()[in.Start:in.End]
	}
	return pt.re, p.at(in)
}
