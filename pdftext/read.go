package pdftext

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/ledongthuc/pdf"
)

// reading is the state of one Read by the Go engine.
type reading struct {
	name   string
	opt    Options
	budget *budget
	fonts  map[string]*font
	glyphs []glyph       // reused from page to page
	lay    layoutBuffers // reused from page to page
	warns  []*Error      // what could not be read, in page order
	buf    []byte        // page content, reused from page to page
	lex    lexer         // lexer buffers, reused from page to page
}

// warn records a part of page (0: the whole file) that could not be read,
// once.
func (rd *reading) warn(page int, err error) {
	for _, w := range rd.warns {
		if w.Page == page && w.Err.Error() == err.Error() {
			return
		}
	}
	rd.warns = append(rd.warns, &Error{Path: rd.name, Page: page, Err: err})
}

// readBounded runs the Go engine with a deadline. The engine checks the
// time itself as it interprets content; the deadline also covers the
// object reader, which a malformed object stream can send into a loop that
// this package cannot stop (it goes on in the background).
func readBounded(name string, data []byte, opt Options) (*Document, error) {
	done := make(chan readResult, 1)
	job := readJob{name, data, opt, done}
	select {
	case jobs := <-idleReaders:
		jobs <- job
	default:
		jobs := make(chan readJob, 1)
		jobs <- job
		go reader(jobs)
	}
	timer := time.NewTimer(opt.timeout() + time.Second)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		return nil, &Error{Path: name, Err: causef(ErrLimit, "time is up")}
	}
}

// readJob is a file for a reader goroutine, and where its result goes.
type readJob struct {
	name string
	data []byte
	opt  Options
	done chan<- readResult
}

// readResult is what the Go engine made of a file.
type readResult struct {
	doc *Document
	err error
}

// idleReaders are reader goroutines waiting for their next file, by the
// channel they take it on. A reader's stack grows to tens of kilobytes
// as it reads; a new goroutine for every file grew (and copied) it again
// every time.
var idleReaders = make(chan chan readJob, 16)

// reader reads the files sent on jobs, waiting among idleReaders between
// them; it ends when as many others wait already.
func reader(jobs chan readJob) {
	for job := range jobs {
		doc, err := readGo(job.name, job.data, job.opt)
		job.done <- readResult{doc, err}
		select {
		case idleReaders <- jobs:
		default:
			return
		}
	}
}

// readGo is the Go engine.
func readGo(name string, data []byte, opt Options) (doc *Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			doc, err = nil, &Error{Path: name, Err: panicCause(x)}
		}
	}()
	if !IsPDF(data) {
		return nil, &Error{Path: name, Err: ErrNotPDF}
	}
	r, openErr := open(data, opt.Password)
	if r == nil {
		return nil, &Error{Path: name, Err: openErr}
	}
	refs, err := walkPages(r, opt.maxPages())
	if err != nil {
		return nil, &Error{Path: name, Err: err}
	}
	rd := &reading{name: name, opt: opt, fonts: make(map[string]*font), budget: &budget{
		maxOps: opt.maxOps(), maxBytes: opt.maxBytes(), deadline: time.Now().Add(opt.timeout()),
	}}
	if s, ok := scratchPool.Get().(*scratch); ok {
		rd.glyphs, rd.lay, rd.buf, rd.lex = s.glyphs, s.lay, s.buf, s.lex
	}
	defer func() {
		clear(rd.glyphs[:cap(rd.glyphs)])
		clear(rd.lex.arena[:cap(rd.lex.arena)])
		rd.lex = lexer{scratch: rd.lex.scratch[:0], arena: rd.lex.arena[:0]}
		scratchPool.Put(&scratch{rd.glyphs, rd.lay, rd.buf, rd.lex})
	}()
	if openErr != nil {
		rd.warn(0, openErr)
	}
	doc, err = rd.pages(refs)
	if doc == nil {
		return nil, err
	}
	for _, d := range r.Damage() {
		rd.warn(0, causef(ErrDamaged, "%s", d))
	}
	doc.Warnings = rd.warns
	if len(rd.warns) > 0 {
		return doc, rd.warns[0]
	}
	return doc, nil
}

// scratch is the buffers a read reuses from page to page; scratchPool
// keeps those of finished reads for the next ones.
type scratch struct {
	glyphs []glyph
	lay    layoutBuffers // its pointers lead only into glyphs and itself
	buf    []byte
	lex    lexer // its scratch space and arena
}

var scratchPool sync.Pool

