package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropFurniture removes running headers and footers: a line that looks
// like furniture (a page number, a case number, a short running title;
// see furnitureLike) and stands at the same place (the first line of its
// page, or the last) on more than half of the pages, two at least, the
// same but for its digits ("Page 2 of 3"); and a short line at a page
// edge that names the case number ("CASE CM16-0221706") on a page after
// the first. A sentence that happens to end two pages is no furniture:
// it is prose, and it is kept.
func dropFurniture(lines []line, pages []int) []line {
	if len(pages) == 0 {
		return lines
	}
	edges := pageEdges(lines, pages)
	keys := make([]string, len(edges))
	counts := make(map[edgeKey]int, len(edges))
	for k, e := range edges {
		keys[k] = furnitureKey(lines[e.line].text)
		counts[edgeKey{keys[k], e.bottom}]++
	}
	n := len(pages) + 1
	out := lines[:0]
	k := 0
	for i, l := range lines {
		if k < len(edges) && edges[k].line == i {
			e := edges[k]
			drop := furnitureLike(l.text) && repeated(counts[edgeKey{keys[k], e.bottom}], n) || caseLine(l, pages)
			k++
			if drop {
				continue
			}
		}
		out = keep(out, lines, i)
	}
	return out
}

// edgeKey is a line's furniture key and the edge of the page it stands
// at, so that a line counts only with those at the same place.
type edgeKey struct {
	key    string
	bottom bool
}

// repeated reports a line found at page edges on more than half of n
// pages, two at least.
func repeated(count, n int) bool { return count >= 2 && count*2 > n }

// furnitureLike reports a line that reads as page furniture: one that
// names a case number or a page ("Page 2 of 3", "- 2 -"), or a short
// running title (at most eight words, none of them ending a sentence or
// a label, starting with a capital letter).
func furnitureLike(s string) bool {
	return hasCaseNumber(s) || pageNumberLine(s) || runningTitle(s)
}

// pageNumberLine reports "Page 2", "Page 2 of 3", "2 of 3", "- 2 -" or a
// line that holds a "Page N" among other furniture words.
func pageNumberLine(s string) bool {
	if strings.Trim(s, "0123456789 -–/of") == "" && strings.ContainsAny(s, "0123456789") {
		return true
	}
	low := strings.ToLower(s)
	for i := strings.Index(low, "page "); i >= 0; {
		if j := i + len("page "); j < len(low) && isDigit(low[j]) && (i == 0 || !isLetterByte(low[i-1])) {
			return true
		}
		k := strings.Index(low[i+1:], "page ")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// runningTitle reports a short title line: at most eight words, a
// capital first letter, no sentence or label punctuation at its end and
// no colon inside (item lines have one).
func runningTitle(s string) bool {
	if s == "" || fieldCount(s) > 8 || strings.ContainsAny(s, ":;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !strings.ContainsAny(s[len(s)-1:], ".,?!")
}

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

// edge is the index of a page's first or last content line.
type edge struct {
	line   int
	bottom bool // the last line of its page (a page of one line has it at the top)
}

// pageEdges returns the first and last content lines of each page, in
// order. Lines come in source order, so a page's lines are next to each
// other.
func pageEdges(lines []line, pages []int) []edge {
	var edges []edge
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
func appendEdges(edges []edge, first, last int) []edge {
	switch {
	case first < 0:
		return edges
	case first == last:
		return append(edges, edge{line: first})
	}
	return append(edges, edge{line: first}, edge{line: last, bottom: true})
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
