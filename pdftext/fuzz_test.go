package pdftext

import (
	"math"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// FuzzRead reads arbitrary bytes as a file: Read must not panic, nor
// recover from a panic of this package's own code, and what it returns
// must hold together (a form feed per page, glyph spans inside their
// lines, every offset locatable).
func FuzzRead(f *testing.F) {
	for _, data := range fixtures {
		f.Add(data)
	}
	f.Add(readBytes(f, filepath.Join("..", "testdata", "letters", "seed.pdf")))
	f.Add(onePage(type0, "BT /F1 12 Tf 72 700 Td <0001000200030004000500060007> Tj ET", streamObj("", testCMap)))
	f.Add(onePage(diffs, "BT /F1 12 Tf 72 700 Td [(\\001\\002) -300 (\\003)] TJ T* (\\004) ' ET"))
	f.Add(onePage(type3, "q 2 0 0 2 0 0 cm BT /F1 12 Tf 3 Ts 50 Tz 72 700 Td (ABC) Tj ET Q"))
	f.Add(imagePage())
	f.Add(pageLoop())
	fuzzRead(f, func(data []byte) []byte { return data })
}

// FuzzContent reads one page whose content stream is arbitrary, with a
// simple font, a Type0 font, a Type3 font and a form at hand: most of
// what FuzzRead's inputs reach is the file structure, this reaches the
// interpreter and the layout.
func FuzzContent(f *testing.F) {
	for _, tt := range contentTests {
		f.Add([]byte(tt.content))
	}
	f.Add([]byte("BT /F2 12 Tf 72 700 Td <0001000200030004000500060007> Tj ET"))
	f.Add([]byte("BT /F3 12 Tf 72 700 Td [(\\001\\002) -300 (\\003)] TJ T* (\\004) ' ET /X1 Do"))
	fuzzRead(f, func(content []byte) []byte {
		return onePage(fuzzResources, string(content),
			streamObj("", testCMap),
			streamObj("/Type /XObject /Subtype /Form /BBox [0 0 500 50] /Resources "+helvetica, "BT /F1 12 Tf 0 0 Td (in a form) Tj /X1 Do ET"))
	})
}

// fuzzResources has /F1 Helvetica, /F2 a Type0 font, /F3 a font with
// /Differences, /F4 a Type3 font and /X1 a form.
const fuzzResources = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" +
	" /F2 << /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 5 0 R" +
	" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /W [3 [250] 10 20 600] >>] >>" +
	" /F3 << /Type /Font /Subtype /TrueType /FirstChar 1 /Widths [500 600] /Encoding << /Differences [1 /uni00AE /fi] >> >>" +
	" /F4 << /Type /Font /Subtype /Type3 /FontMatrix [0.002 0 0 0.002 0 0] /FirstChar 65 /Widths [500] >> >>" +
	" /XObject << /X1 6 0 R >> >>"

// fuzzRead runs Read on what file makes of each input: it must not
// panic, nor recover from a panic of this package's own code, and what it
// returns must hold together.
func fuzzRead(f *testing.F, file func([]byte) []byte) {
	var bug string
	onPanic = func(x any) {
		if where := panicSite(string(debug.Stack())); strings.Contains(where, "imrkit/imrkit/pdftext.") {
			bug = where
		}
	}
	defer func() { onPanic = func(any) {} }()
	f.Fuzz(func(t *testing.T, data []byte) {
		bug = ""
		doc, _ := Read("fuzz.pdf", file(data), Options{MaxOps: 100_000, MaxBytes: 1 << 20, MaxPages: 50})
		if bug != "" {
			t.Fatalf("recovered a panic in this package: %s", bug)
		}
		if doc != nil {
			checkDocument(t, doc)
		}
	})
}

// panicSite returns the frame that panicked in a stack: the first after
// the panic call that is not the runtime's.
func panicSite(stack string) string {
	lines := strings.Split(stack, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "panic(") {
			continue
		}
		for _, f := range lines[i+1:] {
			if f != "" && !strings.HasPrefix(f, "\t") && !strings.HasPrefix(f, "runtime.") {
				return f
			}
		}
	}
	return ""
}

// checkDocument checks a document holds together.
func checkDocument(t *testing.T, doc *Document) {
	text := doc.Text()
	if n := strings.Count(text, "\f"); n != len(doc.Pages) {
		t.Fatalf("%d form feeds for %d pages", n, len(doc.Pages))
	}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			for _, g := range l.Glyphs() {
				if g.Start < 0 || g.Start > g.End || g.End > len(l.Text) {
					t.Fatalf("glyph span [%d, %d) outside line %q", g.Start, g.End, l.Text)
				}
			}
		}
	}
	for off := 0; off < len(text); off += 1 + len(text)/64 {
		if _, _, ok := doc.Locate(off); !ok {
			t.Fatalf("Locate(%d) not ok in a text of %d bytes", off, len(text))
		}
	}
}

// FuzzNumber requires the lexer's numbers, read as integers up to 15
// digits, to be the float64 that adding digit by digit gives (the way
// every number was read before), and to end where it ends.
func FuzzNumber(f *testing.F) {
	for _, s := range []string{"0", "-250", "+12.5", "--5", "1.2.3", ".5", "5.", "-.", "12a3",
		"123456789012345", "1234567890123456", "98765432109876543.21", "0.000000000000001", "99999999999999.9", "7 ", "3)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := &lexer{data: []byte(s)}
		v := got.number()
		want := &lexer{data: []byte(s)}
		neg := want.sign()
		w := want.unsignedLong()
		if neg {
			w = -w
		}
		if math.Float64bits(v) != math.Float64bits(w) || got.pos != want.pos {
			t.Errorf("number(%q) = %v ending at %d, want %v ending at %d", s, v, got.pos, w, want.pos)
		}
	})
}
