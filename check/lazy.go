package check

import (
	"github.com/imrkit/imrkit/internal/textpat"
)

// patterns lists the checks' patterns, for the test of their prefilters.
var patterns []*textpat.Pattern

// lazyRegexp makes the pattern of a regular expression: compiled the
// first time it is used, so that programs which link the checks but do
// not run them (imr extract) do not pay for compiling them at start-up,
// and run as textpat runs it (folded, skipping the texts that lack what
// every match needs). It returns a function, as it did when the
// patterns were plain regexps.
func lazyRegexp(src string) func() *textpat.Pattern {
	pt := textpat.Of(src)
	patterns = append(patterns, pt)
	return func() *textpat.Pattern { return pt }
}

// lazyRegexps makes the patterns of a list of regular expressions.
func lazyRegexps(srcs ...string) func() []*textpat.Pattern {
	pts := make([]*textpat.Pattern, len(srcs))
	for i, src := range srcs {
		pts[i] = textpat.Of(src)
		patterns = append(patterns, pts[i])
	}
	return func() []*textpat.Pattern { return pts }
}
