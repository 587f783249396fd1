package pdftext

import (
	"bytes"
	"fmt"
	"slices"
	"time"

	"github.com/ledongthuc/pdf"
)

// maxFormDepth bounds Form XObjects drawn inside one another.
const maxFormDepth = 12

// maxStack bounds the operands kept for one operator and the saved
// graphics states.
const maxStack = 1024

// budget holds the bounds on one file and what has been spent of them.
type budget struct {
	ops, maxOps     int
	bytes, maxBytes int
	deadline        time.Time
}

// limitError is the panic value that stops interpretation at a bound.
type limitError struct{ err error }

// spendOp counts one operator.
func (b *budget) spendOp() {
	b.ops++
	if b.ops > b.maxOps {
		panic(limitError{causef(ErrLimit, "more than %d content operators", b.maxOps)})
	}
	if b.ops&4095 == 0 {
		b.checkTime()
	}
}

// checkTime stops at the deadline.
func (b *budget) checkTime() {
	if time.Now().After(b.deadline) {
		panic(limitError{causef(ErrLimit, "time is up")})
	}
}

// stream reads a content stream within the byte bound; what names it in
// the warning given when it cannot be read to its end.
func (b *budget) stream(v pdf.Value, what string, warn func(error)) []byte {
	return b.streamAppend(nil, v, what, warn)
}

// streamAppend is stream appending to dst.
func (b *budget) streamAppend(dst []byte, v pdf.Value, what string, warn func(error)) []byte {
	data, err := readAppend(dst, v, b.maxBytes-b.bytes+1)
	if err != nil {
		warn(causef(ErrDamaged, "%s cannot be read: %v", what, err))
	}
	b.bytes += len(data) - len(dst)
	if b.bytes > b.maxBytes {
		panic(limitError{causef(ErrLimit, "more than %d bytes of content", b.maxBytes)})
	}
	return data
}

// gstate is the part of the graphics state that places text.
type gstate struct {
	ctm  matrix
	font *font
	size float64
	tc   float64 // character spacing
	tw   float64 // word spacing
	th   float64 // horizontal scaling, 1 = 100%
	tl   float64 // leading
	rise float64
}

// interp runs the content streams of one page and collects its glyphs.
type interp struct {
	fonts    map[string]*font // every font of the file by its dictionary
	names    map[string]*font // fonts of the current resources by name
	namesKey string           // the text of the current font dictionary
	res      pdf.Value        // the current resources
	budget   *budget
	gs       gstate
	saved    []gstate
	tm, tlm  matrix
	glyphs   []glyph
	images   int
	space    bool // a space glyph came since the last glyph
	depth    int
	stack    []operand
	forms    int             // Form XObjects drawn on the page
	drawing  map[uint32]bool // the Form XObjects being drawn, by object number
	warn     func(error)     // hears of parts of the page that cannot be read
	lex      *lexer          // buffers kept from page to page, when not nil
	maxGlyph int             // bound on the glyphs of the page
}

// maxForms bounds the Form XObjects drawn on one page.
const maxForms = 10_000

// run interprets one content stream. The page's own stream lexes into
// the buffers of the last page read.
func (in *interp) run(data []byte) {
	l := &lexer{data: data}
	if in.depth == 0 && in.lex != nil {
		l.scratch, l.arena = in.lex.scratch[:0], in.lex.arena[:0]
		defer func() { in.lex.scratch, in.lex.arena = l.scratch, l.arena }()
	}
	for {
		// The operand is read into a new top of the stack, which is
		// dropped again when the token is none or an operator.
		in.stack = append(in.stack, operand{})
		v := &in.stack[len(in.stack)-1]
		op, ok := l.token(v)
		if op == nil && ok && v.kind != kNone && len(in.stack) <= maxStack {
			continue
		}
		in.stack = in.stack[:len(in.stack)-1]
		if !ok {
			return
		}
		if op == nil {
			continue
		}
		in.budget.spendOp()
		if len(op) == 2 && op[0] == 'B' && op[1] == 'I' {
			in.images++
			skipInlineImage(l)
		} else {
			in.do(op)
		}
		in.stack = in.stack[:0]
		l.reset()
	}
}

// num returns operand i counted from the end of the stack (1 is the last).
func (in *interp) num(i int) float64 {
	if i > len(in.stack) {
		return 0
	}
	return in.stack[len(in.stack)-i].num
}

// last returns the last operand.
func (in *interp) last() operand {
	if len(in.stack) == 0 {
		return operand{}
	}
	return in.stack[len(in.stack)-1]
}

