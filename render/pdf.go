package render

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// pdfMeta is what the Go code knows of a document: metadata defaults
// (the template's directives win) and the creation date.
type pdfMeta struct {
	title, subject, keywords string
	rec                      record
}

// Page geometry in points (US Letter).
const (
	pageW, pageH   = 612.0, 792.0
	marginX        = 64.0
	marginTop      = 68.0
	marginBottom   = 64.0
	bodyW          = pageW - 2*marginX
	bodyTop        = marginTop
	bodyBottom     = pageH - marginBottom
	bodySize       = 10.0
	bodyLeading    = 13.6
	paragraphSpace = 6.0
)

// headingSizes are the font size, leading and space before of heading
// levels 1, 2, 3 and below.
var headingSizes = [][3]float64{{16, 21, 0}, {12.5, 17, 14}, {10.5, 14, 10}, {10, 13.6, 8}}

// writePDF lays out the blocks as a PDF. A panic in the PDF library is
// returned as an error.
func writePDF(doc *document, meta pdfMeta) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("render: pdf: %v", r)
		}
	}()
	w := newPDFWriter(doc, meta)
	w.layout()
	var buf bytes.Buffer
	if err := w.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("render: pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// pdfWriter lays out one document.
type pdfWriter struct {
	f       *fpdf.Fpdf
	doc     *document
	fonts   *fontSet
	rec     record  // what the footers and the metadata record
	y       float64 // top of the next line on the page
	fresh   bool    // nothing drawn on this page yet
	outline outliner
	cache   map[int]float64 // block heights by index
}

func newPDFWriter(doc *document, meta pdfMeta) *pdfWriter {
	f := fpdf.New("P", "pt", "Letter", "")
	w := &pdfWriter{f: f, doc: doc, rec: meta.rec, cache: map[int]float64{}}
	w.outline.min = minHeadingLevel(doc.blocks)
	f.SetCreationDate(meta.rec.rendered)
	f.SetModificationDate(meta.rec.rendered)
	f.SetCatalogSort(true)
	f.SetCompression(true)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginX, marginTop, marginX)
	w.metadata(meta)
	w.fonts = newFontSet(f)
	f.AliasNbPages("{nb}")
	f.SetHeaderFunc(w.header)
	f.SetFooterFunc(w.footer)
	return w
}

// metadata writes the document information, the template's directives
// first, and the record (source file, SHA-256, version, render time) in
// the Info dictionary (SourceFile, SourceSHA256, ImrkitVersion,
// RenderTime) and in XMP.
func (w *pdfWriter) metadata(meta pdfMeta) {
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	title, subject := pick(w.doc.title, meta.title), pick(w.doc.subject, meta.subject)
	keywords := pick(w.doc.keywords, meta.keywords)
	w.f.SetTitle(title, true)
	w.f.SetSubject(subject, true)
	w.f.SetKeywords(keywords, true)
	w.f.SetAuthor(pick(w.doc.author, "imrkit"), true)
	w.f.SetCreator("imrkit render", true)
	w.f.SetProducer(producer(meta.rec), true)
	if meta.rec.source != "" {
		w.f.SetInfo("SourceFile", meta.rec.source)
		w.f.SetInfo("SourceSHA256", meta.rec.sha256)
	}
	w.f.SetInfo("ImrkitVersion", meta.rec.version)
	w.f.SetInfo("RenderTime", meta.rec.rendered.Format(time.RFC3339))
	w.f.SetXmpMetadata(xmpPacket(title, subject, keywords, meta.rec))
	w.f.SetLang("en-US")
	w.f.SetDisplayMode("fullwidth", "single")
}

// header draws the running header on every page, the first too, so that
// readers of the PDF's text (ours included) can tell it for page
// furniture: the same line at the top of every page.
func (w *pdfWriter) header() {
	if w.doc.headerLeft+w.doc.headerRight == "" {
		return
	}
	w.fonts.use(0, 8)
	w.f.SetTextColor(90, 90, 90)
	base := 40.0
	w.f.Text(marginX, base, w.doc.headerLeft)
	w.f.Text(pageW-marginX-w.f.GetStringWidth(w.doc.headerRight), base, w.doc.headerRight)
	w.f.SetDrawColor(170, 170, 170)
	w.f.SetLineWidth(0.5)
	w.f.Line(marginX, base+5, pageW-marginX, base+5)
	w.f.SetTextColor(0, 0, 0)
}

