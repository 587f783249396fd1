package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropFurniture removes running headers and footers: a line that looks
// like furniture (a page number, a case number, a SHA-256, a short
// running title; see furnitureLike) and stands at the same place (one of
// the first two lines of its page, or of the last two) on more than half
// of the pages, two at least, the same but for its digits ("Page 2 of
// 3"); and a short line at a page edge that names the case number ("CASE
// CM16-0221706") on a page after the first. A sentence that happens to
// end two pages is no furniture: it is prose, and it is kept.
func dropFurniture(lines []line, pages []int) []line {
	if len(pages) == 0 {
		return lines
	}
	edges := pageEdges(lines, pages)
	keys := make([]string, len(edges))
	counts := make(map[edgeKey]int, len(edges))
	for k, e := range edges {
		keys[k] = furnitureKey(lines[e.line].text)
		counts[edgeKey{keys[k], e.place}]++
	}
	n := len(pages) + 1
	out := lines[:0]
	k := 0
	for i, l := range lines {
		if k < len(edges) && edges[k].line == i {
			e := edges[k]
			drop := furnitureLike(l.text) && repeated(counts[edgeKey{keys[k], e.place}], n) || e.outer() && caseLine(l, pages)
			k++
			if drop {
				continue
			}
		}
		out = keep(out, lines, i)
	}
	return out
}

// edgeKey is a line's furniture key and its place on the page, so that a
// line counts only with those at the same place.
type edgeKey struct {
	key   string
	place int
}

// repeated reports a line found at page edges on more than half of n
// pages, two at least.
func repeated(count, n int) bool { return count >= 2 && count*2 > n }

// furnitureLike reports a line that reads as page furniture: one that
// names a case number or a page ("Page 2 of 3", "- 2 -"), one that holds
// a SHA-256 (a rendered letter's record of its source), or a short
// running title (at most eight words, none of them ending a sentence or
// a label, starting with a capital letter).
func furnitureLike(s string) bool {
	return hasCaseNumber(s) || pageNumberLine(s) || hasSHA256(s) || runningTitle(s)
}

// hasSHA256 reports 64 hexadecimal digits in a row.
func hasSHA256(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			if run++; run == 64 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// pageNumberLine reports "Page 2", "Page 2 of 3", "2 of 3", "- 2 -" or a
// line that holds a "Page N" among other furniture words.
func pageNumberLine(s string) bool {
	if strings.Trim(s, "0123456789 -–/of") == "" && strings.ContainsAny(s, "0123456789") {
		return true
	}
	low := s // a line in ASCII is read in any case, not lowered
	if !isASCII(s) {
		low = strings.ToLower(s)
	}
	for i := indexPage(low, 0); i >= 0; i = indexPage(low, i+1) {
		if j := i + len("page "); j < len(low) && isDigit(low[j]) && (i == 0 || !isLetterByte(low[i-1])) {
			return true
		}
	}
	return false
}

// indexPage returns the offset of the first "page " in s from offset
// from, in any case of ASCII letters, or -1.
func indexPage(s string, from int) int {
	for i := from; i+len("page ") <= len(s); i++ {
		if lowerByte(s[i]) == 'p' && lowerByte(s[i+1]) == 'a' && lowerByte(s[i+2]) == 'g' && lowerByte(s[i+3]) == 'e' && s[i+4] == ' ' {
			return i
		}
	}
	return -1
}

// isASCII reports whether s is all in ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
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

// edge is a line near the edge of its page.
type edge struct {
	line  int // index into the lines
	place int // 1 and 2 for the first lines of a page, -1 and -2 for the last
}

// outer reports the first or the last line of a page.
func (e edge) outer() bool { return e.place == 1 || e.place == -1 }

// pageEdges returns the first two and the last two content lines of each
// page, in order (fewer on a page of fewer than four). Lines come in
// source order, so a page's lines are next to each other.
func pageEdges(lines []line, pages []int) []edge {
	var edges []edge
	var page []int // the content lines of the page being read
	pg := -1
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if p := pageOf(l.start, pages); p != pg {
			edges = appendEdges(edges, page)
			pg, page = p, page[:0]
		}
		page = append(page, i)
	}
	return appendEdges(edges, page)
}

// appendEdges appends the edge lines of one page's content lines.
func appendEdges(edges []edge, page []int) []edge {
	n := len(page)
	for k, i := range page {
		switch {
		case k < 2 && (k < n-2 || n <= 2 && k == 0):
			edges = append(edges, edge{line: i, place: k + 1})
		case k >= n-2:
			edges = append(edges, edge{line: i, place: k - n})
		}
	}
	return edges
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
