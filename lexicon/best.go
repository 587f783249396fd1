package lexicon

import (
	"slices"
	"strings"
)

// Best returns the concept of the given kinds (all kinds when none are
// given) that names the head of a phrase, such as an item's service:
// "MRI" in "MRI of the right shoulder without contrast", cyclobenzaprine
// in "Retrospective Cyclobenzaprine 5mg tab".
//
// Services and drugs come before other kinds. The text after a label
// ("Associated surgical service: Cold therapy unit") comes before the
// label. The phrase is cut into parts at prepositions, conjunctions,
// commas and brackets, and the first part that names something decides:
// its first drug, else its last service (the head of a compound noun, as
// in "spine surgery evaluation"), else its first match. Words in
// brackets count only when nothing outside them does.
func (l *Lexicon) Best(phrase string, kinds ...Kind) (Match, bool) {
	if l == nil || l.ix == nil {
		return Match{}, false
	}
	return l.best(phrase, kinds)
}

// bestOf is Best without the cache. The phrase is read into words once,
// for finding its matches and for cutting it into parts. The matches,
// of which one is returned, are kept in the matcher's buffers.
func (l *Lexicon) bestOf(phrase string, kinds []Kind) (Match, bool) {
	m := newMatcher(l.ix, phrase)
	defer m.release()
	m.ms = m.matches(m.ms[:0], m.find(kinds))
	ms := preferred(m.ms)
	if len(ms) == 0 {
		return Match{}, false
	}
	ms = afterLabel(phrase, ms)
	var partBuf [256]int
	parts := cut(phrase, partBuf[:0], m.toks)
	for p := 0; p <= parts.last; p++ {
		if m.in = inPart(m.in[:0], ms, parts, p); len(m.in) > 0 {
			return head(m.in), true
		}
	}
	return ms[0], true
}

// preferred keeps the matches of the first kind present, counting
// services and drugs as one. It filters ms in place.
func preferred(ms []Match) []Match {
	best := len(kinds)
	for _, m := range ms {
		best = min(best, headRank(m.Concept.Kind))
	}
	out := ms[:0]
	for _, m := range ms {
		if headRank(m.Concept.Kind) == best {
			out = append(out, m)
		}
	}
	return out
}

func headRank(k Kind) int {
	if k == KindDrug {
		return kindRank(KindService)
	}
	return kindRank(k)
}

// afterLabel keeps the matches after the last colon, when there are any.
func afterLabel(phrase string, ms []Match) []Match {
	colon := strings.LastIndexByte(phrase, ':')
	for i, m := range ms {
		if colon >= 0 && m.Start > colon {
			return ms[i:]
		}
	}
	return ms
}

// head picks the match that names a part: its first drug, else its last
// service, else its first match.
func head(in []Match) Match {
	for _, m := range in {
		if m.Concept.Kind == KindDrug {
			return m
		}
	}
	for i := len(in) - 1; i >= 0; i-- {
		if in[i].Concept.Kind == KindService {
			return in[i]
		}
	}
	return in[0]
}

// parts numbers the parts of a phrase: part[i] is the part of byte i, or
// -1 inside brackets and in the words that cut.
type parts struct {
	part []int
	last int
}

// isCutWord reports whether a phrase is cut into parts at a word. A
// switch, which the compiler makes a search by length, costs less than a
// map's hashing.
func isCutWord(lower string) bool {
	switch lower {
	case "of", "for", "to", "with", "without", "under", "per",
		"in", "at", "on", "following", "from", "by", "vs",
		"versus", "and", "or", "including", "include", "includes",
		"after", "before", "times", "x", "plus", "then":
		return true
	}
	return false
}

// cut splits a phrase read into the words toks into parts, using the
// array of part (which must hold zeros) when it is long enough.
func cut(phrase string, part []int, toks []tok) parts {
	p := parts{part: slices.Grow(part, len(phrase))[:len(phrase)]}
	depth, prev := 0, 0
	for i := range toks {
		t := &toks[i]
		depth = p.gap(phrase, prev, t.start, depth)
		prev = t.end
		if isCutWord(t.lower) {
			p.last++
			p.mark(t.start, t.end, -1)
			continue
		}
		p.mark(t.start, t.end, p.partAt(depth))
	}
	return p
}

// gap reads the marks between two words, opening a new part at a comma,
// a semicolon or a bracket, and returns the bracket depth after them.
func (p *parts) gap(phrase string, from, to, depth int) int {
	for i := from; i < to; i++ {
		switch phrase[i] {
		case '(', '[':
			depth++
			p.last++
		case ')', ']':
			depth = max(depth-1, 0)
			p.last++
		case ',', ';':
			p.last++
		}
		p.part[i] = -1
	}
	return depth
}

func (p *parts) partAt(depth int) int {
	if depth > 0 {
		return -1
	}
	return p.last
}

func (p *parts) mark(from, to, v int) {
	for i := from; i < to; i++ {
		p.part[i] = v
	}
}

// inPart appends to out the matches that start in part n.
func inPart(out, ms []Match, p parts, n int) []Match {
	for _, m := range ms {
		if m.Start < len(p.part) && p.part[m.Start] == n {
			out = append(out, m)
		}
	}
	return out
}
