package pdftext

import (
	"math"
	"slices"
)

// glyph is one drawn character on the page as shown: x0..x1 along the
// baseline base (y down), and the font size. It is kept small: a page
// holds thousands.
type glyph struct {
	text         string
	x0, x1, base float64
	size         float64
	font         *font
	spaceBefore  bool // a space glyph preceded it in the stream
}

// top and bottom bound the glyph across the baseline (y down).
func (g *glyph) top() float64    { return g.base - ascent*g.size }
func (g *glyph) bottom() float64 { return g.base - descent*g.size }

// Layout constants, as fractions of the font size (after poppler's
// TextOutputDev, whose -layout output the callers expect).
const (
	lineSlack   = 0.5  // baselines this close share a line (superscripts)
	wordGap     = 0.1  // a gap this wide separates words
	spaceGap    = 0.03 // ...or this wide after a space glyph
	columnGap   = 1.0  // a gap this wide separates table columns
	dupDistance = 0.1  // the same glyph drawn again this close is dropped
	maxBlank    = 5    // newlines at most between two lines
)

// columnSpaces is the least gap in spaces after a fragment wholly to the
// left of another.
const columnSpaces = 3

// visualLine is the glyphs of one line, left to right.
type visualLine struct {
	glyphs []*glyph
	base   float64
	size   float64 // size of the first glyph
}

// layoutBuffers are the working slices of layout, kept from page to page
// (and, through scratchPool, from file to file) so that a page allocates
// little beyond its lines. Only the text and ends parts outlive a call as
// values: done copies the text out.
type layoutBuffers struct {
	order, tmp []*glyph // glyphs in reading order; merge space
	runs       []int    // where the runs of rising baselines end
	lines      []visualLine
	frags      [][]fragment
	slab       []fragment
	spaces     []bool
	blocks     []block
	found      []*block    // the blocks of the page, in the order found
	open, next []*block    // blocks of the last line; of this one
	owner      []*block    // the block of each fragment, in page order
	members    []*fragment // the fragments of the blocks, block by block
	byX        []*fragment // a block's fragments, left to right
	text       []byte
	ends       []int
}

// layout turns a page's glyphs into lines of text, with the box of each
// glyph when boxes is true. buf, when not nil, holds buffers to reuse.
func layout(glyphs []glyph, width, height float64, buf *layoutBuffers, boxes bool) []Line {
	glyphs = onPage(glyphs, width, height)
	if len(glyphs) == 0 {
		return nil
	}
	if buf == nil {
		buf = new(layoutBuffers)
	}
	lines := groupLines(glyphs, buf)
	frags := reuse(buf.frags, len(lines))
	spaces := reuse(buf.spaces, len(glyphs)) // one run per line, as lines slice the glyphs
	clear(spaces)
	buf.spaces = spaces
	slab := buf.slab[:0]
	for i, vl := range lines {
		start := len(slab)
		slab = fragments(slab, vl, spaces[:len(vl.glyphs):len(vl.glyphs)])
		frags[i] = slab[start:len(slab):len(slab)]
		spaces = spaces[len(vl.glyphs):]
	}
	buf.frags, buf.slab = frags, slab
	assignColumns(lines, frags, buf)
	// Sized for the usual page: a blank line for every few lines.
	w := &pageWriter{height: height, noBoxes: !boxes,
		buf: buf.text[:0], lines: make([]Line, 0, len(lines)*3/2), ends: buf.ends[:0]}
	if boxes {
		w.glyphs = make([]glyphBox, 0, len(glyphs))
	}
	for i, vl := range lines {
		if i > 0 {
			w.blanks(lines[i-1], vl)
		}
		w.line(frags[i])
	}
	buf.text, buf.ends = w.buf, w.ends
	return w.done()
}

// reuse returns s with length n, reallocated only when too short; its
// elements are left as they were.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// onPage drops glyphs drawn outside the page, as poppler does. Glyphs
// are moved only after the first dropped one.
func onPage(glyphs []glyph, width, height float64) []glyph {
	off := func(g *glyph) bool {
		return g.x1 < -1 || g.x0 > width+1 || g.base < -1 || g.base > height+g.size
	}
	for i := range glyphs {
		if !off(&glyphs[i]) {
			continue
		}
		kept := glyphs[:i]
		for j := i + 1; j < len(glyphs); j++ {
			if !off(&glyphs[j]) {
				kept = append(kept, glyphs[j])
			}
		}
		return kept
	}
	return glyphs
}

