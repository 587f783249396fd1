package render

import (
	"strconv"
	"strings"
)

// The PDF is laid out from the Markdown a template writes, read as a
// small block model: headings (#, ##, ###), paragraphs (a line ending in
// two spaces or a backslash breaks the line), lists (- item, 1. item,
// nested by two spaces), tables (| a | b |), rules (---), fenced code,
// and charts (a fence with the info word "chart", one "label | number"
// per line). Inline: **bold**, *italic*, `code` and backslash escapes.
//
// HTML comments, invisible in Markdown, give the PDF what Markdown cannot
// say:
//
//	<!-- title: T -->, <!-- subject: S -->, <!-- keywords: K -->   document metadata
//	<!-- header: LEFT | RIGHT -->                                   running header on every page
//	<!-- outline: T -->                                             bookmark text for the next heading
//	<!-- keep --> ... <!-- /keep -->                               keep the blocks on one page, with the start of the next
//	<!-- pagebreak -->                                              start a new page

// blockKind is what a block is.
type blockKind int

const (
	headingBlock blockKind = iota
	paragraphBlock
	listBlock
	tableBlock
	chartBlock
	codeBlock
	ruleBlock
	pageBreakBlock
)

// block is one block of the model.
type block struct {
	kind    blockKind
	level   int      // heading level (1-6); list item depth (0, 1, ...)
	lines   [][]span // a paragraph's or heading's lines; a list item's text
	marker  string   // a list item's bullet or number ("•", "3.")
	rows    [][]cell // a table's rows, the header first
	bars    []bar    // a chart's bars
	title   string   // a chart's title
	code    []string // a code block's lines
	keep    int      // the keep group the block is in, 0 for none
	outline string   // bookmark text of a heading
}

// cell is one table cell.
type cell []span

// bar is one bar of a chart.
type bar struct {
	label string
	value float64
}

// document is the parsed model: blocks and document settings.
type document struct {
	blocks                   []block
	title, subject, keywords string
	author                   string
	headerLeft, headerRight  string
}

// blockParser reads Markdown lines into a document.
type blockParser struct {
	doc     document
	para    []string // lines of the paragraph being read
	keep    int      // current keep group, 0 outside
	groups  int      // keep groups opened so far
	outline string   // pending bookmark text
	fence   *block   // the code or chart block being read
	inTable bool     // the line before was a table row
}

// parseBlocks reads the Markdown subset into blocks.
func parseBlocks(src string) *document {
	p := &blockParser{}
	for _, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		p.line(line)
	}
	p.flush()
	if p.fence != nil {
		p.add(*p.fence)
	}
	return &p.doc
}

// line reads one line.
func (p *blockParser) line(line string) {
	if p.fence != nil {
		p.fenceLine(line)
		return
	}
	trimmed := strings.TrimSpace(line)
	inTable := p.inTable
	p.inTable = false
	switch {
	case trimmed == "":
		p.flush()
	case strings.HasPrefix(trimmed, "<!--") && strings.HasSuffix(trimmed, "-->"):
		p.flush()
		p.directive(strings.TrimSpace(trimmed[4 : len(trimmed)-3]))
	case strings.HasPrefix(trimmed, "```"):
		p.flush()
		p.openFence(strings.TrimSpace(strings.TrimPrefix(trimmed, "```")))
	case isRule(trimmed):
		p.flush()
		p.add(block{kind: ruleBlock})
	case headingLevel(trimmed) > 0:
		p.flush()
		p.heading(trimmed)
	case strings.HasPrefix(trimmed, "|"):
		p.flush()
		p.tableRow(trimmed, inTable)
		p.inTable = true
	case listMarker(line) != "":
		p.flush()
		p.listItem(line)
	default:
		p.para = append(p.para, line)
	}
}

// add appends a block, tagged with the current keep group.
func (p *blockParser) add(b block) {
	b.keep = p.keep
	p.doc.blocks = append(p.doc.blocks, b)
}

// flush ends the paragraph being read.
func (p *blockParser) flush() {
	if len(p.para) == 0 {
		return
	}
	p.add(block{kind: paragraphBlock, lines: paragraphLines(p.para)})
	p.para = nil
}

// paragraphLines joins a paragraph's source lines, breaking where a line
// ends in two spaces or a backslash.
func paragraphLines(src []string) [][]span {
	var out [][]span
	var cur []string
	for _, l := range src {
		hard := strings.HasSuffix(l, "  ") || strings.HasSuffix(l, "\\") && !strings.HasSuffix(l, "\\\\")
		l = strings.TrimSpace(l)
		if hard {
			l = strings.TrimSpace(strings.TrimSuffix(l, "\\"))
		}
		cur = append(cur, l)
		if hard {
			out = append(out, parseInline(strings.Join(cur, " ")))
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, parseInline(strings.Join(cur, " ")))
	}
	return out
}