// panicCause turns a recovered panic into an error cause.
func panicCause(x any) error {
	if l, ok := x.(limitError); ok {
		return l.err
	}
	onPanic(x)
	return causef(ErrDamaged, "%s", plainMessage(fmt.Sprint(x), "an object cannot be read"))
}

// plainMessage returns the object reader's message msg without its
// prefix when it is a plain sentence about the file, and general when it
// shows the reader's internals (Go types, runtime errors, dumps of
// objects).
func plainMessage(msg, general string) string {
	for _, p := range []string{"malformed PDF: ", "malformed PDF file: ", "unsupported PDF: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	if len(msg) > 120 || strings.ContainsAny(msg, "%<>{}[]*") || strings.Contains(msg, "pdf.") ||
		strings.Contains(msg, "runtime error") || strings.Contains(msg, "out of range") {
		return general
	}
	return msg
}

// onPanic is called with every recovered panic but those that stop at a
// bound; tests set it to tell this package's bugs from the object
// reader's panics on malformed files.
var onPanic = func(any) {}

// pages reads every page; a page that fails keeps what was read of it.
func (rd *reading) pages(refs []pageRef) (*Document, error) {
	pages := make([]Page, len(refs))
	var scanned []int
	for i, ref := range refs {
		p, images, err := rd.page(ref, i+1)
		if err != nil && errors.Is(err, ErrLimit) {
			return nil, &Error{Path: rd.name, Page: i + 1, Err: err}
		}
		if err != nil {
			rd.warn(i+1, err)
		}
		if len(p.Lines) == 0 && images > 0 {
			scanned = append(scanned, i+1)
		}
		p.Images = images
		pages[i] = p
	}
	if len(scanned) > 0 {
		err := &Error{Path: rd.name, Page: scanned[0], Err: fmt.Errorf("%w (pages %s)", ErrNoText, pageList(scanned))}
		if len(scanned) == len(pages) {
			return nil, err
		}
		rd.warns = append([]*Error{err}, rd.warns...)
	}
	return newDocument(pages), nil
}

// page reads one page: its lines and how many images it draws.
func (rd *reading) page(ref pageRef, num int) (p Page, images int, err error) {
	base, w, h := pageGeometry(ref)
	p = Page{Number: num, Width: w, Height: h}
	warn := func(err error) { rd.warn(num, err) }
	in := &interp{fonts: rd.fonts, budget: rd.budget, res: ref.resources, glyphs: rd.glyphs[:0],
		warn: warn, maxGlyph: rd.opt.maxGlyphs(), lex: &rd.lex}
	defer func() { rd.glyphs = in.glyphs }()
	in.gs = gstate{ctm: base, th: 1}
	defer func() {
		if x := recover(); x != nil {
			err = panicCause(x)
			if !errors.Is(err, ErrLimit) {
				p.Lines = layout(in.glyphs, w, h, &rd.lay, !rd.opt.NoBoxes)
			}
			images = in.images
		}
	}()
	rd.budget.checkTime()
	in.run(rd.contents(ref.v.Key("Contents"), warn))
	p.Lines = layout(in.glyphs, w, h, &rd.lay, !rd.opt.NoBoxes)
	return p, in.images, nil
}

// contents reads a page's content: one stream, or an array of streams
// that make one content stream together (a token may span two of them).
// A page without content is empty; content that is neither is a warning.
func (rd *reading) contents(v pdf.Value, warn func(error)) []byte {
	switch v.Kind() {
	case pdf.Null:
		return nil
	case pdf.Array:
	default:
		rd.buf = rd.budget.streamAppend(rd.buf[:0], v, "page content", warn)
		return rd.buf
	}
	data := rd.buf[:0]
	for i := 0; i < v.Len(); i++ {
		data = rd.budget.streamAppend(data, v.Index(i), "page content", warn)
		data = append(data, '\n')
	}
	rd.buf = data
	return data
}

// pageGeometry returns the matrix from user space to the page as shown,
// and its size; a missing or broken box reads as US Letter.
func pageGeometry(ref pageRef) (matrix, float64, float64) {
	box := ref.crop
	if box.Len() != 4 {
		box = ref.media
	}
	x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0
	if box.Len() == 4 {
		a, b, c, d := box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
		if c != a && d != b && !math.IsInf(a+b+c+d, 0) && !math.IsNaN(a+b+c+d) {
			x0, y0, x1, y1 = min(a, c), min(b, d), max(a, c), max(b, d)
		}
	}
	return pageMatrix(x0, y0, x1, y1, ref.rotate)
}
