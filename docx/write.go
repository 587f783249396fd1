package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// File is a Word document to write: core properties and blocks.
type File struct {
	Properties Properties
	Blocks     []Block
}

// Properties are the document's core properties (docProps/core.xml).
type Properties struct {
	Title, Subject, Keywords string
	Creator                  string // "" means imrkit
	Description              string
	Identifier               string // e.g. the source's sha256
	Version                  string // e.g. the writing program's version
	Created                  time.Time
}

// BlockKind is what a block is.
type BlockKind int

// Kinds of block.
const (
	Para BlockKind = iota
	Heading
	Table
	PageBreak
)

// Block is one block of a File.
type Block struct {
	Kind     BlockKind
	Level    int     // a heading's level, 1 to 3
	Numbered bool    // a heading numbered by Word's list numbering (1., 2., ...)
	Lines    [][]Run // a paragraph's or heading's lines, a line break between
	Rows     [][]Cell
	Header   bool // a table's first row is its header row
}

// Cell is a table cell's text.
type Cell []Run

// Run is text in one style.
type Run struct {
	Text               string
	Bold, Italic, Mono bool
}

// textWidth is the width between the page margins, in twentieths of a
// point (US Letter, one-inch margins).
const textWidth = 9360

// zipTime is the fixed time of every zip entry, so that the same File
// gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteTo writes the document as a .docx.
func (f *File) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", f.Properties.core()},
		{"docProps/app.xml", appProps},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
		{"word/document.xml", f.document()},
	}
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return 0, err
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return 0, err
		}
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	return buf.WriteTo(w)
}

// core writes docProps/core.xml.
func (p Properties) core() string {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	creator := p.Creator
	if creator == "" {
		creator = "imrkit"
	}
	for _, e := range []struct{ tag, val string }{
		{"dc:title", p.Title}, {"dc:subject", p.Subject}, {"dc:creator", creator},
		{"cp:keywords", p.Keywords}, {"dc:description", p.Description},
		{"dc:identifier", p.Identifier}, {"cp:version", p.Version},
	} {
		if e.val != "" {
			fmt.Fprintf(&b, "<%s>%s</%s>", e.tag, escape(e.val), e.tag)
		}
	}
	if !p.Created.IsZero() {
		d := p.Created.UTC().Format(time.RFC3339)
		fmt.Fprintf(&b, `<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>`, d, d)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}

// document writes word/document.xml.
func (f *File) document() string {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, bl := range f.Blocks {
		bl.write(&b)
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// write writes one block.
func (bl Block) write(b *strings.Builder) {
	switch bl.Kind {
	case Heading:
		lv := min(max(bl.Level, 1), 3)
		props := fmt.Sprintf(`<w:pStyle w:val="Heading%d"/>`, lv)
		if bl.Numbered {
			props += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`
		}
		paragraph(b, props, bl.Lines)
	case Table:
		bl.table(b)
	case PageBreak:
		b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	default:
		paragraph(b, "", bl.Lines)
	}
}

// paragraph writes a w:p with properties and lines.
func paragraph(b *strings.Builder, props string, lines [][]Run) {
	b.WriteString("<w:p>")
	if props != "" {
		b.WriteString("<w:pPr>" + props + "</w:pPr>")
	}
	for i, line := range lines {
		if i > 0 {
			b.WriteString(`<w:r><w:br/></w:r>`)
		}
		for _, r := range line {
			r.write(b)
		}
	}
	b.WriteString("</w:p>")
}

// write writes a run; tabs and newlines in its text become w:tab and
// w:br.
func (r Run) write(b *strings.Builder) {
	if r.Text == "" {
		return
	}
	b.WriteString("<w:r>")
	if r.Bold || r.Italic || r.Mono {
		b.WriteString("<w:rPr>")
		if r.Mono {
			b.WriteString(`<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>`)
		}
		if r.Bold {
			b.WriteString("<w:b/>")
		}
		if r.Italic {
			b.WriteString("<w:i/>")
		}
		b.WriteString("</w:rPr>")
	}
	for i, line := range strings.Split(r.Text, "\n") {
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString("<w:tab/>")
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">` + escape(part) + `</w:t>`)
			}
		}
	}
	b.WriteString("</w:r>")
}

// table writes a table with grid borders; the header row repeats on
// every page and is bold.
func (bl Block) table(b *strings.Builder) {
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>`)
	cols := 0
	for _, row := range bl.Rows {
		cols = max(cols, len(row))
	}
	for range cols {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, textWidth/max(cols, 1))
	}
	b.WriteString(`</w:tblGrid>`)
	for i, row := range bl.Rows {
		b.WriteString("<w:tr>")
		header := i == 0 && bl.Header
		if header {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for _, c := range row {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>`)
			for _, r := range c {
				r.Bold = r.Bold || header
				r.write(b)
			}
			b.WriteString("</w:p></w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	// Word needs a paragraph between two tables; an empty one is dropped
	// by the reader.
	b.WriteString("<w:p/>")
}

// escape escapes text for XML; characters XML cannot hold become U+FFFD.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
