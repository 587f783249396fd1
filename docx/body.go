package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// parser walks a WordprocessingML part and builds the printed text.
type parser struct {
	dec       *xml.Decoder
	out       strings.Builder
	paras     []Paragraph
	page      int
	cur       strings.Builder // the paragraph being read
	inText    bool            // inside w:t
	fields    []bool          // open complex fields: whether the result is showing
	tables    []*table        // open tables, innermost last
	breakNext bool            // a page break before the next paragraph
	breakEnd  bool            // a page break after the current paragraph
	tracked   bool
}

// table is an open table: the row and cell being read.
type table struct {
	row  []string
	cell strings.Builder
}

// changed are the elements that mark tracked changes.
var changed = map[string]bool{
	"ins": true, "del": true, "moveFrom": true, "moveTo": true,
	"rPrChange": true, "pPrChange": true, "sectPrChange": true, "tblPrChange": true,
	"trPrChange": true, "tcPrChange": true, "numberingChange": true, "cellIns": true, "cellDel": true,
}

// skipped are elements whose content never prints: deletions, field
// instructions, the older form of alternate content, document properties.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"Fallback": true, "sdtPr": true, "tblPr": true, "tblGrid": true, "trPr": true, "tcPr": true,
	"footnoteReference": true, "endnoteReference": true, "commentReference": true,
}

// parseBody reads a document, header or footer part.
func parseBody(data []byte) (*Document, error) {
	p := &parser{dec: xml.NewDecoder(bytes.NewReader(data)), page: 1}
	for {
		tok, err := p.dec.Token()
		if err != nil {
			if err == io.EOF {
				break
			}
			return nil, err
		}
		if err := p.token(tok); err != nil {
			return nil, err
		}
	}
	p.endParagraph()
	return &Document{Text: p.out.String(), Paragraphs: p.paras, Tracked: p.tracked}, nil
}

// token handles one XML token.
func (p *parser) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return p.start(t)
	case xml.EndElement:
		p.end(t.Name.Local)
	case xml.CharData:
		if p.inText && p.showing() {
			p.cur.Write(t)
		}
	}
	return nil
}

// start handles an opening element.
func (p *parser) start(t xml.StartElement) error {
	name := t.Name.Local
	if changed[name] {
		p.tracked = true
	}
	if skipped[name] {
		return p.dec.Skip()
	}
	switch name {
	case "pPr":
		return p.paragraphProps()
	case "rPr", "sectPr":
		return p.props(func(string, xml.StartElement) {})
	case "t":
		p.inText = true
	case "tab":
		p.write("\t")
	case "br", "cr":
		p.lineBreak(attr(t, "type"))
	case "lastRenderedPageBreak":
		p.pageBreak()
	case "noBreakHyphen":
		p.write("-")
	case "fldChar":
		p.fieldChar(attr(t, "fldCharType"))
	case "tbl":
		p.endParagraph()
		p.tables = append(p.tables, &table{})
	}
	return nil
}

// end handles a closing element.
func (p *parser) end(name string) {
	switch name {
	case "t":
		p.inText = false
	case "p":
		p.endParagraph()
	case "tc":
		if tb := p.table(); tb != nil {
			tb.row = append(tb.row, strings.TrimSpace(tb.cell.String()))
			tb.cell.Reset()
		}
	case "tr":
		p.endRow()
	case "tbl":
		if len(p.tables) > 0 {
			p.tables = p.tables[:len(p.tables)-1]
		}
	}
}

// write adds printed text to the current paragraph.
func (p *parser) write(s string) {
	if p.showing() {
		p.cur.WriteString(s)
	}
}

// showing reports whether text now is shown: outside every field's
// instructions.
func (p *parser) showing() bool {
	for _, s := range p.fields {
		if !s {
			return false
		}
	}
	return true
}