// Footer lines, their baselines from the page's top.
const (
	footerSize   = 7.0
	sourceBase   = pageH - 44
	renderedBase = pageH - 33
)

// footer draws the record on every page: the source file and its SHA-256
// (letters), then the render time and imrkit version, with "Page N of M"
// at the right. Readers of the PDF's text tell both lines for page
// furniture: the same lines at the foot of every page, one with a page
// number, the other with a SHA-256.
func (w *pdfWriter) footer() {
	w.f.SetTextColor(90, 90, 90)
	w.f.SetDrawColor(170, 170, 170)
	w.f.SetLineWidth(0.5)
	top := renderedBase - 10
	if src := w.rec.sourceLine(); src != "" {
		top = sourceBase - 10
		w.fonts.use(0, footerSize)
		label := "Source: " + w.rec.source + "   SHA-256: "
		w.f.Text(marginX, sourceBase, label)
		w.fonts.use(mono, footerSize)
		w.f.Text(marginX+w.fonts.width(label, 0, footerSize), sourceBase, w.rec.sha256)
	}
	w.f.Line(marginX, top, pageW-marginX, top)
	w.fonts.use(0, footerSize)
	w.f.Text(marginX, renderedBase, w.rec.renderedLine())
	page := "Page " + strconv.Itoa(w.f.PageNo()) + " of {nb}"
	width := w.f.GetStringWidth("Page " + strconv.Itoa(w.f.PageNo()) + " of 99")
	w.f.Text(pageW-marginX-width, renderedBase, page)
	w.f.SetTextColor(0, 0, 0)
}

// newPage starts a page.
func (w *pdfWriter) newPage() {
	w.f.AddPage()
	w.y = bodyTop
	w.fresh = true
}

// room is the height left on the page.
func (w *pdfWriter) room() float64 { return bodyBottom - w.y }

// layout draws every block.
func (w *pdfWriter) layout() {
	w.newPage()
	blocks := w.doc.blocks
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		if b.keep > 0 && (i == 0 || blocks[i-1].keep != b.keep) {
			w.keepGroup(i)
		}
		switch {
		case b.keep > 0:
		case b.kind == headingBlock && w.leadIn(i+1):
			w.keepWithNext(w.height(i)+w.height(i+1), i+2)
		case b.kind == headingBlock, w.leadIn(i):
			w.keepWithNext(w.height(i), i+1)
		}
		w.draw(i)
	}
}

// leadIn reports a paragraph that leads in to the table or list after
// it ("... set forth below:"), which it keeps on its page.
func (w *pdfWriter) leadIn(i int) bool {
	bs := w.doc.blocks
	if i+1 >= len(bs) || bs[i].kind != paragraphBlock || len(bs[i].lines) == 0 {
		return false
	}
	next := bs[i+1].kind
	text := strings.TrimSpace(plainText(bs[i].lines[len(bs[i].lines)-1]))
	return strings.HasSuffix(text, ":") && (next == tableBlock || next == listBlock)
}

// keepGroup starts a new page unless the keep group at i, and the start
// of the block after it, fit on this one.
func (w *pdfWriter) keepGroup(i int) {
	h, j := 0.0, i
	for ; j < len(w.doc.blocks) && w.doc.blocks[j].keep == w.doc.blocks[i].keep; j++ {
		h += w.height(j)
	}
	if h <= bodyBottom-bodyTop {
		w.keepWithNext(h, j)
	}
}

// keepWithNext starts a new page unless h points and the start of block
// next fit on this one.
func (w *pdfWriter) keepWithNext(h float64, next int) {
	if w.fresh {
		return
	}
	if next < len(w.doc.blocks) {
		h += w.minStart(next)
	}
	if h > w.room() {
		w.newPage()
	}
}

// draw draws block i.
func (w *pdfWriter) draw(i int) {
	b := &w.doc.blocks[i]
	switch b.kind {
	case headingBlock:
		w.drawHeading(b)
	case paragraphBlock:
		w.drawParagraph(b)
	case listBlock:
		w.drawListItem(b)
		if w.listEnds(i) {
			w.y += paragraphSpace
		}
	case tableBlock:
		w.drawTable(b)
	case chartBlock:
		w.drawChart(b)
	case codeBlock:
		w.drawCode(b)
	case ruleBlock:
		w.drawRule()
	case pageBreakBlock:
		if !w.fresh {
			w.newPage()
		}
	}
}

