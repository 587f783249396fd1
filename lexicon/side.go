package lexicon

import (
	"slices"
	"strings"
)

// Laterality is read from the words around a body part: before it
// ("right shoulder", "left hip and knee", "right and left knees", "R
// knee"), else just after it ("shoulder, right", "knee (left)"). Aliases
// such as "RUE" carry their own.

// sideWords are the words that give a side.
var sideWords = map[string]string{
	"right": "right", "rt": "right",
	"left": "left", "lt": "left",
	"bilateral": "bilateral", "bilaterally": "bilateral", "both": "bilateral",
}

// sideSkip are the words that may stand between a side and its body part.
var sideSkip = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "of": true, "and": true, "or": true,
	"side": true, "sided": true, "dominant": true, "nondominant": true, "non": true,
	"upper": true, "lower": true, "mid": true, "middle": true, "distal": true, "proximal": true,
	"medial": true, "lateral": true, "anterior": true, "posterior": true, "volar": true, "dorsal": true,
	"index": true, "ring": true, "small": true, "little": true, "long": true, "great": true, "big": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "2nd": true, "3rd": true,
	"4th": true, "5th": true, "1st": true, "total": true, "entire": true,
}

// partMarks marks the tokens that body-part matches cover.
type partMarks struct {
	covered, starts []bool
}

// bodyParts marks the tokens of the body parts found, in the matcher's
// memory for marks, which it keeps from text to text.
func (m *matcher) bodyParts(hits []hit) partMarks {
	p := partMarks{clearMarks(m.marks.covered, len(m.toks)), clearMarks(m.marks.starts, len(m.toks))}
	m.marks = p
	for _, h := range hits {
		if m.ix.concepts[h.concept].Kind != KindBodyPart {
			continue
		}
		p.starts[h.first] = true
		for i := h.first; i <= h.last; i++ {
			p.covered[i] = true
		}
	}
	return p
}

// clearMarks returns n marks, all clear, in b's memory when it has room.
func clearMarks(b []bool, n int) []bool {
	b = slices.Grow(b[:0], n)[:n]
	clear(b)
	return b
}

// side returns the laterality of the body part at h.
func (m *matcher) side(h hit, p partMarks) string {
	if s := m.sideBefore(h.first, p); s != "" {
		return s
	}
	return m.sideAfter(h.last, p)
}

// sideBefore looks back from token first over the words that may stand
// between a side and its body part, and over other body parts of a list.
func (m *matcher) sideBefore(first int, p partMarks) string {
	for i := first - 1; i >= 0 && i >= first-6; i-- {
		if sentenceBreak(m.text[m.toks[i].end:m.toks[i+1].start]) {
			return ""
		}
		t := &m.toks[i]
		if s := sideWords[t.lower]; s != "" {
			return m.pairedSide(i, s)
		}
		if i == first-1 && (t.text == "R" || t.text == "L") {
			return map[string]string{"R": "right", "L": "left"}[t.text]
		}
		if !sideSkip[t.lower] && !p.covered[i] {
			return ""
		}
	}
	return ""
}

// pairedSide reads "right and left" as bilateral.
func (m *matcher) pairedSide(i int, s string) string {
	if i >= 2 && (m.toks[i-1].lower == "and" || m.toks[i-1].lower == "or") {
		if o := sideWords[m.toks[i-2].lower]; o != "" && o != s {
			return "bilateral"
		}
	}
	return s
}

// sideAfter reads a side just after the body part, unless it begins the
// next body part ("the shoulder, right knee").
func (m *matcher) sideAfter(last int, p partMarks) string {
	i := last + 1
	if i >= len(m.toks) || sentenceBreak(m.text[m.toks[last].end:m.toks[i].start]) {
		return ""
	}
	s := sideWords[m.toks[i].lower]
	if s == "" || s == "bilateral" && m.toks[i].lower == "both" {
		return ""
	}
	for j := i + 1; j < len(m.toks) && j <= i+2; j++ {
		if p.starts[j] {
			return ""
		}
	}
	return s
}

func sentenceBreak(gap string) bool { return strings.ContainsAny(gap, ".;:") }
