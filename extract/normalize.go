package extract

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// line is one line of the source with its content trimmed of indentation
// and trailing space.
type line struct {
	start, end int    // source offsets of the content
	indent     int    // columns of leading space
	text       string // the content
	blank      bool   // a paragraph break comes before this line
	cells      []cell // the columns of a table row, else nil
}

// cell is one column of a table row.
type cell struct {
	start, end int // source offsets
	col        int // column where it starts
	text       string
}

// normalize turns letter text as PDF tools produce it into paragraphs,
// one per line pair "\n\n", with table rows as "Label value" lines.
func normalize(src string) *document {
	s := scratches.Get().(*scratch)
	defer s.release()
	lines, pages := splitLines(s.lines[:0], src)
	lines = dropFurniture(lines, pages)
	s.lines = lines
	s.spaces.find(src)
	markBlanks(lines)
	s.cells = markRows(lines, &s.spaces, s.cells[:0])
	b := &builder{src: src, buf: s.buf[:0], segs: s.segs[:0], spaces: &s.spaces}
	emit(b, lines, s)
	if b.len() > 0 {
		b.add("\n")
	}
	s.buf, s.segs = b.buf, b.segs
	return &document{text: string(b.buf), source: src, segs: slices.Clone(b.segs), pages: pages}
}

// scratch holds what normalizing a letter builds and drops, kept from one
// letter to the next so that the arrays are not made anew for each.
type scratch struct {
	lines  []line
	buf    []byte    // the normalized text as it is written
	segs   []segment // the segments of the text as it is written
	spaces spaces
	ends   []int  // the ends of the prose lines (lineWidth)
	low    []byte // the source in ASCII lower case (flow.brokenWord)
	cells  []cell // the cells of all table rows, which the rows slice
	pairs  []pair // the pairs of the table row being written
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// release clears what refers to the letter and returns s to the pool.
func (s *scratch) release() {
	clear(s.lines)
	clear(s.cells)
	clear(s.pairs)
	scratches.Put(s)
}

// splitLines appends the source's lines to lines and notes where pages
// start (after each form feed). Empty lines are kept as lines with no
// content.
func splitLines(lines []line, src string) ([]line, []int) {
	lines = slices.Grow(lines, strings.Count(src, "\n")+1)
	pages := formFeeds(src, 0, len(src), nil)
	for pos := 0; pos < len(src); {
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += pos
		}
		if l, ok := readLine(src, pos, end); ok {
			lines = append(lines, l)
		}
		pos = end + 1
	}
	return lines, pages
}

// formFeeds appends the offsets after each form feed of src[pos:end] that
// has text after it.
func formFeeds(src string, pos, end int, pages []int) []int {
	for i := pos; i < end; i++ {
		k := strings.IndexByte(src[i:end], '\f')
		if k < 0 {
			break
		}
		i += k
		if i+1 < len(src) {
			pages = append(pages, i+1)
		}
	}
	return pages
}

// readLine reads src[pos:end] as a line. A line that holds only form
// feeds is no line.
func readLine(src string, pos, end int) (line, bool) {
	start, indent, feed := pos, 0, false
	for start < end && isSpaceByte(src[start]) {
		if src[start] == '\f' {
			indent, feed = 0, true
		} else {
			indent++
		}
		start++
	}
	stop := end
	for stop > start && isSpaceByte(src[stop-1]) {
		stop--
	}
	if start == stop && (feed || strings.IndexByte(src[pos:end], '\f') >= 0) {
		return line{}, false
	}
	l := line{start: start, end: stop, indent: indent, text: src[start:stop]}
	if start == stop && end > pos {
		l.indent = -1 // whitespace only: a deliberate separator
	}
	return l, true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// markBlanks sets line.blank on the first line after a paragraph break and
// drops the empty lines. Double-spaced text (every line followed by an
// empty one) breaks only at whitespace-only lines or runs of empty lines.
func markBlanks(lines []line) {
	double := doubleSpaced(lines)
	run, ws := 0, false
	prev := ""
	for i := range lines {
		l := &lines[i]
		if l.text == "" {
			run++
			ws = ws || l.indent < 0
			continue
		}
		l.blank = run > 0 && (!double || ws || (run > 1 && endsSentence(prev)))
		run, ws, prev = 0, false, l.text
	}
}

// doubleSpaced reports whether the text puts an empty line after every
// line, as text copied from some PDF viewers does (and PDFs printed from
// such text, where longer lines wrap in two): content lines are almost
// never next to each other, or a quarter of them are followed by an empty
// line in the middle of a sentence, which paragraph breaks never are.
func doubleSpaced(lines []line) bool {
	content, adjacent, mid := 0, 0, 0
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		content++
		if i > 0 && lines[i-1].text != "" {
			adjacent++
		}
		if i+2 < len(lines) && lines[i+1].text == "" && lines[i+2].text != "" && midSentence(l.text) {
			mid++
		}
	}
	return content >= 4 && (adjacent*10 < content || mid*4 >= content)
}

