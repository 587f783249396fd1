package check

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles a pattern the first time it is used, so that
// programs which link the checks but do not run them (imr extract) do not
// pay for compiling them at start-up.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// lazyRegexps compiles a list of patterns the first time it is used.
func lazyRegexps(patterns ...string) func() []*regexp.Regexp {
	return sync.OnceValue(func() []*regexp.Regexp {
		res := make([]*regexp.Regexp, len(patterns))
		for i, p := range patterns {
			res[i] = regexp.MustCompile(p)
		}
		return res
	})
}
