package extract

import "strings"

// Counts are written in digits or in words: num and rng in quantity.go.
// The matchers read them as the patterns do, trying each way a number
// can end in the order the pattern would, since what follows decides.

// numberWords are the words of num, in the order the pattern tries them.
var numberWords = []string{
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty-four", "twenty",
	"thirty", "forty", "fifty", "sixty", "ninety",
}

// maxEnds is room for the ends of most numbers and ranges, kept on the
// stack by the matchers that read them.
const maxEnds = 16

// numEnds appends the ends of the ways num reads at i, letters in any
// case: digits longest first, with their decimals (longest first) before
// the whole number; or each number word that starts there. Matchers try
// them in that order, as the pattern would.
func numEnds(ends []int, s string, i int) []int {
	if i < 0 || i >= len(s) {
		return ends
	}
	if isDigit(s[i]) {
		return decimalEnds(ends, s, i)
	}
	for _, w := range wordsByLetter[lowerByte(s[i])] {
		if j := litFold(s, i, w); j >= 0 {
			ends = append(ends, j)
		}
	}
	return ends
}

// decimalEnds appends the ends of \d+(?:\.\d+)? at i, in the order the
// pattern tries them.
func decimalEnds(ends []int, s string, i int) []int {
	d := digitsEnd(s, i)
	if d < len(s)-1 && s[d] == '.' && isDigit(s[d+1]) {
		for e := digitsEnd(s, d+1); e > d+1; e-- {
			ends = append(ends, e)
		}
	}
	for e := d; e > i; e-- {
		ends = append(ends, e)
	}
	return ends
}

// rngEnds appends the ends of the ways rng reads at i: each number with
// "-", "to" or "or" and a second number after it first, then the number
// alone.
func rngEnds(ends []int, s string, i int) []int {
	var buf [maxEnds]int
	for _, n := range numEnds(buf[:0], s, i) {
		if k := litsFold(s, skipSpace(s, n), "-", "to", "or"); k >= 0 {
			ends = numEnds(ends, s, skipSpace(s, k))
		}
		ends = append(ends, n)
	}
	return ends
}

// wordsByLetter holds the number words by their first letter, in the
// order of numberWords.
var wordsByLetter = func() (by [256][]string) {
	for _, w := range numberWords {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// numberStart reports whether a number starts at i, a digit or a number
// word: whether numEnds yields anything there. Matchers ask before they
// range over numEnds, which costs more ("the" is no "three").
func numberStart(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if isDigit(s[i]) {
		return true
	}
	for _, w := range wordsByLetter[lowerByte(s[i])] {
		if litFold(s, i, w) >= 0 {
			return true
		}
	}
	return false
}

// form is a word with an optional ending: "session" and "s" read
// sessions?, "patch" and "es" patch(?:es)?.
type form struct{ base, ending string }

// formEnd reads the first of the forms found at i, the longer way first,
// with \b after it; letters in any case when fold is set.
func formEnd(s string, i int, fold bool, forms ...form) int {
	for _, f := range forms {
		j := litCase(s, i, f.base, fold)
		if j < 0 {
			continue
		}
		if k := litCase(s, j, f.ending, fold); k >= 0 && f.ending != "" && boundary(s, k) {
			return k
		}
		if boundary(s, j) {
			return j
		}
	}
	return -1
}

// litCase reads w as written, or in any case when fold is set.
func litCase(s string, i int, w string, fold bool) int {
	if fold {
		return litFold(s, i, w)
	}
	return lit(s, i, w)
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordsThen reads up to max words of letters (and the bytes of extra),
// each followed by white space, and then what last reads, fewest words
// first, as (?:[A-Za-z...]+\s+){0,max}?. It returns where last starts
// and ends, or -1s.
func wordsThen(s string, i, max int, extra string, last func(s string, i int) int) (int, int) {
	for k := 0; i >= 0; k++ {
		if e := last(s, i); e >= 0 {
			return i, e
		}
		if k == max {
			break
		}
		j := i
		for j < len(s) && (isLetter(s[j]) || strings.IndexByte(extra, s[j]) >= 0) {
			j++
		}
		if j == i {
			break
		}
		i = space1(s, j)
	}
	return -1, -1
}
