package extract

import (
	"math"
	"sort"
)

// document is the normalized text of a letter with its maps back to the
// source text and to pages.
type document struct {
	text   string
	source string     // the text normalization started from
	segs   []segment  // runs of text copied from the source, in order
	pages  []int      // source offsets where pages 2, 3, ... start
	boxes  Locator    // optional: page boxes for source offsets (PDF input)
	conf   confidence // optional: OCR confidence of source offsets (scans)
}

// confidence gives the OCR confidence of the word at a source offset; ok
// is false for offsets not read by OCR.
type confidence func(off int) (conf float64, ok bool)

// ocrConfidence returns the lowest OCR confidence of the words a span of
// the normalized text covers, rounded to two decimals; nil when no word
// of it was read by OCR.
func (d *document) ocrConfidence(s Span) *float64 {
	if d.conf == nil {
		return nil
	}
	low, found := 101.0, false
	for off := s.Start; off < s.End; off++ {
		if c, ok := d.conf(d.sourceOffset(off)); ok {
			low, found = min(low, c), true
		}
	}
	if !found {
		return nil
	}
	low = math.Round(low*100) / 100
	return &low
}

// segment is a run of normalized text copied verbatim from the source:
// text[norm:norm+n] == source[src:src+n].
type segment struct {
	norm, src, n int
}

// Locator gives the page and box of a source offset; PDF input has one.
type Locator interface {
	Locate(off int) (page int, box Box, ok bool)
}

// Box is a rectangle on a PDF page in points, origin bottom left.
type Box struct {
	X0, Y0, X1, Y1 float64
}

// builder appends normalized text while recording where it came from.
type builder struct {
	src    string
	buf    []byte
	segs   []segment
	spaces *spaces // where src has runs of spaces and other white space
}

// copy appends source[start:end] verbatim.
func (b *builder) copy(start, end int) {
	if end <= start {
		return
	}
	n := len(b.buf)
	b.buf = append(b.buf, b.src[start:end]...)
	if k := len(b.segs) - 1; k >= 0 {
		last := &b.segs[k]
		if last.norm+last.n == n && last.src+last.n == start {
			last.n += end - start
			return
		}
	}
	b.segs = append(b.segs, segment{norm: n, src: start, n: end - start})
}

// add appends text that the source does not hold verbatim (a space that
// joins two lines, a newline between paragraphs).
func (b *builder) add(s string) { b.buf = append(b.buf, s...) }

// len is the length of the normalized text so far.
func (b *builder) len() int { return len(b.buf) }

// dropLast removes the last byte written (a hyphen that cut a word).
func (b *builder) dropLast() {
	if len(b.buf) == 0 {
		return
	}
	b.buf = b.buf[:len(b.buf)-1]
	if k := len(b.segs) - 1; k >= 0 && b.segs[k].norm+b.segs[k].n > len(b.buf) {
		b.segs[k].n--
		if b.segs[k].n == 0 {
			b.segs = b.segs[:k]
		}
	}
}

// sourceOffset maps an offset of the normalized text to the source. An
// offset inside added text maps to the start of the next copied run.
func (d *document) sourceOffset(off int) int {
	i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].norm+d.segs[i].n > off })
	if i == len(d.segs) {
		return len(d.source)
	}
	s := d.segs[i]
	if off < s.norm {
		return s.src
	}
	return s.src + off - s.norm
}

// page returns the 1-based page of a normalized offset.
func (d *document) page(off int) int {
	src := d.sourceOffset(off)
	if d.boxes != nil {
		if p, _, ok := d.boxes.Locate(src); ok {
			return p
		}
	}
	return 1 + sort.SearchInts(d.pages, src+1)
}

// pageCount is the number of pages of the source.
func (d *document) pageCount() int { return len(d.pages) + 1 }