// directive reads an HTML comment.
func (p *blockParser) directive(s string) {
	key, val, _ := strings.Cut(s, ":")
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	switch key {
	case "title":
		p.doc.title = val
	case "subject":
		p.doc.subject = val
	case "keywords":
		p.doc.keywords = val
	case "author":
		p.doc.author = val
	case "header":
		l, r, _ := strings.Cut(val, "|")
		p.doc.headerLeft, p.doc.headerRight = strings.TrimSpace(l), strings.TrimSpace(r)
	case "outline":
		p.outline = val
	case "keep":
		p.groups++
		p.keep = p.groups
	case "/keep":
		p.keep = 0
	case "pagebreak":
		p.add(block{kind: pageBreakBlock})
	}
}

func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	return strings.Trim(s, "-") == "" || strings.Trim(s, "*") == "" || strings.Trim(s, "_") == ""
}

// headingLevel returns the level of an ATX heading line, else 0.
func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(s) && s[n] != ' ' {
		return 0
	}
	return n
}

func (p *blockParser) heading(s string) {
	n := headingLevel(s)
	text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[n:]), "#"))
	spans := parseInline(text)
	b := block{kind: headingBlock, level: n, lines: [][]span{spans}, outline: p.outline}
	if b.outline == "" {
		b.outline = plainText(spans)
	}
	p.outline = ""
	p.add(b)
}

// listMarker returns the marker of a list item line ("-", "*", "+",
// "12."), else "".
func listMarker(line string) string {
	s := strings.TrimLeft(line, " ")
	if len(s) >= 2 && strings.ContainsRune("-*+", rune(s[0])) && s[1] == ' ' {
		return s[:1]
	}
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' ' {
		return s[:n+1]
	}
	return ""
}

func (p *blockParser) listItem(line string) {
	indent := len(line) - len(strings.TrimLeft(line, " "))
	m := listMarker(line)
	text := strings.TrimSpace(strings.TrimLeft(line, " ")[len(m):])
	marker := "•"
	if _, err := strconv.Atoi(strings.TrimRight(m, ".)")); err == nil {
		marker = m
	} else if indent >= 2 {
		marker = "–"
	}
	p.add(block{kind: listBlock, level: indent / 2, marker: marker, lines: [][]span{parseInline(text)}})
}

// tableRow reads a table row; the delimiter row (|---|:--:|) is skipped.
// A table ends at any line that is no row: a row after a blank line
// starts another table, and so does a delimiter row inside a table,
// whose row before it is the new table's header. Tables never merge.
func (p *blockParser) tableRow(s string, inTable bool) {
	cells := splitRow(s)
	n := len(p.doc.blocks)
	cur := inTable && n > 0 && p.doc.blocks[n-1].kind == tableBlock && p.doc.blocks[n-1].keep == p.keep
	if isDelimiterRow(cells) {
		if cur && len(p.doc.blocks[n-1].rows) > 1 {
			t := &p.doc.blocks[n-1]
			header := t.rows[len(t.rows)-1]
			t.rows = t.rows[:len(t.rows)-1]
			p.add(block{kind: tableBlock, rows: [][]cell{header}})
		}
		return
	}
	if !cur {
		p.add(block{kind: tableBlock})
		n = len(p.doc.blocks)
	}
	row := make([]cell, len(cells))
	for i, c := range cells {
		row[i] = parseInline(c)
	}
	p.doc.blocks[n-1].rows = append(p.doc.blocks[n-1].rows, row)
}

// splitRow cuts a table row at its unescaped pipes.
func splitRow(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, "\\|") {
		s = s[:len(s)-1]
	}
	var out []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			cur.WriteByte(s[i])
			cur.WriteByte(s[i+1])
			i++
		case s[i] == '|':
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(s[i])
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

func isDelimiterRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, ":- ") != "" || !strings.Contains(c, "-") {
			return false
		}
	}
	return len(cells) > 0
}

// openFence starts a code block, or a chart when the info word is
// "chart" (what follows it is the chart's title).
func (p *blockParser) openFence(info string) {
	word, rest, _ := strings.Cut(info, " ")
	if word == "chart" {
		p.fence = &block{kind: chartBlock, title: strings.TrimSpace(rest)}
		return
	}
	p.fence = &block{kind: codeBlock}
}

func (p *blockParser) fenceLine(line string) {
	if strings.TrimSpace(line) == "```" {
		p.add(*p.fence)
		p.fence = nil
		return
	}
	if p.fence.kind == codeBlock {
		p.fence.code = append(p.fence.code, line)
		return
	}
	i := strings.LastIndexByte(line, '|')
	if i < 0 {
		return
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(line[i+1:]), 64)
	if err == nil {
		p.fence.bars = append(p.fence.bars, bar{label: strings.TrimSpace(line[:i]), value: v})
	}
}
