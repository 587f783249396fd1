package extract

import (
	"iter"
	"regexp"

	"github.com/imrkit/imrkit/internal/textpat"
)

// A pattern is one of the regular expressions extraction runs, with the
// tests that skip the text it cannot match (see textpat).
type pattern = textpat.Pattern

// patternOf makes the pattern of a regular expression.
func patternOf(src string) *pattern { return textpat.Of(src) }

// matches yields the matches of the pattern in a span of the text, with
// offsets in the span: a case-insensitive pattern runs folded over the
// lower-case text (ASCII letters folded only), another over the text.
func (p *parser) matches(pt *pattern, in Span) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		if !pt.MayMatch(p.lower()[in.Start:in.End]) {
			return
		}
		re, s := p.textFor(pt, in)
		for _, m := range pt.All(re, s) {
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
	return pt.FindFrom(re, s, 0)
}

// textFor returns the expression to run over a span and the span's text
// to run it over.
func (p *parser) textFor(pt *pattern, in Span) (*regexp.Regexp, string) {
	if re, folded := pt.Folded(); folded {
		return re, p.lower()[in.Start:in.End]
	}
	return pt.Regexp(), p.at(in)
}