// midSentence reports a line that ends inside a sentence: on a lower-case
// letter or a comma.
func midSentence(s string) bool {
	c := s[len(s)-1]
	return c >= 'a' && c <= 'z' || c == ','
}

// dropEmpty returns the content lines only, in the array of lines.
func dropEmpty(lines []line) []line {
	out := lines[:0]
	for i, l := range lines {
		if l.text != "" {
			out = keep(out, lines, i)
		}
	}
	return out
}

// keep adds lines[i] to out, the lines kept so far at the start of the
// same array, and returns out. The line is copied only when an earlier
// one was dropped, for a copy of a line costs the garbage collector.
func keep(out, lines []line, i int) []line {
	if len(out) < i {
		lines[len(out)] = lines[i]
	}
	return lines[:len(out)+1]
}

// emit writes the content lines: table rows as one "Label value" line per
// pair, prose reflowed into paragraphs.
func emit(b *builder, all []line, s *scratch) {
	lines := dropEmpty(all)
	s.ends = proseEnds(s.ends[:0], lines)
	f := flow{width: lineWidth(s.ends), src: b.src, low: s.low[:0]}
	for i := 0; i < len(lines); i++ {
		if lines[i].cells != nil {
			i = emitTable(b, lines, i, s) - 1
			continue
		}
		j := f.paragraphEnd(lines, i)
		f.emitParagraph(b, lines[i:j])
		i = j - 1
	}
	s.low = f.low
}

// separate starts a new block: a blank line after the previous one.
func separate(b *builder) {
	if b.len() > 0 {
		b.add("\n\n")
	}
}

// emitTable writes the table rows starting at lines[i] and returns the
// index after them. The pairs are made in s.pairs.
func emitTable(b *builder, lines []line, i int, s *scratch) int {
	separate(b)
	first := true
	for ; i < len(lines) && lines[i].cells != nil; i++ {
		if i > 0 && !first && lines[i].blank {
			break
		}
		var next *line
		if i+1 < len(lines) {
			next = &lines[i+1]
		}
		s.pairs = pairs(s.pairs[:0], lines[i].cells, next)
		for _, p := range s.pairs {
			if !first {
				b.add("\n")
			}
			first = false
			p.write(b)
		}
		if next != nil && next.cells != nil && continues(next) {
			i++
		}
	}
	return i
}

// pair is a table label (one or two source pieces) and its value.
type pair struct {
	label  [2]cell
	labels int // how many of label are used
	value  *cell
}

func (p *pair) write(b *builder) {
	for k, c := range p.label[:p.labels] {
		if k > 0 {
			b.add(" ")
		}
		writeWords(b, c.start, c.end)
	}
	if p.value != nil {
		b.add(" ")
		writeWords(b, p.value.start, p.value.end)
	}
}

// pairs appends to out a row's cells grouped into label/value pairs. A
// label without a colon may finish on the next line ("Application" /
// "Received:").
func pairs(out []pair, cells []cell, next *line) []pair {
	for k := 0; k < len(cells); k++ {
		p := pair{label: [2]cell{cells[k]}, labels: 1}
		if !isLabel(cells[k].text) && next != nil && next.cells != nil && continues(next) {
			if c, ok := cellAt(next.cells, cells[k].col); ok {
				p.label[1], p.labels = c, 2
			}
		}
		if k+1 < len(cells) && !isLabel(cells[k+1].text) && (isLabel(cells[k].text) || p.labels > 1) {
			p.value = &cells[k+1]
			k++
		}
		out = append(out, p)
	}
	return out
}

