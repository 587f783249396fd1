package extract

import (
	"iter"
	"regexp"
	"strings"
	"sync"
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

// foldsOdd reports whether s holds a letter that a case-insensitive
// regexp folds to an ASCII one: the long s (ſ) and the Kelvin sign (K).
// Matchers written for ASCII hand such text to the regexp.
func foldsOdd(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
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

// pattern is a regexp and the matcher that reads it. A case-insensitive
// regexp folds the long s (ſ) and the Kelvin sign (K) to ASCII letters,
// which matchers leave alone, so text holding one is left to the regexp,
// compiled then.
type pattern struct {
	src      string
	m        matcher
	anchored bool     // the regexp starts with ^: m reads only at 0
	first    *byteSet // the bytes a match may start with, nil for any
	needs    []string // lower-case text one of which every match holds
	lead     int      // how far into every match a needed text starts at most, -1 unknown
	once     sync.Once
	re       *regexp.Regexp
}

// patterns lists every pattern, for the test that checks each matcher
// against its regexp.
var patterns []*pattern

func newPattern(src string, m matcher) *pattern {
	pt := &pattern{src: src, m: m, lead: -1}
	patterns = append(patterns, pt)
	return pt
}

// newAnchored makes a pattern that matches only at the start of the text.
func newAnchored(src string, m matcher) *pattern {
	pt := newPattern(src, m)
	pt.anchored = true
	return pt
}

// startsWith sets the bytes a match may start with (letters in either
// case, " " standing for any white space), so that searches skip the
// others without calling the matcher.
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

// regexp returns the compiled regexp.
func (pt *pattern) regexp() *regexp.Regexp {
	pt.once.Do(func() { pt.re = regexp.MustCompile(pt.src) })
	return pt.re
}

// findAll returns the matches in s, as FindAllStringSubmatchIndex.
func (pt *pattern) findAll(s string) [][]int {
	if foldsOdd(s) {
		return pt.regexp().FindAllStringSubmatchIndex(s, -1)
	}
	return pt.scan(s)
}

// scan returns the matches of the matcher in s, for a pattern run folded
// over lower-case text: the matcher folds ASCII letters only, as that
// does.
func (pt *pattern) scan(s string) [][]int {
	return findAllFrom(s, pt.m, pt.first)
}

// each yields one by one the matches scan returns.
func (pt *pattern) each(s string) iter.Seq[[]int] {
	return allTo(s, len(s), pt.m, pt.first)
}

// leftmost returns the leftmost match of the matcher in s, for a pattern
// run folded (see scan).
func (pt *pattern) leftmost(s string) []int {
	return findFrom(s, 0, pt.m, pt.first)
}

// find returns the leftmost match in s, as FindStringSubmatchIndex.
func (pt *pattern) find(s string) []int {
	if foldsOdd(s) {
		return pt.regexp().FindStringSubmatchIndex(s)
	}
	if pt.anchored {
		return pt.m(s, 0)
	}
	return findFrom(s, 0, pt.m, pt.first)
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
