package extract

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/imrkit/imrkit/ocr"
	"github.com/imrkit/imrkit/pdftext"
)

// OCR modes of Options.OCR.
const (
	OCRAuto   = "auto"   // OCR the pages that have no text layer (the default)
	OCRAlways = "always" // OCR every page, ignoring text layers
	OCRNever  = "never"  // never OCR: image-only pages stay unread
)

// ocrMode is the OCR mode, checked.
func (o Options) ocrMode() (string, error) {
	switch o.OCR {
	case "", OCRAuto:
		return OCRAuto, nil
	case OCRAlways, OCRNever:
		return o.OCR, nil
	}
	return "", fmt.Errorf("unknown OCR mode %q (want auto, always or never)", o.OCR)
}

// ocrPages returns the pages to read by OCR given what the text layer
// gave: nil when none; all means every page (their count unknown). In
// auto mode a page with no lines is read only where it draws images (or
// the engine cannot tell): a blank page costs no OCR.
func ocrPages(doc *pdftext.Document, err error, mode string) (pages []int, all bool) {
	if mode == OCRNever {
		return nil, false
	}
	if mode == OCRAlways || doc == nil || len(doc.Pages) == 0 {
		return nil, mode == OCRAlways || errors.Is(err, pdftext.ErrNoText)
	}
	damaged := damagedPages(doc)
	for _, p := range doc.Pages {
		if len(p.Lines) == 0 && p.Images != 0 && !damaged[p.Number] {
			pages = append(pages, p.Number)
		}
	}
	return pages, false
}

// damagedPages are the pages the text layer could not read for another
// reason than holding only images (a stream that does not inflate, a
// loop): OCR would read the page as poppler draws it, and hide the
// damage, so they stay unread and keep their warnings.
func damagedPages(doc *pdftext.Document) map[int]bool {
	out := map[int]bool{}
	for _, w := range doc.Warnings {
		if !errors.Is(w.Err, pdftext.ErrNoText) {
			out[w.Page] = true
		}
	}
	return out
}

// ocrText reads a PDF's pages that need OCR and joins them with the text
// layer of the others, with the warnings of both: the text layer's for
// the pages it gave, and a warning for each page OCR could not read. ok
// is false when no page needs OCR.
func ocrText(name string, data []byte, doc *pdftext.Document, layerErr error, opt Options) (text string, loc Locator, pages int, ws []Warning, ok bool, err error) {
	mode, err := opt.ocrMode()
	if err != nil {
		return "", nil, 0, nil, true, &InputError{Path: name, Err: err}
	}
	want, all := ocrPages(doc, layerErr, mode)
	if len(want) == 0 && !all {
		return "", nil, 0, nil, false, nil
	}
	if opt.OnOCR != nil {
		n := len(want)
		if all && doc != nil {
			n = len(doc.Pages)
		}
		opt.OnOCR(n)
	}
	read, err := ocr.ReadPDF(opt.context(), data, want, ocr.Options{Jobs: opt.OCRJobs})
	if err != nil {
		return "", nil, 0, nil, true, &InputError{Path: name, Err: err}
	}
	m := newMixed(doc, read)
	if strings.TrimSpace(m.text) == "" {
		return "", nil, 0, nil, true, &InputError{Path: name, Err: errors.New("OCR read no text on any page")}
	}
	return m.text, m, len(m.segs), m.warnings(), true, nil
}

// mixed is a document whose pages come from the text layer or from OCR,
// each followed by a form feed.
type mixed struct {
	text  string
	segs  []pageSeg
	layer *pdftext.Document
	ocr   []ocr.Page
}

// pageSeg is one page of a mixed text: where it starts, and where it
// starts in the layer's text, or which OCR page it is (-1 for none).
type pageSeg struct {
	start, layerStart, ocr, page int
}