// height is the height block i takes, spacing included.
func (w *pdfWriter) height(i int) float64 {
	if h, ok := w.cache[i]; ok {
		return h
	}
	h := w.measure(&w.doc.blocks[i])
	if w.listEnds(i) {
		h += paragraphSpace
	}
	w.cache[i] = h
	return h
}

func (w *pdfWriter) measure(b *block) float64 {
	switch b.kind {
	case headingBlock:
		size, lead, before := headingMetrics(b.level)
		return before + float64(len(w.wrapSpans(b.lines[0], bodyW, bold, size)))*lead + 4
	case paragraphBlock:
		n := 0
		for _, l := range b.lines {
			n += len(w.wrapSpans(l, bodyW, 0, bodySize))
		}
		return float64(n)*bodyLeading + paragraphSpace
	case listBlock:
		return float64(len(w.wrapSpans(b.lines[0], bodyW-listIndent(b), 0, bodySize)))*bodyLeading + 2
	case tableBlock:
		return w.tableHeight(b)
	case chartBlock:
		return w.chartHeight(b)
	case codeBlock:
		return float64(len(b.code))*codeLeading + paragraphSpace
	case ruleBlock:
		return 14
	}
	return 0
}

// listEnds reports the last item of a list, which has the space of a
// paragraph after it.
func (w *pdfWriter) listEnds(i int) bool {
	bs := w.doc.blocks
	return bs[i].kind == listBlock && (i+1 == len(bs) || bs[i+1].kind != listBlock)
}

// minStart is the least of block i that may end a page: a paragraph's
// first sentence, a table's header and first row, else the whole block.
func (w *pdfWriter) minStart(i int) float64 {
	b := &w.doc.blocks[i]
	switch b.kind {
	case paragraphBlock:
		words := w.words(b.lines[0], 0, bodySize)
		cuts := sentenceCuts(words)
		if len(cuts) > 0 && len(b.lines) == 1 {
			return float64(len(wrapWords(words[:cuts[0]], bodyW)))*bodyLeading + paragraphSpace
		}
	case headingBlock:
		return w.height(i) + 2*bodyLeading
	case tableBlock:
		return w.rowsHeight(b, 2)
	}
	return w.height(i)
}

func headingMetrics(level int) (size, leading, before float64) {
	m := headingSizes[min(level, len(headingSizes))-1]
	return m[0], m[1], m[2]
}

// drawHeading draws a heading in bold and adds its bookmark.
func (w *pdfWriter) drawHeading(b *block) {
	size, lead, before := headingMetrics(b.level)
	lines := w.wrapSpans(b.lines[0], bodyW, bold, size)
	if !w.fresh {
		w.y += before
	}
	if float64(len(lines))*lead > w.room() {
		w.newPage()
	}
	w.f.Bookmark(b.outline, w.outline.level(b.level), w.y)
	for _, l := range lines {
		w.drawLine(l, marginX, w.y+lead*0.78, size)
		w.y += lead
	}
	w.y += 4
	w.fresh = false
}

// drawParagraph draws a paragraph's lines. Where it does not fit, it is
// cut at the last sentence that fits and goes on on the next page, so a
// page break never falls inside a sentence (a reader of the PDF text
// sees the two parts as two paragraphs).
func (w *pdfWriter) drawParagraph(b *block) {
	for _, l := range b.lines {
		w.flow(w.words(l, 0, bodySize), marginX, bodyW)
	}
	w.y += paragraphSpace
	w.fresh = false
}

// flow draws words as lines from x, breaking pages at sentence ends.
func (w *pdfWriter) flow(words []word, x, width float64) {
	for len(words) > 0 {
		lines := wrapWords(words, width)
		if float64(len(lines))*bodyLeading <= w.room() {
			w.drawLines(lines, x)
			return
		}
		n := w.fitSentences(words, width)
		if n == 0 && !w.fresh {
			w.newPage()
			continue
		}
		if n == 0 {
			n = wordsOnLines(lines, int(w.room()/bodyLeading))
		}
		w.drawLines(wrapWords(words[:n], width), x)
		words = words[n:]
		w.newPage()
	}
}

