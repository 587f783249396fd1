package check

import (
	"github.com/imrkit/imrkit/internal/textpat"
)

// patterns lists the checks' patterns, for the test of their prefilters.
var patterns []*textpat.Pattern

// patternOf makes the pattern of a regular expression. textpat compiles
// it the first time it is used, so that programs which link the checks
// but do not run them (imr extract) do not pay for compiling them at
// start-up, and runs it folded, skipping the texts that lack what every
// match needs.
func patternOf(src string) *textpat.Pattern {
	pt := textpat.Of(src)
	patterns = append(patterns, pt)
	return pt
}

// patternsOf makes the patterns of a list of regular expressions.
func patternsOf(srcs ...string) []*textpat.Pattern {
	pts := make([]*textpat.Pattern, len(srcs))
	for i, src := range srcs {
		pts[i] = patternOf(src)
	}
	return pts
}
