package textpat

import "strings"

// byteSet is a set of ASCII bytes.
type byteSet [256]bool

// skip returns the first offset from i of a byte in the set, or len(s).
// The set holds no byte of a multi-byte character, so that the offset is
// always the start of a character.
func (set *byteSet) skip(s string, i int) int {
	for i < len(s) && !set[s[i]] {
		i++
	}
	return i
}

// bytesOf returns the set of the bytes of chars, letters in both cases.
func bytesOf(chars string) *byteSet {
	var set byteSet
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		set[c] = true
		if isLetter(c) {
			set[c|0x20], set[c&^0x20] = true, true
		}
	}
	return &set
}

// IsWord reports whether c is a word byte as \w and \b read it:
// [0-9A-Za-z_].
func IsWord(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c == '_' }

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// Lower lower-cases ASCII letters only, so offsets stay the same. Like
// strings.ToLower on ASCII it copies the runs without capitals.
func Lower(s string) string {
	var b strings.Builder
	pos := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[pos:i])
			b.WriteByte(c + 'a' - 'A')
			pos = i + 1
		}
	}
	if pos == 0 {
		return s
	}
	b.WriteString(s[pos:])
	return b.String()
}

// EqualLower reports whether s, with its ASCII letters in lower case, is
// lower: whether it is lower with any of its letters in upper case.
func EqualLower(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// ContainsAny reports whether s holds one of subs.
func ContainsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// MoveBy adds off to the offsets of a match (those not -1), in place.
func MoveBy(m []int, off int) []int {
	for i, x := range m {
		if x >= 0 {
			m[i] = x + off
		}
	}
	return m
}