// continues reports whether a row only finishes the labels of the row
// above it: every cell is a label and the line is indented.
func continues(l *line) bool {
	if l.indent < 8 {
		return false
	}
	for _, c := range l.cells {
		if !isLabel(c.text) {
			return false
		}
	}
	return true
}

func cellAt(cells []cell, col int) (cell, bool) {
	for _, c := range cells {
		if c.col >= col-2 && c.col <= col+2 {
			return c, true
		}
	}
	return cell{}, false
}

func isLabel(s string) bool { return strings.HasSuffix(s, ":") }

// markRows finds table rows: lines of two or more columns (runs of three
// or more spaces) that start with a label, and the lines that finish their
// labels. The rows' cells are appended to arena, which it returns.
func markRows(lines []line, sp *spaces, arena []cell) []cell {
	for i := range lines {
		l := &lines[i]
		if !sp.hasRun(l.start, l.end, 3) && !(l.indent >= 20 && isLabel(l.text)) {
			continue
		}
		n := len(arena)
		arena = splitCells(arena, l)
		cells := arena[n:len(arena):len(arena)]
		switch {
		case len(cells) >= 2 && labelCell(cells[0].text):
			l.cells = cells
		case len(cells) == 1 && l.indent >= 20 && isLabel(cells[0].text) && i > 0 && prevRow(lines, i) != nil:
			l.cells = cells
		default:
			arena = arena[:n]
		}
	}
	return arena
}

// prevRow returns the nearest content line above i when it is a row.
func prevRow(lines []line, i int) *line {
	for k := i - 1; k >= 0; k-- {
		if lines[k].text != "" {
			if lines[k].cells != nil {
				return &lines[k]
			}
			return nil
		}
	}
	return nil
}

// labelCell reports whether s looks like a table label: short words
// ending in a colon.
func labelCell(s string) bool {
	return isLabel(s) && len(s) <= 40 && strings.Count(s, " ") <= 4
}

// splitCells appends to out the pieces of a line cut at runs of three or
// more spaces.
func splitCells(out []cell, l *line) []cell {
	s := l.text
	col := l.indent
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !(s[j] == ' ' && strings.HasPrefix(s[j:], "   ")) {
			j++
		}
		out = append(out, cell{start: l.start + i, end: l.start + j, col: col + runeCount(s[:i]), text: s[i:j]})
		for j < len(s) && s[j] == ' ' {
			j++
		}
		i = j
	}
	return out
}

// writeWords copies source[start:end] with each run of white space
// written as one space.
func writeWords(b *builder, start, end int) {
	src := b.src
	if b.spaces.plain(start, end) {
		b.copy(start, end)
		return
	}
	for i := start; i < end; {
		if !isSpaceByte(src[i]) {
			j := i
			for j < end && !isSpaceByte(src[j]) {
				j++
			}
			b.copy(i, j)
			i = j
			continue
		}
		j := i
		for j < end && isSpaceByte(src[j]) {
			j++
		}
		if j-i == 1 && src[i] == ' ' {
			b.copy(i, j)
		} else {
			b.add(" ")
		}
		i = j
	}
}

// spaces records where the source has runs of two or more spaces and
// where tabs, carriage returns, form feeds and vertical tabs are, found
// with the fast searches of the strings package, so that lines are not
// read byte by byte for them.
type spaces struct {
	runs  []Span // the maximal runs of two or more spaces, in order
	marks []int  // the offsets of the other white space bytes, in order
}

// findSpaces finds the runs of spaces and the other white space of src.
func findSpaces(src string) *spaces {
	sp := &spaces{}
	sp.find(src)
	return sp
}

// find records the runs of spaces and the other white space of src, in
// the arrays sp has.
func (sp *spaces) find(src string) {
	sp.runs, sp.marks = sp.runs[:0], sp.marks[:0]
	for from := 0; ; {
		i := strings.Index(src[from:], "  ")
		if i < 0 {
			break
		}
		a := from + i
		b := a + 2
		for b < len(src) && src[b] == ' ' {
			b++
		}
		sp.runs = append(sp.runs, Span{a, b})
		from = b
	}
	for _, c := range []byte("\t\r\f\v") {
		for from := 0; ; {
			i := strings.IndexByte(src[from:], c)
			if i < 0 {
				break
			}
			sp.marks = append(sp.marks, from+i)
			from += i + 1
		}
	}
	slices.Sort(sp.marks)
}

