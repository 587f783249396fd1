package textpat

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// probes are a pattern's expression (its folded form, for a
// case-insensitive one) anchored where a match may start, so that a
// search tries only the offsets a match may start at (those of its
// first bytes, then of the pairs of bytes it may start with) instead of
// every offset. Go's regexp finds the leftmost match by trying each
// offset in turn, and what it finds at one is what the anchored
// expression finds there.
type probes struct {
	re       *regexp.Regexp // the expression: the folded form, or as written when it reads case
	after    *regexp.Regexp // it anchored after one character, read as the context of \b
	starts   *starts        // how a match of it may start
	first    byteSet        // the bytes it may start with, all in ASCII
	boundary bool           // every match starts with \b
}

// probing returns the probes of re, the pattern's expression, when a
// search of it may use them: re is the folded form, or the expression
// of a pattern that reads case (not a case-insensitive one run as
// written, over a text with ſ or K); the pattern tells its first bytes
// (which says that few offsets are worth trying) and is not anchored;
// and its matches, none empty, start with an ASCII byte. nil otherwise.
// The bytes and pairs tried are read from the syntax, not those the
// pattern tells.
func (pt *Pattern) probing(re *regexp.Regexp) *probes {
	if pt.tree == nil || re != pt.lowered() {
		return nil
	}
	pt.probeOnce.Do(func() {
		st := startsOfSyntax(pt.tree)
		if st == nil || st.empty {
			return
		}
		first := st.firstBytes()
		for c := utf8.RuneSelf; c < len(first); c++ {
			if first[c] {
				return
			}
		}
		after := regexp.MustCompile(`^(?s:.)(?:` + re.String() + `)`)
		pt.probes = &probes{re: re, after: after, starts: st, first: *first, boundary: leadingBoundary(pt.tree)}
	})
	return pt.probes
}

// at returns the match that starts at offset i of s, or nil; at the
// start of s, the leftmost match. The character before i is matched by
// the probe (one byte, for a match starts with an ASCII byte), so that
// \b reads it as the expression run over the whole text does: a byte of
// a longer character stands for it, both being no word character and no
// line end. At the start of s, where no character is before, the
// expression itself runs, as a search without probes would.
func (pr *probes) at(s string, i int) []int {
	if i == 0 {
		return pr.re.FindStringSubmatchIndex(s)
	}
	m := MoveBy(pr.after.FindStringSubmatchIndex(s[i-1:]), i-1)
	if m != nil {
		m[0] = i
	}
	return m
}

// allTo returns the matches in s that start at last or before, as
// FindAllStringSubmatchIndex gives them, trying the offsets of the first
// bytes from the end of the match before.
func (pr *probes) allTo(s string, last int) [][]int {
	var out [][]int
	for i := 0; i <= last; {
		m := pr.find(s, i, last)
		if m == nil {
			break
		}
		out = append(out, m)
		i = m[1]
	}
	return out
}

// find returns the leftmost match in s that starts at from or later, up
// to last, or nil.
func (pr *probes) find(s string, from, last int) []int {
	for i := from; ; i++ {
		if i = pr.first.skip(s, i); i >= len(s) || i > last {
			return nil
		}
		if pr.may(s, i) {
			if m := pr.at(s, i); m != nil {
				if m[0] > last {
					return nil
				}
				return m
			}
			if i == 0 {
				return nil // the expression found no match in s
			}
		}
	}
}

// may reports whether a match may start at offset i of s: by its first
// bytes, and for a pattern whose matches start with \b, by the word
// boundary there. At the start of s every search is tried.
func (pr *probes) may(s string, i int) bool {
	if pr.boundary && i > 0 && IsWord(s[i-1]) == IsWord(s[i]) {
		return false
	}
	return pr.starts.may(s, i)
}

// leadingBoundary reports whether every match of re starts with \b: re
// is \b, or a sequence or group that starts with it, or branches that
// all do.
func leadingBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return leadingBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && leadingBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !leadingBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
}
