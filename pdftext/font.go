package pdftext

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
)

// font is what text extraction needs of a font: the text and the width
// (in text space units) of each character code.
type font struct {
	cid      bool
	encoding *cmap        // codespace of an embedded CMap; nil: two-byte codes
	text     *[256]string // shared with others: copy before changing
	width    [256]float64
	cidText  map[uint32]string
	cidWidth map[uint32]float64
	dw       float64
	first    int       // first code /Widths covers
	last     int       // last code /Widths covers
	dict     pdf.Value // the font dictionary, for a late /MissingWidth
	missing  float64   // /MissingWidth, once read; -1 before
	scale    float64   // glyph space units to text space units
}

// Glyph boxes span from ascent above to descent below the baseline, in
// font size units: fonts' own metrics are not read, which would cost an
// object (often in a compressed object stream) per font.
const (
	ascent  = 0.9
	descent = -0.25
)

// simpleWidth returns the width of code c of a simple font.
func (f *font) simpleWidth(c byte) float64 {
	if int(c) < f.first || int(c) > f.last {
		return f.missingWidth()
	}
	return f.width[c]
}

// cidGlyph returns the code at the start of s, its length, text and
// width, for a Type0 font.
func (f *font) cidGlyph(s []byte) (c uint32, n int, text string, w float64) {
	n = 2
	if f.encoding != nil {
		n = f.encoding.codeLen(s)
	}
	n = min(n, len(s))
	c = code(s[:n])
	w, ok := f.cidWidth[c]
	if !ok {
		w = f.dw
	}
	return c, n, f.cidText[c], w
}

// missingWidth returns the width of codes /Widths does not cover.
func (f *font) missingWidth() float64 {
	if f.missing < 0 {
		f.missing = f.dict.Key("FontDescriptor").Key("MissingWidth").Float64() * f.scale
	}
	return f.missing
}

// fallbackFont stands in when a text operator has no usable font; it is
// made when first needed, not at start-up.
var fallbackFont = sync.OnceValue(func() *font { return newSimpleFont(pdf.Value{}, func(error) {}) })

// loadFont reads a font dictionary; warn hears of parts it cannot read.
func loadFont(v pdf.Value, warn func(error)) *font {
	if v.Key("Subtype").Name() == "Type0" {
		return newCIDFont(v, warn)
	}
	return newSimpleFont(v, warn)
}

// newSimpleFont reads a Type1, TrueType or Type3 font.
func newSimpleFont(v pdf.Value, warn func(error)) *font {
	f := &font{first: 0, last: 255, missing: -1}
	subtype := v.Key("Subtype").Name()
	scale := 0.001
	if fm := v.Key("FontMatrix"); subtype == "Type3" && fm.Len() == 6 {
		scale = math.Abs(fm.Index(0).Float64())
	}
	f.text = simpleEncoding(v, subtype)
	if m := toUnicode(v, warn); m != nil {
		f.text = copyTable(f.text)
		for c, t := range m.text {
			if c < 256 {
				f.text[c] = t
			}
		}
	}
	f.scale = scale
	f.simpleWidths(v)
	return f
}

// copyTable returns a copy of t that the caller may change.
func copyTable(t *[256]string) *[256]string {
	c := *t
	return &c
}

// simpleEncoding returns the text of each code under the font's
// /Encoding: a base encoding and /Differences. Without differences it
// is the base encoding's shared table, which the caller must copy to
// change.
func simpleEncoding(v pdf.Value, subtype string) *[256]string {
	base := "WinAnsiEncoding"
	if subtype == "Type1" || subtype == "MMType1" || subtype == "Type3" {
		base = "StandardEncoding"
	}
	enc := v.Key("Encoding")
	if enc.Kind() == pdf.Name {
		base = enc.Name()
	} else if be := enc.Key("BaseEncoding"); be.Kind() == pdf.Name {
		base = be.Name()
	}
	t := baseEncoding(base)
	diff := enc.Key("Differences")
	if diff.Len() > 0 {
		t = copyTable(t)
	}
	c := 0
	for i := 0; i < diff.Len() && i < 1024; i++ {
		switch d := diff.Index(i); d.Kind() {
		case pdf.Integer:
			c = int(d.Int64())
		case pdf.Name:
			if c >= 0 && c < 256 {
				t[c] = glyphText(d.Name())
			}
			c++
		}
	}
	return t
}

