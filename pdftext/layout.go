package pdftext

import (
	"math"
	"slices"
	"strings"
)

// glyph is one drawn character on the page as shown: x0..x1 along the
// baseline base, top..bottom across it (y down), and the font size.
type glyph struct {
	text         string
	x0, x1, base float64
	top, bottom  float64
	size         float64
	spaceBefore  bool // a space glyph preceded it in the stream
}

// Layout constants, as fractions of the font size (after poppler's
// TextOutputDev, whose -layout output the callers expect).
const (
	lineSlack   = 0.5  // baselines this close share a line (superscripts)
	wordGap     = 0.1  // a gap this wide separates words
	spaceGap    = 0.03 // ...or this wide after a space glyph
	columnGap   = 1.5  // a gap this wide separates table columns
	dupDistance = 0.1  // the same glyph drawn again this close is dropped
	maxBlank    = 5    // newlines at most between two lines
)

// visualLine is the glyphs of one line, left to right.
type visualLine struct {
	glyphs []*glyph
	base   float64
	size   float64 // size of the first glyph
}

// layout turns a page's glyphs into lines of text.
func layout(glyphs []glyph, width, height float64) []Line {
	glyphs = onPage(glyphs, width, height)
	if len(glyphs) == 0 {
		return nil
	}
	lines := groupLines(glyphs)
	frags := make([][]fragment, len(lines))
	for i, vl := range lines {
		frags[i] = fragments(vl)
	}
	cw, left := charWidth(frags)
	var out []Line
	for i, vl := range lines {
		if i > 0 {
			out = appendBlanks(out, lines[i-1], vl)
		}
		out = append(out, render(frags[i], cw, left))
	}
	return out
}

// onPage drops glyphs drawn outside the page, as poppler does.
func onPage(glyphs []glyph, width, height float64) []glyph {
	kept := glyphs[:0]
	for _, g := range glyphs {
		if g.x1 < -1 || g.x0 > width+1 || g.base < -1 || g.base > height+g.size {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// groupLines sorts glyphs into lines by baseline, top to bottom, then each
// line left to right.
func groupLines(glyphs []glyph) []visualLine {
	order := make([]*glyph, len(glyphs))
	for i := range glyphs {
		order[i] = &glyphs[i]
	}
	slices.SortStableFunc(order, func(a, b *glyph) int { return cmpFloat(a.base, b.base) })
	var lines []visualLine
	var cur []*glyph
	refBase, refSize := 0.0, 0.0
	for _, g := range order {
		if len(cur) > 0 && g.base-refBase > lineSlack*max(refSize, g.size) {
			lines = append(lines, newVisualLine(cur))
			cur = nil
		}
		if len(cur) == 0 || g.size > refSize*1.05 {
			refBase, refSize = g.base, g.size
		}
		cur = append(cur, g)
	}
	return append(lines, newVisualLine(cur))
}

func newVisualLine(gs []*glyph) visualLine {
	slices.SortStableFunc(gs, func(a, b *glyph) int { return cmpFloat(a.x0, b.x0) })
	gs = dropDuplicates(gs)
	base, size := gs[0].base, gs[0].size
	for _, g := range gs {
		if g.size > size*1.05 {
			base, size = g.base, g.size
		}
	}
	return visualLine{glyphs: gs, base: base, size: gs[0].size}
}

// dropDuplicates drops glyphs drawn twice at nearly the same place (fake
// bold, shadows).
func dropDuplicates(gs []*glyph) []*glyph {
	kept := gs[:1]
	for _, g := range gs[1:] {
		p := kept[len(kept)-1]
		if g.text == p.text && math.Abs(g.x0-p.x0) < dupDistance*g.size && math.Abs(g.base-p.base) < 2*dupDistance*g.size {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// fragment is a run of words on a line with no column gap inside.
type fragment struct {
	glyphs []*glyph
	spaces []bool // spaces[i]: a space goes before glyphs[i]
	x0, x1 float64
	runes  int // characters, counting one per space
}

// fragments splits a line at column gaps and marks the word spaces.
func fragments(vl visualLine) []fragment {
	var frags []fragment
	var cur fragment
	for i, g := range vl.glyphs {
		space := false
		if i > 0 {
			p := vl.glyphs[i-1]
			gap := g.x0 - p.x1
			size := p.size
			if gap > columnGap*size {
				frags = append(frags, cur)
				cur = fragment{}
			} else {
				space = gap >= wordGap*size || g.spaceBefore && gap >= spaceGap*size
			}
		}
		cur.add(g, space)
	}
	return append(frags, cur)
}

func (f *fragment) add(g *glyph, space bool) {
	if len(f.glyphs) == 0 {
		f.x0 = g.x0
	}
	f.glyphs = append(f.glyphs, g)
	f.spaces = append(f.spaces, space)
	f.x1 = max(f.x1, g.x1)
	f.runes += len([]rune(g.text))
	if space {
		f.runes++
	}
}

// charWidth returns the width of one text column on the page (the mean
// advance of its characters) and the left edge of its text.
func charWidth(frags [][]fragment) (cw, left float64) {
	width, runes := 0.0, 0
	left = math.Inf(1)
	for _, line := range frags {
		for _, f := range line {
			width += f.x1 - f.x0
			runes += f.runes
			left = min(left, f.x0)
		}
	}
	if runes == 0 || width <= 0 {
		return 1, left
	}
	return width / float64(runes), left
}

// render writes a line: fragments at their columns, words separated by
// single spaces.
func render(frags []fragment, cw, left float64) Line {
	var b strings.Builder
	var l Line
	col := 0
	for i, f := range frags {
		want := int(math.Round((f.x0 - left) / cw))
		if i > 0 {
			want = max(want, col+2)
		}
		for ; col < want; col++ {
			b.WriteByte(' ')
		}
		col += writeFragment(&b, &l, f)
	}
	l.Text = b.String()
	return l
}

// writeFragment writes the words of f and records its glyph boxes; it
// returns the characters written.
func writeFragment(b *strings.Builder, l *Line, f fragment) int {
	n := 0
	for i, g := range f.glyphs {
		if f.spaces[i] {
			b.WriteByte(' ')
			n++
		}
		box := Rect{g.x0, g.top, g.x1, g.bottom}
		l.Glyphs = append(l.Glyphs, Glyph{Start: b.Len(), End: b.Len() + len(g.text), Box: box})
		l.Box = l.Box.union(box)
		b.WriteString(g.text)
		n += len([]rune(g.text))
	}
	return n
}

// appendBlanks adds the blank lines that stand for the vertical space
// between two lines: one per font size of gap beyond the first.
func appendBlanks(out []Line, prev, next visualLine) []Line {
	d := 1
	if prev.size > 0 {
		d = int((next.base - prev.base) / prev.size)
	}
	d = min(max(d, 1), maxBlank)
	for ; d > 1; d-- {
		out = append(out, Line{})
	}
	return out
}