// fieldChar opens, separates or closes a complex field.
func (p *parser) fieldChar(kind string) {
	switch kind {
	case "begin":
		p.fields = append(p.fields, false)
	case "separate":
		if n := len(p.fields); n > 0 {
			p.fields[n-1] = true
		}
	case "end":
		if n := len(p.fields); n > 0 {
			p.fields = p.fields[:n-1]
		}
	}
}

// lineBreak handles w:br and w:cr: a page break or a new line.
func (p *parser) lineBreak(kind string) {
	if kind == "page" {
		p.pageBreak()
		return
	}
	p.write("\n")
}

// pageBreak starts a new page: inside a paragraph with text the text
// after it goes on the next page; otherwise the next paragraph does.
func (p *parser) pageBreak() {
	if cur := p.cur.String(); len(p.tables) == 0 && strings.TrimSpace(cur) != "" {
		if !strings.HasSuffix(cur, "\n") {
			p.cur.WriteByte('\n')
		}
		p.cur.WriteByte('\f')
		return
	}
	p.breakNext = true
}

// table returns the innermost open table, or nil.
func (p *parser) table() *table {
	if len(p.tables) == 0 {
		return nil
	}
	return p.tables[len(p.tables)-1]
}

// endRow writes a table row as one line, its cells three spaces apart;
// a row of a nested table goes into the outer table's cell.
func (p *parser) endRow() {
	tb := p.table()
	if tb == nil {
		return
	}
	var cells []string
	for _, c := range tb.row {
		if c != "" {
			cells = append(cells, strings.ReplaceAll(c, "\n", " "))
		}
	}
	tb.row = nil
	line := strings.Join(cells, "   ")
	if len(p.tables) > 1 {
		outer := p.tables[len(p.tables)-2]
		joinSpace(&outer.cell, line)
		return
	}
	p.emit(line)
}

// endParagraph ends the current paragraph: into the open table cell, or
// into the text.
func (p *parser) endParagraph() {
	s := p.cur.String()
	p.cur.Reset()
	if tb := p.table(); tb != nil {
		joinSpace(&tb.cell, strings.TrimSpace(s))
		return
	}
	p.emit(s)
	if p.breakEnd {
		p.breakNext, p.breakEnd = true, false
	}
}

// emit appends a paragraph to the text: a blank line before it, or a
// form feed when a page break comes first. Empty paragraphs are dropped.
func (p *parser) emit(s string) {
	s = strings.TrimRight(s, " \t\n\f")
	if strings.TrimSpace(s) == "" {
		return
	}
	if p.out.Len() > 0 {
		if p.breakNext {
			p.out.WriteString("\n\f")
			p.page++
		} else {
			p.out.WriteString("\n\n")
		}
	}
	p.breakNext = false
	start := p.out.Len()
	p.paras = append(p.paras, Paragraph{Start: start, End: start + len(s), Page: p.page})
	p.out.WriteString(s)
	p.page += strings.Count(s, "\f")
}

// joinSpace appends s to b with a space between.
func joinSpace(b *strings.Builder, s string) {
	if s == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(s)
}

// paragraphProps reads w:pPr: a page break before, a section that ends
// here (a new page after, unless continuous), changes.
func (p *parser) paragraphProps() error {
	return p.props(func(name string, t xml.StartElement) {
		switch name {
		case "pageBreakBefore":
			if v := attr(t, "val"); v != "0" && v != "false" && v != "off" {
				p.breakNext = true
			}
		case "sectPr":
			p.breakEnd = true
		case "type":
			if attr(t, "val") == "continuous" {
				p.breakEnd = false
			}
		}
	})
}

// props walks a property element's content, calling fn on each element
// and noting tracked changes.
func (p *parser) props(fn func(name string, t xml.StartElement)) error {
	for depth := 1; depth > 0; {
		tok, err := p.dec.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if changed[t.Name.Local] {
				p.tracked = true
			}
			fn(t.Name.Local, t)
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// attr returns the value of the attribute with a local name.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