// fitSentences returns how many words, ending a sentence, fit in the
// room left; 0 when not even the first sentence does.
func (w *pdfWriter) fitSentences(words []word, width float64) int {
	best := 0
	for _, c := range sentenceCuts(words) {
		if float64(len(wrapWords(words[:c], width)))*bodyLeading > w.room() {
			break
		}
		best = c
	}
	return best
}

// wordsOnLines counts the words on the first n lines (at least one
// word).
func wordsOnLines(lines []textLine, n int) int {
	count := 0
	for i := 0; i < n && i < len(lines); i++ {
		count += len(lines[i].words)
	}
	return max(count, 1)
}

func (w *pdfWriter) drawLines(lines []textLine, x float64) {
	for _, l := range lines {
		w.drawLine(l, x, w.y+bodyLeading*0.78, bodySize)
		w.y += bodyLeading
	}
	w.fresh = false
}

// drawLine draws one line with its baseline at y, one text run per
// style; a word wider than the line is drawn smaller to fit.
func (w *pdfWriter) drawLine(l textLine, x, y, size float64) {
	var run strings.Builder
	runStyle, runX := style(0), x
	flush := func() {
		if run.Len() > 0 {
			w.fonts.use(runStyle, size)
			w.f.Text(runX, y, run.String())
			run.Reset()
		}
	}
	for i, wd := range l.words {
		if wd.width > l.limit && l.limit > 0 {
			flush()
			w.drawScaled(wd, x, y, size*l.limit/wd.width)
			x += wd.width*l.limit/wd.width + wd.space
			continue
		}
		for k, fr := range wd.frags {
			if run.Len() > 0 && fr.style != runStyle {
				flush()
			}
			if run.Len() == 0 {
				runStyle, runX = fr.style, x
			} else if k == 0 && i > 0 {
				run.WriteByte(' ')
			}
			run.WriteString(fr.text)
			x += w.fonts.width(fr.text, fr.style, size)
		}
		x += wd.space
	}
	flush()
}

// drawScaled draws one word at a smaller size.
func (w *pdfWriter) drawScaled(wd word, x, y, size float64) {
	for _, fr := range wd.frags {
		w.fonts.use(fr.style, size)
		w.f.Text(x, y, fr.text)
		x += w.fonts.width(fr.text, fr.style, size)
	}
}

// drawListItem draws a list item with its marker.
func (w *pdfWriter) drawListItem(b *block) {
	indent := listIndent(b)
	if bodyLeading > w.room() {
		w.newPage()
	}
	w.fonts.use(0, bodySize)
	w.f.Text(marginX+indent-w.fonts.width(b.marker, 0, bodySize)-4, w.y+bodyLeading*0.78, b.marker)
	w.flow(w.words(b.lines[0], 0, bodySize), marginX+indent, bodyW-indent)
	w.y += 2
}

func listIndent(b *block) float64 {
	indent := 14.0 * float64(b.level+1)
	if len(b.marker) > 2 {
		indent += 6
	}
	return indent
}

// drawRule draws a thin line across the body.
func (w *pdfWriter) drawRule() {
	if 14 > w.room() {
		w.newPage()
		return
	}
	w.f.SetDrawColor(150, 150, 150)
	w.f.SetLineWidth(0.6)
	w.f.Line(marginX, w.y+7, pageW-marginX, w.y+7)
	w.y += 14
}

const (
	codeSize    = 8.5
	codeLeading = 11.0
)

// drawCode draws preformatted lines in the monospaced font.
func (w *pdfWriter) drawCode(b *block) {
	for _, l := range b.code {
		if codeLeading > w.room() {
			w.newPage()
		}
		w.fonts.use(mono, codeSize)
		w.f.Text(marginX+6, w.y+codeLeading*0.78, l)
		w.y += codeLeading
	}
	w.y += paragraphSpace
	w.fresh = false
}

// outliner turns heading levels into bookmark levels that start at 0
// and go down one level at a time.
type outliner struct {
	min  int
	last int
	any  bool
}

func (o *outliner) level(heading int) int {
	lv := max(heading-o.min, 0)
	if !o.any {
		lv = 0
	} else if lv > o.last+1 {
		lv = o.last + 1
	}
	o.last, o.any = lv, true
	return lv
}

func minHeadingLevel(blocks []block) int {
	lv := 6
	for _, b := range blocks {
		if b.kind == headingBlock {
			lv = min(lv, b.level)
		}
	}
	return lv
}