func newMixed(layer *pdftext.Document, pages []ocr.Page) *mixed {
	m := &mixed{layer: layer, ocr: pages}
	byNumber := map[int]int{}
	for i, p := range pages {
		byNumber[p.Number] = i
	}
	var b strings.Builder
	n, layerStart := len(pages), 0
	var layerText string
	if layer != nil {
		layerText = layer.Text()
		n = max(n, len(layer.Pages))
	}
	for num := 1; num <= n; num++ {
		seg := pageSeg{start: b.Len(), ocr: -1, page: num}
		end := strings.IndexByte(layerText[min(layerStart, len(layerText)):], '\f')
		if i, ok := byNumber[num]; ok {
			seg.ocr = i
			b.WriteString(pages[i].Text)
		} else if end >= 0 {
			seg.layerStart = layerStart
			b.WriteString(layerText[layerStart : layerStart+end])
		}
		if end >= 0 {
			layerStart += end + 1
		}
		if t := b.String(); len(t) > seg.start && t[len(t)-1] != '\n' {
			b.WriteByte('\n')
		}
		b.WriteByte('\f')
		m.segs = append(m.segs, seg)
	}
	m.text = b.String()
	return m
}

// warnPages warns of every page OCR could not read.
func (m *mixed) warnings() []Warning {
	read := map[int]bool{}
	var ws []Warning
	for _, p := range m.ocr {
		read[p.Number] = p.Err == nil
		if p.Err != nil {
			ws = append(ws, Warning{Message: "OCR could not read the page: " + p.Err.Error(), Page: p.Number})
		}
	}
	if m.layer != nil {
		for _, w := range warnings(m.layer) {
			if !read[w.Page] {
				ws = append(ws, w)
			}
		}
	}
	return ws
}

// seg returns the page segment holding offset off.
func (m *mixed) seg(off int) (pageSeg, bool) {
	if off < 0 || off >= len(m.text) || len(m.segs) == 0 {
		return pageSeg{}, false
	}
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].start > off }) - 1
	return m.segs[i], i >= 0
}

// Locate gives the page and box of an offset of the mixed text.
func (m *mixed) Locate(off int) (int, Box, bool) {
	s, ok := m.seg(off)
	if !ok {
		return 0, Box{}, false
	}
	if s.ocr >= 0 {
		w, _ := m.ocr[s.ocr].Locate(off - s.start)
		return s.page, Box{X0: w.Box.X0, Y0: w.Box.Y0, X1: w.Box.X1, Y1: w.Box.Y1}, true
	}
	if m.layer != nil {
		if p, r, ok := m.layer.Locate(s.layerStart + off - s.start); ok {
			return p, Box{X0: r.X0, Y0: r.Y0, X1: r.X1, Y1: r.Y1}, true
		}
	}
	return s.page, Box{}, true
}

// anyOCR reports whether a page of the text was read by OCR.
func (m *mixed) anyOCR() bool { return len(m.ocr) > 0 }

// confidence gives the OCR confidence of the word at an offset; ok is
// false for text-layer offsets and the space between words.
func (m *mixed) confidence(off int) (float64, bool) {
	s, ok := m.seg(off)
	if !ok || s.ocr < 0 {
		return 0, false
	}
	w, ok := m.ocr[s.ocr].Locate(off - s.start)
	return w.Conf, ok
}

// OCRConfidence returns the lowest OCR confidence (0 to 100, tesseract's
// word confidence, rounded to two decimals) of the words a span of the
// normalized text covers; ok is false when no word of the span was read
// by OCR (text layers, text input).
func (l *Letter) OCRConfidence(s Span) (conf float64, ok bool) {
	if l.doc == nil {
		return 0, false
	}
	if c := l.doc.ocrConfidence(s); c != nil {
		return *c, true
	}
	return 0, false
}

// confidenceOf returns the OCR confidence of a source's offsets, the
// source starting at offset start of the text loc locates; nil when no
// page of it was read by OCR.
func confidenceOf(loc Locator, start int) confidence {
	m, ok := loc.(*mixed)
	if !ok || !m.anyOCR() {
		return nil
	}
	return func(off int) (float64, bool) { return m.confidence(start + off) }
}
