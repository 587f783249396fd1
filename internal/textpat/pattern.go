package textpat

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// A Pattern is a regular expression, compiled on first use, and the
// cheap tests that skip the text it cannot match: the bytes a match may
// start with and the lower-case texts one of which every match holds.
// Those are data about the expression, checked against it by its test.
//
// A case-insensitive expression ((?i) first) runs in its folded form,
// lowered, over the ASCII lower-case text: that matches as the
// expression does but much faster, save for the two letters that a
// case-insensitive regexp folds to ASCII (the long s, ſ, and the Kelvin
// sign, K), for which the methods on strings run the expression itself.
type Pattern struct {
	src       string
	first     *byteSet // the bytes a match may start with, nil for any
	needs     []string // lower-case text one of which every match holds
	lead      int      // how far into every match a needed text starts at most, -1 unknown
	made      *byteSet // the bytes every match is made of, word bytes among them; nil for any
	anchored  bool     // the expression starts with ^ (after its flags)
	once      sync.Once
	reOnce    sync.Once      // compiles re, for a case-insensitive expression
	re        *regexp.Regexp // src as written, compiled when first needed
	low       *regexp.Regexp // src folded for lower-case text; nil when it reads case
	tree      *syntax.Regexp // lowered() parsed and simplified, kept for the probes
	probeOnce sync.Once
	probes    *probes // low anchored where a match may start, made when first needed
}

// patterns lists every pattern made, for the tests that check their
// prefilters.
var (
	patternsMu sync.Mutex
	patterns   []*Pattern
)

// Patterns returns every pattern made so far.
func Patterns() []*Pattern {
	patternsMu.Lock()
	defer patternsMu.Unlock()
	return slices.Clone(patterns)
}

// Of makes the pattern of a regular expression.
func Of(src string) *Pattern {
	pt := &Pattern{src: src, lead: -1, anchored: startsAnchored.MatchString(src)}
	patternsMu.Lock()
	patterns = append(patterns, pt)
	patternsMu.Unlock()
	return pt
}

// StartsWith sets the bytes a match may start with (letters in either
// case, " " standing for any white space).
func (pt *Pattern) StartsWith(chars string) *Pattern {
	pt.first = bytesOf(spaced(chars))
	return pt
}

// spaced returns chars with the white space \s reads added when it holds
// " ", which stands for any of it.
func spaced(chars string) string {
	if strings.Contains(chars, " ") {
		return chars + "\t\n\f\r"
	}
	return chars
}

// StartsWithCase is StartsWith for a pattern that reads letters in the
// case written: the letters of chars stand for themselves only.
func (pt *Pattern) StartsWithCase(chars string) *Pattern {
	var set byteSet
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	pt.first = &set
	return pt
}

// Needing sets the lower-case texts one of which every match holds, in
// any case, so that a text without them is not searched.
func (pt *Pattern) Needing(texts ...string) *Pattern {
	pt.needs = texts
	return pt
}

// Within tells that every match holds one of the needed texts starting
// at most lead bytes after the match starts, so that a search may start
// lead bytes before the first of them.
func (pt *Pattern) Within(lead int) *Pattern {
	pt.lead = lead
	return pt
}

// MadeOf sets the bytes every match of the folded form is made of (" "
// standing for any white space; every word byte is added), so that a
// search of lower-case text reads only the runs of those bytes that hold
// a needed text. A run's ends are then word boundaries, as a text's ends
// are, so a match found in a run is the match found in the whole text.
// The pattern must need texts and be case-insensitive, with no ^ or $.
func (pt *Pattern) MadeOf(chars string) *Pattern {
	pt.made = bytesOf(spaced(chars) + "0123456789abcdefghijklmnopqrstuvwxyz_")
	return pt
}

// compile compiles the folded form of a case-insensitive expression,
// else the expression as written. The expression as written of a
// case-insensitive one, which most searches do not run, is compiled
// when first needed.
func (pt *Pattern) compile() {
	pt.once.Do(func() {
		if rest, ok := strings.CutPrefix(pt.src, "(?i)"); ok {
			// The expressions use no upper-case escapes (\S, \D, \W,
			// \B), so lowering one keeps its meaning.
			pt.low = regexp.MustCompile(strings.ToLower(rest))
		} else {
			pt.re = regexp.MustCompile(pt.src)
		}
		probed := pt.first != nil && !pt.anchored
		if pt.needs != nil && !probed {
			return
		}
		tree := parsed(pt.lowered().String())
		if pt.needs == nil && tree != nil {
			pt.needs = needsOf(tree)
		}
		if probed {
			pt.tree = tree
		}
	})
}

