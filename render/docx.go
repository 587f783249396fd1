package render

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/imrkit/imrkit/docx"
	imrversion "github.com/imrkit/imrkit/version"
)

// DOCX is the Word format: laid out, like the PDF, from the Markdown
// template.
const DOCX = "docx"

// writeDOCX turns the block model into a Word document: headings keep
// their levels as Word's heading styles, item headings (those whose
// outline starts with a number) are numbered by Word, tables stay
// tables, and the core properties carry the source, its SHA-256 and the
// imrkit version.
func writeDOCX(d *document, meta pdfMeta, src *LetterData) ([]byte, error) {
	f := &docx.File{Properties: docx.Properties{
		Title: meta.title, Subject: meta.subject, Keywords: meta.keywords,
		Version: imrversion.String(), Created: meta.rec.rendered,
	}}
	if src != nil {
		f.Properties.Identifier = "sha256:" + src.Source.SHA256
		f.Properties.Description = "Normalized by " + meta.rec.version + " from " + src.Source.Path + " (sha256 " + src.Source.SHA256 + ")"
	}
	for _, b := range d.blocks {
		if db, ok := docxBlock(b); ok {
			f.Blocks = append(f.Blocks, db)
		}
	}
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	return buf.Bytes(), err
}

// docxBlock converts one block; rules and charts have no Word form here.
func docxBlock(b block) (docx.Block, bool) {
	switch b.kind {
	case headingBlock:
		return docx.Block{Kind: docx.Heading, Level: b.level, Numbered: b.level == 3 && startsWithNumber(b.outline), Lines: docxLines(b.lines)}, true
	case paragraphBlock:
		return docx.Block{Kind: docx.Para, Lines: docxLines(b.lines)}, true
	case listBlock:
		lines := docxLines(b.lines)
		if len(lines) > 0 {
			lines[0] = append([]docx.Run{{Text: strings.Repeat("  ", b.level) + b.marker + " "}}, lines[0]...)
		}
		return docx.Block{Kind: docx.Para, Lines: lines}, true
	case tableBlock:
		return docx.Block{Kind: docx.Table, Header: true, Rows: docxRows(b.rows)}, true
	case codeBlock:
		var lines [][]docx.Run
		for _, l := range b.code {
			lines = append(lines, []docx.Run{{Text: l, Mono: true}})
		}
		return docx.Block{Kind: docx.Para, Lines: lines}, true
	case pageBreakBlock:
		return docx.Block{Kind: docx.PageBreak}, true
	}
	return docx.Block{}, false
}

func docxLines(lines [][]span) [][]docx.Run {
	out := make([][]docx.Run, len(lines))
	for i, l := range lines {
		out[i] = docxRuns(l)
	}
	return out
}

func docxRuns(spans []span) []docx.Run {
	out := make([]docx.Run, len(spans))
	for i, s := range spans {
		out[i] = docx.Run{Text: s.text, Bold: s.style&bold != 0, Italic: s.style&italic != 0, Mono: s.style&mono != 0}
	}
	return out
}

func docxRows(rows [][]cell) [][]docx.Cell {
	out := make([][]docx.Cell, len(rows))
	for i, r := range rows {
		for _, c := range r {
			out[i] = append(out[i], docx.Cell(docxRuns(c)))
		}
	}
	return out
}

func startsWithNumber(s string) bool {
	return s != "" && unicode.IsDigit(rune(s[0]))
}