// hasRun reports whether src[start:end] holds n spaces in a row.
func (sp *spaces) hasRun(start, end, n int) bool {
	i := sp.firstRunEndingAfter(start)
	for ; i < len(sp.runs) && sp.runs[i].Start < end; i++ {
		if min(sp.runs[i].End, end)-max(sp.runs[i].Start, start) >= n {
			return true
		}
	}
	return false
}

// firstRunEndingAfter returns the index of the first run that ends after
// off, or len(sp.runs): a binary search written out, for it runs for
// every line.
func (sp *spaces) firstRunEndingAfter(off int) int {
	lo, hi := 0, len(sp.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if sp.runs[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// plain reports whether the only white space in src[start:end] is single
// spaces.
func (sp *spaces) plain(start, end int) bool {
	if sp.hasRun(start, end, 2) {
		return false
	}
	i, _ := slices.BinarySearch(sp.marks, start)
	return i == len(sp.marks) || sp.marks[i] >= end
}

// countWord counts the occurrences of w in lower-case text as a whole
// word, up to limit. w is letters (see isLetterByte), so that a match
// inside a word is followed by no whole one before the word ends.

func countWord(text []byte, w string, limit int) int {
	n := 0
	for from := 0; n < limit; {
		i := indexRare(text, w, from)
		if i < 0 || w == "" {
			return n
		}
		from = i + len(w)
		if (i == 0 || !isLetterByte(text[i-1])) && (from == len(text) || !isLetterByte(text[from])) {
			n++
		}
		from = lettersEnd(text, from) // no later match in this word is whole
	}
	return n
}

// wordCounts counts the whole words of lower-case text as countWord
// does: the runs of letter bytes (see isLetterByte), whole.
func wordCounts(text []byte) map[string]int {
	s := string(text) // one copy the keys share
	m := make(map[string]int, len(s)/32)
	for i := 0; i < len(s); {
		if !isLetterByte(s[i]) {
			i++
			continue
		}
		end := lettersEnd(text, i)
		m[s[i:end]]++
		i = end
	}
	return m
}

// indexRare returns the offset of the first w in text at from or after,
// or -1: it looks for the rarest byte of w (see rarest) and checks w
// around each, which beats bytes.Index when w's first byte is common.
func indexRare(text []byte, w string, from int) int {
	if w == "" {
		return min(from, len(text))
	}
	r := rarest(w)
	for i := from; i+len(w) <= len(text); i++ {
		j := bytes.IndexByte(text[i+r:len(text)-len(w)+r+1], w[r])
		if j < 0 {
			return -1
		}
		if i += j; string(text[i:i+len(w)]) == w {
			return i
		}
	}
	return -1
}

// lettersEnd returns the end of the run of letters at i.
func lettersEnd(text []byte, i int) int {
	for i < len(text) && isLetterByte(text[i]) {
		i++
	}
	return i
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// runeCount is utf8.RuneCountInString, quicker on ASCII.
func runeCount(s string) int {
	i := 0
	for ; i+8 <= len(s) && asciiWord(s[i:i+8]); i += 8 {
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// asciiWord reports whether the eight bytes of s are ASCII, reading them
// as one word.
func asciiWord(s string) bool {
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return w&0x8080808080808080 == 0
}

// proseEnds appends to ends the end columns of the prose lines.
func proseEnds(ends []int, lines []line) []int {
	for _, l := range lines {
		if l.cells == nil && l.text != "" {
			ends = append(ends, l.indent+runeCount(l.text))
		}
	}
	return ends
}

// lineWidth estimates the wrap width of the prose from the end columns of
// its lines: a high percentile of them.
func lineWidth(ends []int) int {
	if len(ends) == 0 {
		return 80
	}
	return nth(ends, len(ends)*9/10)
}

// nth returns the n-th smallest of the non-negative ints xs, counting
// from 0: xs sorted, xs[n].
func nth(xs []int, n int) int {
	top := slices.Max(xs)
	if top > 1<<12 {
		slices.Sort(xs)
		return xs[n]
	}
	var small [256]int
	var count []int
	if top < len(small) {
		count = small[:top+1]
	} else {
		count = make([]int, top+1)
	}
	for _, x := range xs {
		count[x]++
	}
	for v, c := range count {
		if n < c {
			return v
		}
		n -= c
	}
	return top
}
