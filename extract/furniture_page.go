package extract

import (
	"sort"
	"strings"
)

// dropFurniture removes running headers and footers from the first and
// last lines of pages: a line that stands there on more than half of the
// pages, two at least, the same but for its digits ("Page 2 of 3"), and a
// short line there that names the case number ("CASE CM16-0221706") on a
// page after the first.
func dropFurniture(lines []line, pages []int) []line {
	if len(pages) == 0 {
		return lines
	}
	edges := pageEdges(lines, pages)
	keys := make([]string, len(edges))
	counts := make(map[string]int, len(edges))
	for k, i := range edges {
		keys[k] = furnitureKey(lines[i].text)
		counts[keys[k]]++
	}
	n := len(pages) + 1
	out := lines[:0]
	k := 0
	for i, l := range lines {
		if k < len(edges) && edges[k] == i {
			drop := repeated(counts[keys[k]], n) || caseLine(l, pages)
			k++
			if drop {
				continue
			}
		}
		out = keep(out, lines, i)
	}
	return out
}

// repeated reports a line found at page edges on more than half of n
// pages, two at least.
func repeated(count, n int) bool { return count >= 2 && count*2 > n }

// caseLine reports a short line naming a case number on a later page,
// which is no "Case Number:" label of the letter's own header.
func caseLine(l line, pages []int) bool {
	return pageOf(l.start, pages) > 0 && fieldCount(l.text) <= 10 && hasCaseNumber(l.text) &&
		!strings.Contains(strings.ToLower(l.text), "case number")
}

// fieldCount is len(strings.Fields(s)), counted without making the list.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// hasCaseNumber reports a case number such as CM16-0221706 in s.
func hasCaseNumber(s string) bool {
	for i := 0; i+12 <= len(s); i++ {
		if s[i] == 'C' && s[i+1] == 'M' && isDigit(s[i+2]) && isDigit(s[i+3]) && s[i+4] == '-' && allDigits(s[i+5:i+12]) {
			return true
		}
	}
	return false
}

// pageEdges returns the indexes of the first and last content line of
// each page, in order. Lines come in source order, so a page's lines are
// next to each other.
func pageEdges(lines []line, pages []int) []int {
	var edges []int
	pg, first, last := -1, -1, -1
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if p := pageOf(l.start, pages); p != pg {
			edges = appendEdges(edges, first, last)
			pg, first = p, i
		}
		last = i
	}
	return appendEdges(edges, first, last)
}

// appendEdges appends a page's first and last content lines, once each;
// none when first < 0.
func appendEdges(edges []int, first, last int) []int {
	switch {
	case first < 0:
		return edges
	case first == last:
		return append(edges, first)
	}
	return append(edges, first, last)
}

// pageOf returns the 0-based page of a source offset.
func pageOf(off int, pages []int) int { return sort.SearchInts(pages, off+1) }

// furnitureKey is a line with its digits and runs of spaces made alike.
func furnitureKey(s string) string {
	if keyAsIs(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			c = '#'
		case c == ' ' || c == '\t':
			if space {
				continue
			}
			c = ' '
		}
		space = c == ' '
		b.WriteByte(c)
	}
	return b.String()
}

// keyAsIs reports whether s is its own furniture key: it has no digits,
// tabs or runs of spaces.
func keyAsIs(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || c == '\t' || c == ' ' && i > 0 && s[i-1] == ' ' {
			return false
		}
	}
	return true
}