// simpleWidths reads /FirstChar and /Widths, or the standard font's.
func (f *font) simpleWidths(v pdf.Value) {
	ws := v.Key("Widths")
	if ws.Len() == 0 {
		standardWidths(v.Key("BaseFont").Name(), &f.width)
		return
	}
	f.dict = v
	f.first = int(v.Key("FirstChar").Int64())
	f.last = f.first + ws.Len() - 1
	for i := 0; i < ws.Len() && f.first+i < 256; i++ {
		if f.first+i >= 0 {
			f.width[f.first+i] = ws.Index(i).Float64() * f.scale
		}
	}
}

// newCIDFont reads a Type0 font and its descendant.
func newCIDFont(v pdf.Value, warn func(error)) *font {
	f := &font{cid: true, cidWidth: make(map[uint32]float64)}
	if enc := v.Key("Encoding"); enc.Kind() == pdf.Stream {
		data, err := readAll(enc, 1<<20)
		if err != nil {
			warn(fontError(v, "encoding", err))
		}
		if data != nil {
			f.encoding = parseCMap(data)
		}
	}
	if m := toUnicode(v, warn); m != nil {
		f.cidText = m.text
	}
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64() / 1000
	}
	f.cidWidths(desc.Key("W"))
	return f
}

// cidWidths reads a W array: "c [w1 w2 ...]" and "first last w" entries.
func (f *font) cidWidths(w pdf.Value) {
	for i := 0; i+1 < w.Len() && len(f.cidWidth) < maxCMapEntries; {
		first := w.Index(i).Int64()
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len(); j++ {
				f.cidWidth[uint32(first)+uint32(j)] = next.Index(j).Float64() / 1000
			}
			i += 2
			continue
		}
		last, width := w.Index(i+1).Int64(), w.Index(i+2).Float64()/1000
		for c := first; c <= last && c-first < 0x10000 && c >= 0; c++ {
			f.cidWidth[uint32(c)] = width
		}
		i += 3
	}
}

// toUnicode reads the font's /ToUnicode CMap, if any.
func toUnicode(v pdf.Value, warn func(error)) *cmap {
	tu := v.Key("ToUnicode")
	if tu.Kind() != pdf.Stream {
		return nil
	}
	data, err := readAll(tu, 4<<20)
	if err != nil {
		warn(fontError(v, "text map (ToUnicode)", err))
	}
	if data == nil {
		return nil
	}
	return parseCMap(data)
}

// fontError says which part of which font could not be read.
func fontError(v pdf.Value, part string, err error) error {
	return causef(ErrDamaged, "font %s: %s cannot be read: %v", v.Key("BaseFont").Name(), part, err)
}

// readAll reads a stream's decoded data, at most limit bytes. When the
// data cannot be read to its end (a filter this package lacks, damaged
// data, not a stream at all) it returns what it read and an error saying
// why.
func readAll(v pdf.Value, limit int) (data []byte, err error) {
	return readAppend(nil, v, limit)
}

// readAppend is readAll appending to dst.
func readAppend(dst []byte, v pdf.Value, limit int) (data []byte, err error) {
	data = dst
	defer func() {
		if x := recover(); x != nil {
			err = streamError(fmt.Errorf("%v", x))
		}
	}()
	if v.Kind() != pdf.Stream {
		return dst, errNotStream
	}
	rd := v.Reader()
	defer rd.Close()
	data = slices.Grow(dst, min(limit, 4<<10))
	end := len(dst) + limit
	for len(data) < end {
		if len(data) == cap(data) {
			data = slices.Grow(data, min(cap(data), end-len(data)))
		}
		n, rerr := rd.Read(data[len(data):min(cap(data), end)])
		data = data[:len(data)+n]
		if rerr == io.EOF {
			return data, nil
		}
		if rerr != nil {
			return data, streamError(rerr)
		}
	}
	return data, nil
}

// errNotStream: a reference that should lead to a stream leads elsewhere.
var errNotStream = errors.New("not a stream")

// streamError words a stream's read error as a sentence about the file.
func streamError(err error) error {
	msg := err.Error()
	switch {
	case err == io.ErrUnexpectedEOF || strings.HasSuffix(msg, "unexpected EOF"):
		return errors.New("data ends early")
	case strings.HasPrefix(msg, "zlib: "), strings.HasPrefix(msg, "flate: "):
		return fmt.Errorf("compressed data damaged (%s)", msg)
	}
	return errors.New(strings.TrimPrefix(msg, "malformed PDF: "))
}