// groupLines sorts glyphs into lines by baseline, top to bottom, then each
// line left to right. The lines slice buf.order.
func groupLines(glyphs []glyph, buf *layoutBuffers) []visualLine {
	order := reuse(buf.order, len(glyphs))
	for i := range order {
		order[i] = &glyphs[i]
	}
	buf.order = order
	sortByBase(order, buf)
	// Each line is a run of order, sorted again in place.
	lines := buf.lines[:0]
	start := 0
	refBase, refSize := 0.0, 0.0
	for i, g := range order {
		if i > start && g.base-refBase > lineSlack*lineSize(refSize, g.size) {
			lines = append(lines, newVisualLine(order[start:i:i]))
			start = i
		}
		if i == start || g.size > refSize*1.05 {
			refBase, refSize = g.base, g.size
		}
	}
	lines = append(lines, newVisualLine(order[start:]))
	buf.lines = lines
	return lines
}

// sortByBase sorts gs by baseline, stably, merging in buf.tmp. A
// content stream draws a page in a few runs of rising baselines (body,
// header, footer), which it merges, in the order slices.SortStableFunc
// would give; a page with a NaN baseline, which no order sorts, goes to
// slices.SortStableFunc itself.
func sortByBase(gs []*glyph, buf *layoutBuffers) {
	ends, nan := buf.runs[:0], false // ends: where each run ends
	for i := range gs {
		nan = nan || gs[i].base != gs[i].base
		if i > 0 && gs[i].base < gs[i-1].base {
			ends = append(ends, i)
		}
	}
	buf.runs = ends
	switch {
	case len(ends) == 0:
		return
	case nan:
		slices.SortStableFunc(gs, func(a, b *glyph) int { return cmpFloat(a.base, b.base) })
		return
	}
	ends = append(ends, len(gs))
	buf.tmp = reuse(buf.tmp, len(gs))
	src, dst := gs, buf.tmp
	for len(ends) > 1 {
		ends = mergeRuns(dst, src, ends)
		src, dst = dst, src
	}
	if &src[0] != &gs[0] {
		copy(gs, src)
	}
}

// mergeRuns merges each pair of neighbouring runs of src, which end at
// ends, into dst, the left run first where baselines are equal, and
// returns where the merged runs end, written over ends.
func mergeRuns(dst, src []*glyph, ends []int) []int {
	merged, start := ends[:0], 0
	for k := 0; k < len(ends); k += 2 {
		a, b := ends[k], ends[k]
		if k+1 < len(ends) {
			b = ends[k+1]
		}
		merge(dst[start:b], src[start:a], src[a:b])
		merged = append(merged, b)
		start = b
	}
	return merged
}

// merge merges the sorted a and b into dst, taking from a on ties.
func merge(dst, a, b []*glyph) {
	k := 0
	for len(a) > 0 && len(b) > 0 {
		if b[0].base < a[0].base {
			dst[k], b = b[0], b[1:]
		} else {
			dst[k], a = a[0], a[1:]
		}
		k++
	}
	k += copy(dst[k:], a)
	copy(dst[k:], b)
}

// newVisualLine sorts the glyphs of one line left to right, drops their
// duplicates, and takes the line's baseline from its largest glyphs.
func newVisualLine(gs []*glyph) visualLine {
	if byX := func(a, b *glyph) int { return cmpFloat(a.x0, b.x0) }; !slices.IsSortedFunc(gs, byX) {
		slices.SortStableFunc(gs, byX)
	}
	gs = dropDuplicates(gs)
	base, limit := gs[0].base, gs[0].size*1.05 // limit: past the line's size
	for _, g := range gs {
		if g.size > limit {
			base, limit = g.base, g.size*1.05
		}
	}
	return visualLine{glyphs: gs, base: base, size: gs[0].size}
}

