package render

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// face is one embedded TrueType font: the Go fonts, which cover Latin,
// Greek and Cyrillic with the usual punctuation.
type face struct {
	family, style string // as registered with fpdf
	ttf           []byte
	once          sync.Once
	widths        []float32 // advance of runes below len(widths), in 1/1000 em
	font          *sfnt.Font
}

// faces by style; mono ignores italic.
var faces = map[style]*face{
	0:             {family: "go", ttf: goregular.TTF},
	bold:          {family: "go", style: "B", ttf: gobold.TTF},
	italic:        {family: "go", style: "I", ttf: goitalic.TTF},
	bold | italic: {family: "go", style: "BI", ttf: gobolditalic.TTF},
	mono:          {family: "gomono", ttf: gomono.TTF},
	mono | bold:   {family: "gomono", style: "B", ttf: gomonobold.TTF},
}

func faceOf(s style) *face {
	if s&mono != 0 {
		s &^= italic
	}
	return faces[s]
}

// widthTable is how many runes get a precomputed advance.
const widthTable = 0x2400

// load parses the font once per process and tabulates its advances.
func (f *face) load() {
	f.once.Do(func() {
		fnt, err := sfnt.Parse(f.ttf)
		if err != nil {
			panic("render: embedded font: " + err.Error())
		}
		f.font = fnt
		f.widths = make([]float32, widthTable)
		var buf sfnt.Buffer
		for r := range rune(widthTable) {
			f.widths[r] = float32(advance(fnt, &buf, r))
		}
	})
}

// advance is a rune's advance in 1/1000 em, the font's default for runes
// it lacks.
func advance(fnt *sfnt.Font, buf *sfnt.Buffer, r rune) float64 {
	upem := fnt.UnitsPerEm()
	idx, err := fnt.GlyphIndex(buf, r)
	if err != nil {
		idx = 0
	}
	adv, err := fnt.GlyphAdvance(buf, idx, fixed.Int26_6(upem), font.HintingNone)
	if err != nil {
		return 500
	}
	return float64(adv) * 1000 / float64(upem)
}

// textWidth is the width of s in points at size.
func (f *face) textWidth(s string, size float64) float64 {
	f.load()
	var sum float64
	var buf *sfnt.Buffer
	for _, r := range s {
		if r >= 0 && r < widthTable {
			sum += float64(f.widths[r])
			continue
		}
		if buf == nil {
			buf = &sfnt.Buffer{}
		}
		sum += advance(f.font, buf, r)
	}
	return sum * size / 1000
}

// fontSet registers the faces a document uses with fpdf, on first use,
// so that a document embeds only those.
type fontSet struct {
	f    *fpdf.Fpdf
	used map[*face]bool
}

func newFontSet(f *fpdf.Fpdf) *fontSet {
	return &fontSet{f: f, used: map[*face]bool{}}
}

// use selects a style and size for the next text.
func (s *fontSet) use(st style, size float64) {
	fc := faceOf(st)
	if !s.used[fc] {
		s.f.AddUTF8FontFromBytes(fc.family, fc.style, fc.ttf)
		s.used[fc] = true
	}
	s.f.SetFont(fc.family, fc.style, size)
}

// width is the width of text in a style and size, in points.
func (s *fontSet) width(text string, st style, size float64) float64 {
	return faceOf(st).textWidth(text, size)
}
