package extract

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// The patterns extraction runs most are matched by hand over bytes, with
// the character classes of Go's regexp: \s is [\t\n\f\r ], \w is
// [0-9A-Za-z_] and \b a boundary between a \w byte and another byte or an
// end of the text. Each such matcher is checked against the regular
// expression it replaces, which its test keeps.

// isSpace reports whether c is white space as \s.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// isWord reports whether c is a word byte as \w.
func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// boundary reports whether \b holds at offset i of s.
func boundary(s string, i int) bool {
	return (i > 0 && isWord(s[i-1])) != (i < len(s) && isWord(s[i]))
}

// skipSpace returns the first offset from i that is not white space; -1
// for -1.
func skipSpace(s string, i int) int {
	for i >= 0 && i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// spaceStart returns where the white space that ends at offset i starts.
func spaceStart(s string, i int) int {
	for i > 0 && isSpace(s[i-1]) {
		i--
	}
	return i
}

// A matcher reads a pattern at offset i of s, with s around it as
// context, and returns the match as regexp's FindStringSubmatchIndex
// does (absolute offsets), or nil. It is the leftmost-first match that
// starts at i.
type matcher func(s string, i int) []int

// find returns the leftmost match of m in s, as FindStringSubmatchIndex.
func find(s string, m matcher) []int {
	return findFrom(s, 0, m, nil)
}

// findFrom returns the leftmost match of m that starts at pos or later.
// Matches start only at the start of a character and, when first is not
// nil, with a byte it holds (or at the end of s).
func findFrom(s string, pos int, m matcher, first *byteSet) []int {
	return findFromTo(s, pos, len(s), m, first)
}

// findFromTo is findFrom for the matches that start at last or before.
func findFromTo(s string, pos, last int, m matcher, first *byteSet) []int {
	for i := pos; i <= last; i = nextChar(s, i) {
		if first != nil {
			i = first.skip(s, i)
		}
		if i > last {
			break
		}
		if x := m(s, i); x != nil {
			return x
		}
	}
	return nil
}

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

// nextChar returns the offset of the character after the one at i, or
// len(s)+1 at the end.
func nextChar(s string, i int) int {
	if i < len(s) && s[i] >= utf8.RuneSelf {
		_, n := utf8.DecodeRuneInString(s[i:])
		return i + n
	}
	return i + 1
}

// findAllFrom returns the successive matches of m in s as
// FindAllStringSubmatchIndex does: each search starts where the last
// match ended, and an empty match right after a match is dropped. first,
// when not nil, holds the bytes matches may start with (see findFrom).
func findAllFrom(s string, m matcher, first *byteSet) [][]int {
	return findAllTo(s, len(s), m, first)
}

// findAllTo is findAllFrom for the matches that start at last or before.
func findAllTo(s string, last int, m matcher, first *byteSet) [][]int {
	return appendAllTo(nil, s, last, m, first)
}

// appendAllTo appends to out the matches findAllTo returns.
func appendAllTo(out [][]int, s string, last int, m matcher, first *byteSet) [][]int {
	for x := range allTo(s, last, m, first) {
		out = append(out, x)
	}
	return out
}

// allTo yields one by one the matches findAllTo returns.
func allTo(s string, last int, m matcher, first *byteSet) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		prevEnd := -1
		for pos := 0; pos <= last; {
			x := findFromTo(s, pos, last, m, first)
			if x == nil {
				return
			}
			accept := true
			if x[1] == pos {
				accept = x[0] != prevEnd
				pos = nextChar(s, pos)
			} else {
				pos = x[1]
			}
			prevEnd = x[1]
			if accept && !yield(x) {
				return
			}
		}
	}
}

// The steps below read one piece of a pattern at offset i and return the
// offset after it, or -1 when it is not there; given -1 they return -1,
// so that a sequence reads as a chain of steps.

// lit reads the literal w.
func lit(s string, i int, w string) int {
	if i < 0 || !strings.HasPrefix(s[i:], w) {
		return -1
	}
	return i + len(w)
}

// lits reads the first of the literals ws found at i, as an alternation
// does when what follows cannot fail for one and not another.
func lits(s string, i int, ws ...string) int {
	if i < 0 {
		return -1
	}
	for _, w := range ws {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w)
		}
	}
	return -1
}

// space0 reads \s*.
func space0(s string, i int) int {
	if i < 0 {
		return -1
	}
	return skipSpace(s, i)
}

// space1 reads \s+.
func space1(s string, i int) int {
	if i < 0 || i >= len(s) || !isSpace(s[i]) {
		return -1
	}
	return skipSpace(s, i)
}

// commaOrSpace reads a comma or white space, then any white space: [,\s]\s*.
func commaOrSpace(s string, i int) int {
	if i >= 0 && i < len(s) && s[i] == ',' {
		return skipSpace(s, i+1)
	}
	return space1(s, i)
}

// wordEnd reads \b.
func wordEnd(s string, i int) int {
	if i < 0 || !boundary(s, i) {
		return -1
	}
	return i
}

// optional returns j when the optional piece read to j, else i.
func optional(i, j int) int {
	if j < 0 {
		return i
	}
	return j
}

// colon reads \s*:?.
func colon(s string, i int) int {
	i = space0(s, i)
	if i >= 0 && i < len(s) && s[i] == ':' {
		i++
	}
	return i
}

// span makes a match of one span without groups, or nil when end < 0.
func span(start, end int) []int {
	if end < 0 {
		return nil
	}
	return []int{start, end}
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

// litsFold reads the first of the lower-case literals ws found at i, in
// any case.
func litsFold(s string, i int, ws ...string) int {
	if i < 0 {
		return -1
	}
	c := byte(0) // the first byte, lower-cased; none at the end
	if i < len(s) {
		c = lowerByte(s[i])
	}
	for _, w := range ws {
		if w == "" || w[0] == c {
			if j := litFold(s, i, w); j >= 0 {
				return j
			}
		}
	}
	return -1
}

// toLower is strings.ToLower(s), which gives one of the usual words
// (lower-case ASCII) without making a copy.
func toLower(s string, usual ...string) string {
	for _, u := range usual {
		if foldsTo(s, u) {
			return u
		}
	}
	return strings.ToLower(s)
}

// foldsTo reports whether s is the lower-case ASCII word w with any of
// its letters in upper case.
func foldsTo(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerByte(s[i]) != w[i] {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// digitsEnd returns the end of the run of ASCII digits at i.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// digits reads between lo and hi digits, as many as there are (\d{lo,hi}
// where what follows cannot be a digit).
func digits(s string, i, lo, hi int) int {
	if i < 0 {
		return -1
	}
	n := digitsEnd(s, i) - i
	if n < lo {
		return -1
	}
	return i + min(n, hi)
}

// byteIn reads one byte of set.
func byteIn(s string, i int, set string) int {
	if i < 0 || i >= len(s) || !inSet(s[i], set) {
		return -1
	}
	return i + 1
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