// Regexp returns the expression as written.
func (pt *Pattern) Regexp() *regexp.Regexp {
	pt.compile()
	if pt.low != nil {
		pt.reOnce.Do(func() { pt.re = regexp.MustCompile(pt.src) })
	}
	return pt.re
}

// Lowered returns the expression to run over lower-case text: the
// folded form, or the expression itself when it reads case.
func (pt *Pattern) Lowered() *regexp.Regexp {
	pt.compile()
	return pt.lowered()
}

// lowered is Lowered on a compiled pattern.
func (pt *Pattern) lowered() *regexp.Regexp {
	if pt.low != nil {
		return pt.low
	}
	return pt.re
}

// forText returns the expression to run over s and the text to run it
// over, which has the same offsets. An expression anchored at the start
// runs as written: it reads only the start of s, which may be long, and
// lowering all of s would cost more than folding saves.
func (pt *Pattern) forText(s string) (*regexp.Regexp, string) {
	pt.compile()
	if pt.low == nil || pt.anchored || foldsOdd(s) {
		return pt.Regexp(), s
	}
	return pt.low, Lower(s)
}

// foldsOdd reports whether s holds a letter that a case-insensitive
// regexp folds to an ASCII one: the long s (ſ) and the Kelvin sign (K).
func foldsOdd(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// SearchFrom returns where in s a search for the pattern may start, given
// low, s in ASCII lower case; false when s holds no match.
func (pt *Pattern) SearchFrom(low string) (int, bool) {
	pt.compile()
	switch {
	case pt.needs == nil:
		return 0, true
	case pt.lead < 0:
		return 0, ContainsAny(low, pt.needs...)
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

// FindFrom returns the leftmost match of re in s that starts at from or
// later, as FindStringSubmatchIndex with offsets in s.
func (pt *Pattern) FindFrom(re *regexp.Regexp, s string, from int) []int {
	if pr := pt.probing(re); pr != nil {
		return pr.find(s, from, len(s))
	}
	from = pt.skip(re, s, from)
	return MoveBy(re.FindStringSubmatchIndex(s[from:]), from)
}

// skip returns where a search of s from offset from may start: at the
// byte before the first that a match may start with, kept as context for
// \b (no match starts there, since no match starts with it). An
// expression anchored at the start is searched from 0.
func (pt *Pattern) skip(re *regexp.Regexp, s string, from int) int {
	if pt.first != nil && !pt.unfolded(re) {
		from = pt.first.skip(s, from)
	}
	if from == 0 || pt.anchored {
		return 0
	}
	return from - 1
}

// unfolded reports whether re is a case-insensitive expression run as
// written, over a text with ſ or K (see forText): its matches may start
// with those, which no first byte tells.
func (pt *Pattern) unfolded(re *regexp.Regexp) bool { return pt.low != nil && re != pt.low }

// startsAnchored matches an expression that starts with ^, after its flags.
var startsAnchored = regexp.MustCompile(`^(?:\(\?[a-z]+\))?\^`)

// All returns the matches of re, the pattern's expression, in s, as
// FindAllStringSubmatchIndex.
func (pt *Pattern) All(re *regexp.Regexp, s string) [][]int {
	if pt.made == nil || re != pt.low {
		return pt.AllTo(re, s, len(s))
	}
	var out [][]int
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && pt.made[s[end]] {
			end++
		}
		if run := s[start:end]; ContainsAny(run, pt.needs...) {
			for _, m := range pt.AllTo(re, run, len(run)) {
				out = append(out, MoveBy(m, start))
			}
		}
		start = end + 1
	}
	return out
}

// AllTo returns the matches of all that start at last or before. Each
// search starts where skip says, after the match before; when that
// finds a match FindAllStringSubmatchIndex would not (one that starts
// inside the match before, or an empty one), the whole text is searched
// instead. Once a match ends past last no search is needed: every later
// match starts where one ends or after.
func (pt *Pattern) AllTo(re *regexp.Regexp, s string, last int) [][]int {
	if pt.anchored {
		return upTo(re.FindAllStringSubmatchIndex(s, -1), last)
	}
	if pr := pt.probing(re); pr != nil {
		return pr.allTo(s, last)
	}
	var out [][]int
	for pos := 0; pos <= len(s) && pos <= last; {
		from := pt.skip(re, s, pos)
		m := MoveBy(re.FindStringSubmatchIndex(s[from:]), from)
		switch {
		case m == nil || m[0] > last:
			return out
		case m[0] < pos || m[0] == m[1]:
			return upTo(re.FindAllStringSubmatchIndex(s, -1), last)
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// upTo returns the matches that start at last or before.
func upTo(ms [][]int, last int) [][]int {
	for k, m := range ms {
		if m[0] > last {
			return ms[:k]
		}
	}
	return ms
}

// FindAll returns the matches in s, as the expression's
// FindAllStringSubmatchIndex.
func (pt *Pattern) FindAll(s string) [][]int {
	re, text := pt.forText(s)
	if !pt.mayHold(re, text) {
		return nil
	}
	return pt.All(re, text)
}

// Find returns the leftmost match in s, as FindStringSubmatchIndex.
func (pt *Pattern) Find(s string) []int {
	re, text := pt.forText(s)
	if !pt.mayHold(re, text) {
		return nil
	}
	return pt.FindFrom(re, text, 0)
}

// FindIn is Find given low, s in ASCII lower case (same offsets), which
// a case-insensitive pattern searches in its folded form, as Find does
// only for one not anchored (it would have to lower s): an anchored
// expression's folded form runs much faster than the expression as
// written. A text with ſ or K gets the expression as written.
func (pt *Pattern) FindIn(s, low string) []int {
	switch pt.given(s, low) {
	case asWritten:
		return pt.Find(s)
	case none:
		return nil
	}
	return pt.FindFrom(pt.low, low, 0)
}

// FindAllIn is FindAll given low, s in ASCII lower case (same offsets),
// as FindIn is Find: a case-insensitive pattern searches low in its
// folded form, without lowering s again. A text with ſ or K gets the
// expression as written.
func (pt *Pattern) FindAllIn(s, low string) [][]int {
	switch pt.given(s, low) {
	case asWritten:
		return pt.FindAll(s)
	case none:
		return nil
	}
	return pt.All(pt.low, low)
}

// searchGiven is how a search of s given low goes (see FindIn).
type searchGiven int

const (
	folded    searchGiven = iota // the folded form over low
	asWritten                    // as Find and FindAll would, over s
	none                         // no match: low lacks every needed text
)

// given tells how a search of s goes, given low, s in ASCII lower case.
// The needed texts are looked for in a text an anchored expression
// reads only the start of when the text is short: there the look costs
// less than a run of the expression that finds nothing.
func (pt *Pattern) given(s, low string) searchGiven {
	pt.compile()
	switch {
	case pt.low == nil || foldsOdd(s):
		return asWritten
	case (!pt.anchored || len(low) <= shortText) && !pt.MayMatch(low):
		return none
	}
	return folded
}

// shortText is the longest text in which an anchored expression's
// needed texts are looked for before it runs.
const shortText = 512

// MatchIn reports whether s holds a match, given low as FindIn does.
func (pt *Pattern) MatchIn(s, low string) bool { return pt.FindIn(s, low) != nil }

// mayHold reports whether text, which forText gave with re, may hold a
// match: whether it holds a needed text. The expression as written reads
// case, or runs over a text with ſ or K, whose needs are not tested.
func (pt *Pattern) mayHold(re *regexp.Regexp, text string) bool {
	return re != pt.low || pt.MayMatch(text)
}

// MatchString reports whether s holds a match.
func (pt *Pattern) MatchString(s string) bool { return pt.Find(s) != nil }

// ReplaceAll returns s with each match replaced by repl, as
// ReplaceAllLiteralString does.
func (pt *Pattern) ReplaceAll(s, repl string) string {
	ms := pt.FindAll(s)
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

// MayMatch reports whether the lower-case text low holds one of the
// texts the pattern needs, if it tells them.
func (pt *Pattern) MayMatch(low string) bool {
	pt.compile()
	return pt.needs == nil || ContainsAny(low, pt.needs...)
}

// Folded returns the expression to run over lower-case text and whether
// it is the folded form of a case-insensitive one (else it is the
// expression as written, which reads case).
func (pt *Pattern) Folded() (*regexp.Regexp, bool) {
	pt.compile()
	return pt.Lowered(), pt.low != nil
}

// String returns the expression as written.
func (pt *Pattern) String() string { return pt.src }
