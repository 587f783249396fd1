package pdftext

import (
	"fmt"
	"testing"
)

// type0 is a resources dictionary with /F1 a Type0 font (Identity-H,
// two-byte codes) whose ToUnicode CMap is object 5, and whose widths are
// 500 but for code 3, 250.
const type0 = "<< /Font << /F1 << /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H" +
	" /ToUnicode 5 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /DW 500 /W [3 [250]] >>] >> >> >>"

// testCMap maps codes 1 to 3 through a bfrange with an array, 4 to 6
// through a bfrange with a string, and 7 through a bfchar to a character
// above U+00FF.
const testCMap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfrange <0001> <0003> [<0043> <004D> <0020>] <0004> <0006> <0031> endbfrange
1 beginbfchar <0007> <2013> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`

// diffs is a resources dictionary with /F1 a simple font whose
// /Differences name glyphs by AGL name, uniXXXX and ligature.
const diffs = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman" +
	" /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /uni00AE /fi /f_f_l /Eacute /quoteright] >> >> >> >>"

// type3 is a resources dictionary with /F1 a Type3 font whose glyphs are
// 0.5 text space units wide (FontMatrix 0.001, widths 500).
const type3 = "<< /Font << /F1 << /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]" +
	" /CharProcs << >> /Encoding << /Differences [65 /A /B /C] >> /FirstChar 65 /LastChar 67 /Widths [500 500 500] >> >> >>"

// contentTests are one-page files and their text.
var contentTests = []struct {
	name      string
	resources string
	content   string
	extra     []string
	want      string
}{
	{name: "Tj", resources: helvetica, content: "BT /F1 12 Tf 72 700 Td (Hello world) Tj ET", want: "Hello world\n\f"},
	{name: "TJ kerning is no space", resources: helvetica, content: "BT /F1 12 Tf 72 700 Td [(Hel) 20 (lo)] TJ ET", want: "Hello\n\f"},
	{name: "TJ gap is a space", resources: helvetica, content: "BT /F1 12 Tf 72 700 Td [(Hello) -400 (world)] TJ ET", want: "Hello world\n\f"},
	{name: "pieces joined by position", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (CM16) Tj ET BT /F1 12 Tf 100.02 700 Td (-) Tj ET BT /F1 12 Tf 104.016 700 Td (0213037) Tj ET",
		want:    "CM16-0213037\n\f"},
	{name: "word spacing", resources: helvetica, content: "BT /F1 12 Tf 5 Tw 72 700 Td (a b) Tj ET", want: "a b\n\f"},
	{name: "character spacing spreads letters", resources: helvetica, content: "BT /F1 12 Tf 3 Tc 72 700 Td (ab) Tj ET", want: "a b\n\f"},
	{name: "horizontal scaling", resources: helvetica, content: "BT /F1 12 Tf 50 Tz 72 700 Td (ab) Tj (c) Tj ET", want: "abc\n\f"},
	{name: "text matrix and cm", resources: helvetica,
		content: "q 2 0 0 2 0 0 cm BT /F1 1 Tf 6 0 0 6 36 350 Tm (big) Tj ET Q", want: "big\n\f"},
	{name: "superscript by rise", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (1) Tj /F1 7 Tf 4 Ts (st) Tj /F1 12 Tf 0 Ts ( place) Tj ET", want: "1st place\n\f"},
	{name: "lines by T* ' and \"", resources: helvetica,
		content: "BT /F1 12 Tf 14 TL 72 700 Td (one) Tj T* (two) Tj (three) ' 1 0 (four) \" ET",
		want:    "one\ntwo\nthree\nfour\n\f"},
	{name: "blank line between paragraphs", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (one) Tj 0 -14 Td (two) Tj 0 -40 Td (three) Tj ET",
		want:    "one\ntwo\n\n\nthree\n\f"},
	{name: "lines sorted top to bottom", resources: helvetica,
		content: "BT /F1 12 Tf 72 600 Td (second) Tj ET BT /F1 12 Tf 72 700 Td (first) Tj ET",
		want:    "first\n\n\n\n\nsecond\n\f"}, // at most four blank lines
	{name: "table columns", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (Date Assigned:) Tj 120 0 Td (11/09/2016) Tj ET " +
			"BT /F1 12 Tf 72 686 Td (Priority:) Tj 120 0 Td (Standard) Tj ET",
		want: "Date Assigned:   11/09/2016\nPriority:        Standard\n\f"},
	{name: "off the page is dropped", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (kept) Tj 0 -900 Td (dropped) Tj ET", want: "kept\n\f"},
	{name: "off the page first and between", resources: helvetica,
		content: "BT /F1 12 Tf 72 -200 Td (gone) Tj 0 900 Td (kept) Tj 0 -900 Td (dropped) Tj 0 914 Td (also) Tj ET",
		want:    "also\nkept\n\f"},
	{name: "fake bold drawn twice", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (Bold) Tj ET BT /F1 12 Tf 72.3 700 Td (Bold) Tj ET", want: "Bold\n\f"},
	{name: "form xobject", resources: "<< /XObject << /X1 5 0 R >> >>",
		content: "q 1 0 0 1 72 700 cm /X1 Do Q",
		extra:   []string{streamObj("/Type /XObject /Subtype /Form /BBox [0 0 500 50] /Resources "+helvetica, "BT /F1 12 Tf 0 0 Td (in a form) Tj ET")},
		want:    "in a form\n\f"},
	{name: "type0 font with tounicode", resources: type0,
		content: "BT /F1 12 Tf 72 700 Td <0001000200030004000500060007> Tj ET", extra: []string{streamObj("", testCMap)},
		want: "CM 123–\n\f"},
	{name: "differences", resources: diffs, content: "BT /F1 12 Tf 72 700 Td (\\001\\002\\003\\004\\005) Tj ET", want: "®fiffl\u00c9’\n\f"},
	{name: "type3 font", resources: type3, content: "BT /F1 12 Tf 72 700 Td (ABC) Tj ET", want: "ABC\n\f"},
	{name: "inline image skipped", resources: helvetica,
		content: "BT /F1 12 Tf 72 700 Td (before) Tj ET BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff EI BT /F1 12 Tf 72 680 Td (after) Tj ET",
		want:    "before\nafter\n\f"},
	{name: "unknown operators ignored", resources: helvetica,
		content: "/P <</MCID 0>> BDC 1 0 0 rg BT /F1 12 Tf 72 700 Td (text) Tj ET EMC", want: "text\n\f"},
}

func TestContent(t *testing.T) {
	for _, tt := range contentTests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("test.pdf", onePage(tt.resources, tt.content, tt.extra...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Text(); got != tt.want {
				t.Errorf("Read(%q).Text() = %q, want %q", tt.content, got, tt.want)
			}
		})
	}
}

// TestRotate reads a page shown turned a quarter: the text reads across
// the page as shown, which is 792 points wide.
func TestRotate(t *testing.T) {
	data := pdfFile(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate 90 /Resources "+helvetica+" /Contents 4 0 R >>",
		streamObj("", "BT /F1 12 Tf 0 1 -1 0 100 72 Tm (turned text) Tj ET"),
	)
	doc, err := Read("rotated.pdf", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Pages[0]
	if doc.Text() != "turned text\n\f" || p.Width != 792 || p.Height != 612 {
		t.Errorf("Read = %q on a %vx%v page, want \"turned text\\n\\f\" on 792x612", doc.Text(), p.Width, p.Height)
	}
}

// TestLocate checks every byte of a two-page text maps to its page, and
// glyphs to boxes on it.
func TestLocate(t *testing.T) {
	data := pdfFile(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 612 792] >>",
		"<< /Type /Page /Parent 2 0 R /Resources "+helvetica+" /Contents 4 0 R >>",
		streamObj("", "BT /F1 12 Tf 72 720 Td (one two) Tj ET"),
		"<< /Type /Page /Parent 2 0 R /Resources "+helvetica+" /Contents 6 0 R >>",
		streamObj("", "BT /F1 12 Tf 72 720 Td (three) Tj ET"),
	)
	doc, err := Read("two.pdf", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text()
	if text != "one two\n\fthree\n\f" {
		t.Fatalf("Text() = %q", text)
	}
	for off := range len(text) {
		page, box, ok := doc.Locate(off)
		wantPage := 1
		if off > 8 {
			wantPage = 2
		}
		glyph := text[off] != ' ' && text[off] != '\n' && text[off] != '\f'
		if !ok || page != wantPage || glyph != (box != Rect{}) {
			t.Errorf("Locate(%d) (%q) = %d, %+v, %v; want page %d, box %v", off, text[off], page, box, ok, wantPage, glyph)
		}
	}
	if _, _, ok := doc.Locate(len(text)); ok {
		t.Errorf("Locate(len(text)) ok, want false")
	}
	if got := fmt.Sprintf("%.1f", doc.Pages[0].Lines[0].Glyphs()[0].Box); got != "{72.0 717.0 78.7 730.8}" {
		t.Errorf("box of 'o' = %s, want {72.0 717.0 78.7 730.8}", got)
	}
	noBoxes(t, data, doc)
}

// noBoxes reads data again with NoBoxes and requires the same text, pages
// and lines as doc, with no boxes.
func noBoxes(t *testing.T, data []byte, doc *Document) {
	t.Helper()
	bare, err := Read("two.pdf", data, Options{NoBoxes: true})
	if err != nil {
		t.Fatal(err)
	}
	if bare.Text() != doc.Text() || len(bare.Pages) != len(doc.Pages) {
		t.Fatalf("NoBoxes: text %q on %d pages, want %q on %d", bare.Text(), len(bare.Pages), doc.Text(), len(doc.Pages))
	}
	for off := range len(doc.Text()) {
		page, box, ok := bare.Locate(off)
		wantPage, _, _ := doc.Locate(off)
		if !ok || page != wantPage || box != (Rect{}) {
			t.Errorf("NoBoxes: Locate(%d) = %d, %+v, %v; want page %d and no box", off, page, box, ok, wantPage)
		}
	}
	for i, p := range bare.Pages {
		for j, l := range p.Lines {
			if want := doc.Pages[i].Lines[j]; l.Text != want.Text || l.Box != (Rect{}) || len(l.Glyphs()) != 0 {
				t.Errorf("NoBoxes: page %d line %d = %q %+v with %d glyphs, want %q with no boxes", i+1, j, l.Text, l.Box, len(l.Glyphs()), want.Text)
			}
		}
	}
}
