package extract

import (
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

// The byte classes below are those of Go's regexp: \s is [\t\n\f\r ]
// and \w is [0-9A-Za-z_].

// isSpace reports whether c is white space as \s.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// skipSpace returns the first offset from i that is not white space; -1
// for -1.
func skipSpace(s string, i int) int {
	for i >= 0 && i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// litFold reads the lower-case ASCII literal w in any case.
func litFold(s string, i int, w string) int {
	if i < 0 || len(s)-i < len(w) {
		return -1
	}
	for k := 0; k < len(w); k++ {
		if lowerByte(s[i+k]) != w[k] {
			return -1
		}
	}
	return i + len(w)
}

// toLower is strings.ToLower(s), which gives one of the usual words
// (lower-case ASCII) without making a copy.
func toLower(s string, usual ...string) string {
	for _, u := range usual {
		if textpat.EqualLower(s, u) {
			return u
		}
	}
	return strings.ToLower(s)
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// inSet reports whether c is one of the bytes of set, a few ASCII bytes:
// a loop over so few is quicker than a search.
func inSet(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// trimSet is strings.Trim(s, set) for a set of a few ASCII bytes, which
// it reads without making a table of them.
func trimSet(s, set string) string {
	for len(s) > 0 && inSet(s[0], set) {
		s = s[1:]
	}
	for len(s) > 0 && inSet(s[len(s)-1], set) {
		s = s[:len(s)-1]
	}
	return s
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
