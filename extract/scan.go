package extract

import (
	"encoding/binary"
	"iter"
	"slices"
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

// appendLower appends s to b with ASCII letters in lower case.
func appendLower(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	i := n
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		binary.LittleEndian.PutUint64(b[i:], lowerEight(w))
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// lowerEight lower-cases the ASCII capitals among the eight bytes of w,
// all at once: a byte's top bit marks it as at least 'A', at most 'Z'
// and ASCII, and moved down to 0x20 lower-cases it.
func lowerEight(w uint64) uint64 {
	const high = 0x8080808080808080
	low7 := w &^ high
	atLeastA := low7 + 0x3f3f3f3f3f3f3f3f // 0x80 - 'A' in each byte
	pastZ := low7 + 0x2525252525252525    // 0x80 - 'Z' - 1
	upper := atLeastA &^ pastZ &^ w & high
	return w | upper>>2
}

// near runs a case-insensitive pattern only around the places where one
// of the keys occurs (keys in lower case), which is much faster than
// running it over a long text, and returns the matches that cover a key
// and in which group g took part, in order, once each. The matches are
// those of the pattern (run folded) in a window of the lower-case text
// around each place, up to the first that starts after the key: no
// later one can cover it. The list lies in a buffer the next call
// reuses: read it before calling near again.
func (p *parser) near(pt *pattern, in Span, g, back, ahead int, keys ...string) [][]int {
	lower := p.lower()[in.Start:in.End]
	b := p.bufs
	out := b.near[:0]
	for _, k := range keys {
		for i := range occurrences(lower, k, b.places.of(lower, in, k[rarest(k)])) {
			w := max(0, i-back)
			win := lower[w:min(len(lower), i+len(k)+ahead)]
			if !pt.MayMatch(win) {
				continue
			}
			for _, m := range pt.AllTo(pt.Lowered(), win, i-w) {
				if m[1] >= i-w+len(k) && m[2*g] >= 0 && !startsAt(out, in.Start+w+m[0]) {
					out = append(out, textpat.MoveBy(m, in.Start+w))
				}
			}
		}
	}
	b.near = out
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// startsAt reports whether one of the matches starts at off.
func startsAt(ms [][]int, off int) bool {
	for _, m := range ms {
		if m[0] == off {
			return true
		}
	}
	return false
}

// occurrences yields the offsets of a short lower-case key in s from left
// to right, each after the end of the one before, as successive
// strings.Index calls find them. at lists the offsets in s of the key's
// rarest byte, around which the key is checked.
func occurrences(s, key string, at []int) iter.Seq[int] {
	return func(yield func(int) bool) {
		r, from := rarest(key), 0
		for _, b := range at {
			if i := b - r; i >= from && strings.HasPrefix(s[i:], key) {
				if !yield(i) {
					return
				}
				from = i + len(key)
			}
		}
	}
}

// places lists where some bytes lie in one span of the lower-case text,
// each byte's offsets found with one fast scan when first asked for:
// near's calls over one span share them.
type places struct {
	in     Span
	bytes  []byte // the bytes scanned, in the order asked for
	starts []int  // where each byte's offsets start in at
	at     []int  // offsets in the span
}

// reset empties the list for the span in.
func (pl *places) reset(in Span) {
	pl.in, pl.bytes, pl.starts, pl.at = in, pl.bytes[:0], pl.starts[:0], pl.at[:0]
}

// of returns the offsets of c in lower, the lower-case text of span in.
func (pl *places) of(lower string, in Span, c byte) []int {
	if in != pl.in {
		pl.reset(in)
	}
	for k, b := range pl.bytes {
		if b == c {
			return pl.at[pl.starts[k]:pl.end(k)]
		}
	}
	start := len(pl.at)
	for from := 0; ; from++ {
		j := strings.IndexByte(lower[from:], c)
		if j < 0 {
			break
		}
		from += j
		pl.at = append(pl.at, from)
	}
	pl.bytes, pl.starts = append(pl.bytes, c), append(pl.starts, start)
	return pl.at[start:]
}

// end returns where the offsets of bytes[k] end in at.
func (pl *places) end(k int) int {
	if k+1 < len(pl.starts) {
		return pl.starts[k+1]
	}
	return len(pl.at)
}

// rarest returns the offset of the byte of key least frequent in English
// text: a byte that is no letter nor space, else the rarest letter.
func rarest(key string) int {
	best, rank := 0, int8(-2)
	for i := 0; i < len(key); i++ {
		if r := byteRank[key[i]]; r > rank {
			best, rank = i, r
		}
	}
	return best
}

// letterOrder lists the letters from the most frequent in English text.
const letterOrder = "etaoinshrdlcumwfgypbvkjxqz"

// byteRank ranks bytes from the most frequent in English text: a space
// first, then the letters of letterOrder, then all others.
var byteRank = func() (rank [256]int8) {
	for c := range rank {
		rank[c] = int8(len(letterOrder))
	}
	for i := 0; i < len(letterOrder); i++ {
		rank[letterOrder[i]] = int8(i)
	}
	rank[' '] = -1
	return rank
}()

// hasNumber reports whether s may state a count: a digit or a number
// word.
func hasNumber(s string) bool {
	if hasDigit(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		for _, w := range longNumWords[lowerByte(s[i])] {
			if litFold(s, i, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit or "#".
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) || s[i] == '#' {
			return true
		}
	}
	return false
}

// longNumWords holds the number words of three letters or more by their
// first letter.
var longNumWords = func() (by [256][]string) {
	for w := range numWords {
		if len(w) > 2 {
			by[w[0]] = append(by[w[0]], w)
		}
	}
	return by
}()