// do runs one operator; those that do not place text are ignored.
func (in *interp) do(op []byte) {
	switch string(op) {
	case "q":
		if len(in.saved) < maxStack {
			in.saved = append(in.saved, in.gs)
		}
	case "Q":
		if n := len(in.saved); n > 0 {
			in.gs = in.saved[n-1]
			in.saved = in.saved[:n-1]
		}
	case "cm":
		in.gs.ctm = in.matrixArg().mul(in.gs.ctm)
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		in.gs.tc = in.num(1)
	case "Tw":
		in.gs.tw = in.num(1)
	case "Tz":
		in.gs.th = in.num(1) / 100
	case "TL":
		in.gs.tl = in.num(1)
	case "Ts":
		in.gs.rise = in.num(1)
	case "Tf":
		in.gs.size = in.num(1)
		in.gs.font = in.font(in.stack, len(in.stack)-2)
	default:
		in.doText(op)
	}
}

// doText runs the text positioning and showing operators and Do.
func (in *interp) doText(op []byte) {
	switch string(op) {
	case "Td":
		in.moveLine(in.num(2), in.num(1))
	case "TD":
		in.gs.tl = -in.num(1)
		in.moveLine(in.num(2), in.num(1))
	case "Tm":
		in.tm = in.matrixArg()
		in.tlm = in.tm
	case "T*":
		in.moveLine(0, -in.gs.tl)
	case "Tj":
		in.show(in.last())
	case "'":
		in.moveLine(0, -in.gs.tl)
		in.show(in.last())
	case "\"":
		in.gs.tw, in.gs.tc = in.num(3), in.num(2)
		in.moveLine(0, -in.gs.tl)
		in.show(in.last())
	case "TJ":
		in.show(in.last())
	case "Do":
		in.xobject(in.last())
	}
}

// matrixArg reads six operands as a matrix.
func (in *interp) matrixArg() matrix {
	return matrix{in.num(6), in.num(5), in.num(4), in.num(3), in.num(2), in.num(1)}
}

// moveLine starts a new line offset by (tx, ty) from the current one.
func (in *interp) moveLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// font looks up the font named by operand i in the current resources.
// Fonts are cached for the file by their object number, or, for a font
// dictionary written in place, by the text of the resources' font
// dictionary and the name, so that pages sharing fonts read them once.
func (in *interp) font(stk []operand, i int) *font {
	if i < 0 || stk[i].kind != kName {
		return nil
	}
	if f, ok := in.names[string(stk[i].str)]; ok { // no allocation
		return f
	}
	name := string(stk[i].str)
	if in.names == nil {
		in.names = make(map[string]*font)
		in.namesKey = ""
	}
	dict := in.res.Key("Font")
	var key string
	if id, gen, ok := dict.KeyRef(name); ok {
		key = fmt.Sprintf("\x00%d %d R", id, gen)
	} else {
		if in.namesKey == "" {
			in.namesKey = dict.String() + "\x00"
		}
		key = in.namesKey + name
	}
	f, ok := in.fonts[key]
	if !ok {
		f = in.loadFont(dict.Key(name))
		in.fonts[key] = f
	}
	in.names[name] = f
	return f
}

// loadFont reads a font dictionary; nil when v is none.
func (in *interp) loadFont(v pdf.Value) *font {
	if v.Kind() != pdf.Dict {
		return nil
	}
	return loadFont(v, in.warn)
}

// show draws a string, or the strings and offsets of a TJ array.
func (in *interp) show(v operand) {
	f := in.gs.font
	if f == nil {
		f = fallbackFont()
	}
	t := in.tm.mul(in.gs.ctm)
	size := in.gs.size * t.scaleY() // of every glyph the string draws
	tx := 0.0
	if v.kind == kString {
		tx = in.showString(f, &t, size, v.str, tx)
	}
	for i := range v.arr {
		e := &v.arr[i]
		if e.kind == kString {
			tx = in.showString(f, &t, size, e.str, tx)
		} else if e.kind == kNum {
			tx -= e.num / 1000 * in.gs.size * in.gs.th
		}
	}
	in.tm[4] += tx * in.tm[0]
	in.tm[5] += tx * in.tm[1]
}