// dropDuplicates drops glyphs drawn twice at nearly the same place (fake
// bold, shadows).
func dropDuplicates(gs []*glyph) []*glyph {
	n, p := 1, gs[0] // gs[:n] are kept, p the last of them
	for _, g := range gs[1:] {
		// The text is compared last: most neighbours are far apart.
		if math.Abs(g.x0-p.x0) < dupDistance*g.size && math.Abs(g.base-p.base) < 2*dupDistance*g.size && g.text == p.text {
			continue
		}
		gs[n], p = g, g
		n++
	}
	return gs[:n]
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

// lineSize is max(ref, size) for the comparison of groupLines, NaN as
// the built-in gives it; the sign of a zero, which no comparison sees, is
// left as it comes. Sizes on a line are mostly equal, which the built-in
// and maxFloat take the long way.
func lineSize(ref, size float64) float64 {
	if size > ref || size != size {
		return size
	}
	return ref
}

// maxFloat is max(a, b), NaN and the sign of zero as the built-in gives
// them, but when one is plainly the larger it costs one comparison, not
// the built-in's sequence for NaN and zeros.
func maxFloat(a, b float64) float64 {
	switch {
	case a > b:
		return a
	case a < b:
		return b
	}
	return max(a, b)
}

// fragment is a run of words on a line with no column gap inside.
type fragment struct {
	glyphs []*glyph
	spaces []bool // spaces[i]: a space goes before glyphs[i]
	x0, x1 float64
	runes  int // characters, counting one per space
	col    int // text column of the fragment on the page
}

// fragments splits a line at column gaps, appending its fragments to
// frags, and marks the word spaces in spaces, false values as many as the
// line has glyphs. One pass measures each fragment as it goes.
func fragments(frags []fragment, vl visualLine, spaces []bool) []fragment {
	f := fragment{x0: vl.glyphs[0].x0}
	start := 0
	for i, g := range vl.glyphs {
		if i > 0 {
			p := vl.glyphs[i-1]
			gap := g.x0 - p.x1
			if gap > columnGap*p.size {
				f.glyphs, f.spaces = vl.glyphs[start:i], spaces[start:i]
				frags = append(frags, f)
				f, start = fragment{x0: g.x0}, i
			} else if gap >= wordGap*p.size || g.spaceBefore && gap >= spaceGap*p.size {
				spaces[i] = true
				f.runes++
			}
		}
		f.x1 = maxFloat(f.x1, g.x1)
		f.runes += runeCount(g.text)
	}
	f.glyphs, f.spaces = vl.glyphs[start:], spaces[start:]
	return append(frags, f)
}

// runeCount counts the characters of s, quickly for one byte.
func runeCount(s string) int {
	if len(s) == 1 {
		return 1
	}
	return len([]rune(s))
}

// block is a group of fragments on consecutive lines that overlap
// (a paragraph, a table cell): pdftotext -layout places blocks in
// columns, and fragments inside their block.
type block struct {
	frags  []*fragment
	x0, x1 float64
	cols   int // columns of its widest fragment
	col    int
	last   int       // line of its last fragment
	tail   *fragment // its last fragment, while frags is being found
	n      int       // its fragments
}

// assignColumns gives each fragment its text column, as pdftotext -layout
// does: blocks start right of every block wholly to their left on the
// page, and where they overlap others, at the column proportional to
// their position along them, so that table columns line up from line to
// line.
func assignColumns(lines []visualLine, frags [][]fragment, buf *layoutBuffers) {
	blocks := findBlocks(lines, frags, buf)
	slices.SortStableFunc(blocks, func(a, b *block) int { return cmpFloat(a.x0, b.x0) })
	for i, b := range blocks {
		for _, o := range blocks[:i] {
			b.col = max(b.col, o.colAt(b.x0))
		}
		for _, f := range b.frags {
			f.col += b.col
		}
	}
}

// findBlocks groups fragments into blocks and sets each fragment's column
// inside its block.
func findBlocks(lines []visualLine, frags [][]fragment, buf *layoutBuffers) []*block {
	n := 0
	for _, fs := range frags {
		n += len(fs)
	}
	// A fragment opens a block at most: slab never moves.
	slab := reuse(buf.blocks, n)[:0]
	blocks, open, next, owner := buf.found[:0], buf.open[:0], buf.next[:0], buf.owner[:0]
	for i := range frags {
		next = next[:0]
		for j := range frags[i] {
			f := &frags[i][j]
			b := joinBlock(open, f, i, lines)
			if b == nil {
				slab = append(slab, block{x0: f.x0, x1: f.x1})
				b = &slab[len(slab)-1]
				blocks = append(blocks, b)
			}
			b.tail, b.n = f, b.n+1
			b.x0, b.x1, b.last = min(b.x0, f.x0), max(b.x1, f.x1), i
			next = append(next, b)
			owner = append(owner, b)
		}
		open, next = next, open
	}
	buf.blocks, buf.found, buf.open, buf.next, buf.owner = slab, blocks, open, next, owner
	fillBlocks(frags, blocks, buf)
	for _, b := range blocks {
		b.inner(&buf.byX)
	}
	return blocks
}

// fillBlocks sets the fragments of each block, in the order findBlocks
// found them, as slices of one buffer: a block's count is known by then.
func fillBlocks(frags [][]fragment, blocks []*block, buf *layoutBuffers) {
	members := reuse(buf.members, len(buf.owner))
	buf.members = members
	for _, b := range blocks {
		b.frags, members = members[:0:b.n], members[b.n:]
	}
	owner := buf.owner
	for i := range frags {
		for j := range frags[i] {
			b := owner[0]
			b.frags, owner = append(b.frags, &frags[i][j]), owner[1:]
		}
	}
}

// joinBlock returns the block of the line above that f continues, if any.
func joinBlock(open []*block, f *fragment, line int, lines []visualLine) *block {
	for _, b := range open {
		p := b.tail
		size := p.glyphs[0].size
		if b.last == line-1 && f.x0 < p.x1 && p.x0 < f.x1 &&
			lines[line].base-lines[line-1].base <= 2*size &&
			math.Abs(f.glyphs[0].size-size) < 0.05*size && f.glyphs[0].font == p.glyphs[0].font {
			return b
		}
	}
	return nil
}

// inner sets the column of each fragment inside the block, by the same
// rule at the level of characters, and the block's width in columns. It
// sorts the fragments in byX, which it keeps for the next block.
func (b *block) inner(byX *[]*fragment) {
	if len(b.frags) == 1 { // most blocks: nothing to order
		f := b.frags[0]
		f.col, b.cols = 0, f.runes
		return
	}
	order := append((*byX)[:0], b.frags...)
	*byX = order
	slices.SortStableFunc(order, func(x, y *fragment) int { return cmpFloat(x.x0, y.x0) })
	for i, f := range order {
		f.col = 0
		for _, o := range order[:i] {
			f.col = max(f.col, o.charColAt(f.x0))
		}
		b.cols = max(b.cols, f.col+f.runes)
	}
}

// charColAt returns the column inside the block of the first character of
// f whose middle lies right of x.
func (f *fragment) charColAt(x float64) int {
	if x >= f.x1 {
		return f.col + f.runes + 1
	}
	col := f.col
	for i, g := range f.glyphs {
		if x < (g.x0+g.x1)/2 {
			break
		}
		col += runeCount(g.text)
		if i+1 < len(f.glyphs) && f.spaces[i+1] {
			col++
		}
	}
	return col
}

// colAt returns the column a block starting at x gets from b.
func (b *block) colAt(x float64) int {
	if x > b.x1 {
		return b.col + b.cols + columnSpaces
	}
	if b.x1 <= b.x0 {
		return b.col
	}
	return b.col + int((x-b.x0)/(b.x1-b.x0)*float64(b.cols))
}

// pageWriter writes the lines of a page into one buffer and the glyph
// boxes into one slab, so that a page costs few allocations.
type pageWriter struct {
	height  float64
	buf     []byte
	glyphs  []glyphBox
	noBoxes bool // leave the boxes of glyphs and lines out
	lines   []Line
	ends    []int // ends[i]: end of lines[i] in buf
}

// line writes a line: fragments at their columns, words separated by
// single spaces.
func (w *pageWriter) line(frags []fragment) {
	start, first := len(w.buf), len(w.glyphs)
	var box Rect
	col := 0
	for i, f := range frags {
		want := f.col
		if i > 0 {
			want = max(want, col+2)
		}
		for ; col < want; col++ {
			w.buf = append(w.buf, ' ')
		}
		col += w.fragment(f, start, &box)
	}
	w.lines = append(w.lines, Line{Box: box, glyphs: w.glyphs[first:len(w.glyphs):len(w.glyphs)]})
	w.ends = append(w.ends, len(w.buf))
}

// fragment writes the words of f and records its glyph boxes, turned to
// have their origin at the bottom left of the page, with spans from the
// line's start; it returns the characters written.
func (w *pageWriter) fragment(f fragment, start int, box *Rect) int {
	n := 0
	for i, g := range f.glyphs {
		if f.spaces[i] {
			w.buf = append(w.buf, ' ')
			n++
		}
		if !w.noBoxes {
			r := Rect{g.x0, w.height - g.bottom(), g.x1, w.height - g.top()}
			at := len(w.buf) - start
			w.glyphs = append(w.glyphs, glyphBox{int32(at), int32(at + len(g.text)),
				float32(r.X0), float32(r.Y0), float32(r.X1), float32(r.Y1)})
			*box = box.union(r)
		}
		if len(g.text) == 1 { // most glyphs: no call to copy
			w.buf = append(w.buf, g.text[0])
			n++
			continue
		}
		w.buf = append(w.buf, g.text...)
		n += runeCount(g.text)
	}
	return n
}

// blanks adds the blank lines that stand for the vertical space between
// two lines: one per font size of gap beyond the first, at most four.
func (w *pageWriter) blanks(prev, next visualLine) {
	d := 1
	if prev.size > 0 {
		d = int((next.base - prev.base) / prev.size)
	}
	for d = min(d, maxBlank); d > 1; d-- {
		w.lines = append(w.lines, Line{})
		w.ends = append(w.ends, len(w.buf))
	}
}

// done returns the lines, their text cut from one string.
func (w *pageWriter) done() []Line {
	text := string(w.buf)
	start := 0
	for i := range w.lines {
		w.lines[i].Text = text[start:w.ends[i]]
		start = w.ends[i]
	}
	return w.lines
}