// showString draws the glyphs of s, of the given size on the page,
// starting tx text space units along the baseline of t (the text matrix
// times the CTM); it returns where the next glyph goes.
func (in *interp) showString(f *font, t *matrix, size float64, s []byte, tx float64) float64 {
	if !f.cid {
		return in.showSimple(f, t, size, s, tx)
	}
	gs := &in.gs
	for len(s) > 0 {
		c, n, text, w := f.cidGlyph(s)
		s = s[n:]
		adv := w*gs.size + gs.tc
		if n == 1 && c == ' ' {
			adv += gs.tw
		}
		in.emit(f, t, size, text, tx, w*gs.size*gs.th)
		tx += adv * gs.th
	}
	return tx
}

// showSimple is showString for a simple font, whose codes are bytes.
func (in *interp) showSimple(f *font, t *matrix, size float64, s []byte, tx float64) float64 {
	gs := &in.gs
	for _, c := range s {
		w := f.simpleWidth(c)
		adv := w*gs.size + gs.tc
		if c == ' ' {
			adv += gs.tw
		}
		in.emit(f, t, size, f.text[c], tx, w*gs.size*gs.th)
		tx += adv * gs.th
	}
	return tx
}

// emit records one glyph of the given size, text and width, tx along the
// baseline of t.
func (in *interp) emit(f *font, t *matrix, size float64, text string, tx, w float64) {
	switch text {
	case "":
		return
	case " ", "\u00a0", "\t":
		in.space = true
		return
	}
	if len(in.glyphs) >= in.maxGlyph {
		panic(limitError{causef(ErrLimit, "more than %d glyphs on the page (Options.MaxGlyphs)", in.maxGlyph)})
	}
	x, y := t.apply(tx, in.gs.rise)
	x1 := x + w*t[0]
	if x1 < x {
		x, x1 = x1, x
	}
	// Set in place, every field: a glyph made on the stack and copied in
	// is read back in 16-byte loads from 8-byte stores, which stalls.
	n := len(in.glyphs)
	if n == cap(in.glyphs) {
		in.glyphs = slices.Grow(in.glyphs, 1)
	}
	in.glyphs = in.glyphs[:n+1]
	g := &in.glyphs[n]
	g.text, g.x0, g.x1, g.base = text, x, x1, y
	g.size, g.font, g.spaceBefore = size, f, in.space
	in.space = false
}

// xobject draws a Form XObject or counts an image.
func (in *interp) xobject(name operand) {
	if name.kind != kName {
		return
	}
	x := in.res.Key("XObject").Key(string(name.str))
	switch x.Key("Subtype").Name() {
	case "Image":
		in.images++
	case "Form":
		in.form(x)
	}
}

// form runs a Form XObject in a saved graphics state. A form that draws
// itself, directly or through others, is drawn once, with a warning.
func (in *interp) form(x pdf.Value) {
	id, _ := x.Ref()
	if in.depth >= maxFormDepth || in.drawing[id] {
		in.warn(causef(ErrDamaged, "form XObject %d draws itself: drawn once", id))
		return
	}
	if in.forms++; in.forms > maxForms {
		panic(limitError{causef(ErrLimit, "more than %d form XObjects drawn on one page", maxForms)})
	}
	if in.drawing == nil {
		in.drawing = make(map[uint32]bool)
	}
	in.drawing[id] = true
	defer delete(in.drawing, id)
	data := in.budget.stream(x, "form XObject", in.warn)
	saved, tm, tlm, stack, res, names, key := in.gs, in.tm, in.tlm, in.stack, in.res, in.names, in.namesKey
	if m := x.Key("Matrix"); m.Len() == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		in.gs.ctm = fm.mul(in.gs.ctm)
	}
	if r := x.Key("Resources"); r.Kind() == pdf.Dict {
		in.res, in.names = r, nil
	}
	in.depth++
	in.stack = nil
	in.run(data)
	in.depth--
	in.gs, in.tm, in.tlm, in.stack, in.res, in.names, in.namesKey = saved, tm, tlm, stack, res, names, key
}

// skipInlineImage skips from after BI past the image data and its EI.
func skipInlineImage(l *lexer) {
	for {
		_, op, ok := l.next()
		if !ok {
			return
		}
		if string(op) == "ID" {
			break
		}
	}
	l.pos++ // the white space after ID
	for l.pos < len(l.data) {
		i := bytes.Index(l.data[l.pos:], []byte("EI"))
		if i < 0 {
			l.pos = len(l.data)
			return
		}
		l.pos += i + 2
		if isSpace(l.data[l.pos-3]) && (l.pos >= len(l.data) || isSpace(l.data[l.pos]) || isDelim(l.data[l.pos])) {
			return
		}
	}
}
