// Copyright 2014 The Go Authors.  All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Reading of PDF tokens and objects from a raw byte stream.

package pdf

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// A token is a PDF token in the input stream, one of the following Go types:
//
//	bool, a PDF boolean
//	int64, a PDF integer
//	float64, a PDF real
//	string, a PDF string literal
//	keyword, a PDF keyword
//	name, a PDF name without the leading slash
type token interface{}

// A name is a PDF name, without the leading slash.
type name string

// A keyword is a PDF keyword.
// Delimiter tokens used in higher-level syntax,
// such as "<<", ">>", "[", "]", "{", "}", are also treated as keywords.
type keyword string

// maxObjectDepth is the maximum nesting depth for PDF objects (dicts, arrays,
// and indirect object definitions). Malicious files can nest millions of
// "N N obj" tokens to exhaust the Go call stack; this limit turns that into
// a recoverable panic instead of a fatal process crash.
const maxObjectDepth = 1000

// A buffer holds buffered input bytes from the PDF file.
type buffer struct {
	r           io.Reader // source of data
	buf         []byte    // buffered data
	pos         int       // read index in buf
	offset      int64     // offset at end of buf; aka offset of next read
	tmp         []byte    // scratch space for accumulating token
	unread      []token   // queue of read but then unread tokens
	allowEOF    bool
	allowObjptr bool
	allowStream bool
	eof         bool
	key         []byte
	useAES      bool
	objptr      objptr
	depth       int // current object nesting depth
	maxObjects  int64
}

// newBuffer returns a new buffer reading from r at the given offset.
func newBuffer(r io.Reader, offset int64) *buffer {
	return newBufferSize(r, offset, 4096)
}

// newBufferSize is newBuffer reading size bytes at a time.
func newBufferSize(r io.Reader, offset int64, size int) *buffer {
	return &buffer{
		r:           r,
		offset:      offset,
		buf:         make([]byte, 0, size),
		allowObjptr: true,
		allowStream: true,
	}
}

func (b *buffer) readByte() byte {
	if b.pos >= len(b.buf) {
		b.reload()
		if b.pos >= len(b.buf) {
			return '\n'
		}
	}
	c := b.buf[b.pos]
	b.pos++
	return c
}

func (b *buffer) errorf(format string, args ...interface{}) {
	panic(fmt.Errorf(format, args...))
}

func (b *buffer) reload() bool {
	n := cap(b.buf) - int(b.offset%int64(cap(b.buf)))
	n, err := b.r.Read(b.buf[:n])
	if n == 0 && err != nil {
		b.buf = b.buf[:0]
		b.pos = 0
		if b.allowEOF && err == io.EOF {
			b.eof = true
			return false
		}
		b.errorf("malformed PDF: reading at offset %d: %v", b.offset, err)
		return false
	}
	b.offset += int64(n)
	b.buf = b.buf[:n]
	b.pos = 0
	return true
}

func (b *buffer) seekForward(offset int64) {
	for b.offset < offset {
		if !b.reload() {
			return
		}
	}
	b.pos = len(b.buf) - int(b.offset-offset)
}

func (b *buffer) readOffset() int64 {
	return b.offset - int64(len(b.buf)) + int64(b.pos)
}

func (b *buffer) unreadByte() {
	if b.pos > 0 {
		b.pos--
	}
}

func (b *buffer) unreadToken(t token) {
	b.unread = append(b.unread, t)
}

func (b *buffer) readToken() token {
	if n := len(b.unread); n > 0 {
		t := b.unread[n-1]
		b.unread = b.unread[:n-1]
		return t
	}

	// Find first non-space, non-comment byte.
	c := b.readByte()
	for {
		if isSpace(c) {
			if b.eof {
				return io.EOF
			}
			c = b.readByte()
		} else if c == '%' {
			for c != '\r' && c != '\n' {
				c = b.readByte()
			}
		} else {
			break
		}
	}

	switch c {
	case '<':
		if b.readByte() == '<' {
			return keyword("<<")
		}
		b.unreadByte()
		return b.readHexString()

	case '(':
		return b.readLiteralString()

	case '[', ']', '{', '}':
		return keyword(string(c))

	case '/':
		return b.readName()

	case '>':
		if b.readByte() == '>' {
			return keyword(">>")
		}
		b.unreadByte()
		fallthrough

	default:
		if isDelim(c) {
			b.errorf("unexpected delimiter %#q", rune(c))
			return nil
		}
		b.unreadByte()
		return b.readKeyword()
	}
}

func (b *buffer) readHexString() token {
	tmp := b.tmp[:0]
	for {
	Loop:
		c := b.readByte()
		if c == '>' {
			break
		}
		if isSpace(c) {
			goto Loop
		}
	Loop2:
		c2 := b.readByte()
		if isSpace(c2) {
			goto Loop2
		}
		x := unhex(c)<<4 | unhex(c2)
		if x < 0 {
			b.errorf("malformed hex string %c %c %s", c, c2, b.buf[b.pos:min(len(b.buf), b.pos+32)])
			break
		}
		tmp = append(tmp, byte(x))
	}
	b.tmp = tmp
	return string(tmp)
}

func unhex(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b) - '0'
	case 'a' <= b && b <= 'f':
		return int(b) - 'a' + 10
	case 'A' <= b && b <= 'F':
		return int(b) - 'A' + 10
	}
	return -1
}

func (b *buffer) readLiteralString() token {
	tmp := b.tmp[:0]
	depth := 1
Loop:
	for !b.eof {
		c := b.readByte()
		switch c {
		default:
			tmp = append(tmp, c)
		case '(':
			depth++
			tmp = append(tmp, c)
		case ')':
			if depth--; depth == 0 {
				break Loop
			}
			tmp = append(tmp, c)
		case '\\':
			switch c = b.readByte(); c {
			default:
				b.errorf("invalid escape sequence \\%c", c)
				tmp = append(tmp, '\\', c)
			case 'n':
				tmp = append(tmp, '\n')
			case 'r':
				tmp = append(tmp, '\r')
			case 'b':
				tmp = append(tmp, '\b')
			case 't':
				tmp = append(tmp, '\t')
			case 'f':
				tmp = append(tmp, '\f')
			case '(', ')', '\\':
				tmp = append(tmp, c)
			case '\r':
				if b.readByte() != '\n' {
					b.unreadByte()
				}
				fallthrough
			case '\n':
				// no append
			case '0', '1', '2', '3', '4', '5', '6', '7':
				x := int(c - '0')
				for i := 0; i < 2; i++ {
					c = b.readByte()
					if c < '0' || c > '7' {
						b.unreadByte()
						break
					}
					x = x*8 + int(c-'0')
				}
				if x > 255 {
					b.errorf("invalid octal escape \\%03o", x)
				}
				tmp = append(tmp, byte(x))
			}
		}
	}
	b.tmp = tmp
	return string(tmp)
}

func (b *buffer) readName() token {
	tmp := b.tmp[:0]
	// Most names lie whole in the buffered data without a #: copy them.
	if end, ok := b.wordEnd('#'); ok && b.buf[end] != '#' {
		tmp = append(tmp, b.buf[b.pos:end]...)
		b.pos = end
		return b.nameToken(tmp)
	}
	for {
		c := b.readByte()
		if isDelim(c) || isSpace(c) {
			b.unreadByte()
			break
		}
		if c == '#' {
			x := unhex(b.readByte())<<4 | unhex(b.readByte())
			if x < 0 {
				b.errorf("malformed name")
			}
			tmp = append(tmp, byte(x))
			continue
		}
		tmp = append(tmp, c)
	}
	return b.nameToken(tmp)
}

// nameToken returns the token of the name read into tmp, which it keeps as
// the buffer's scratch.
func (b *buffer) nameToken(tmp []byte) token {
	b.tmp = tmp
	if t, ok := commonNames[string(tmp)]; ok { // no allocation
		return t
	}
	return name(string(tmp))
}

// commonNames are the names of the dictionaries of pages, fonts and
// streams, as tokens made once: a letter's fonts and pages say them
// thousands of times.
var commonNames = func() map[string]token {
	m := map[string]token{}
	for _, s := range strings.Fields(`Type Subtype Length Filter FlateDecode DecodeParms
		Page Pages Parent Kids Count Resources MediaBox CropBox Rotate Contents
		Font FontDescriptor BaseFont FirstChar LastChar Widths Encoding ToUnicode
		Type0 Type1 TrueType CIDFontType2 DescendantFonts W DW CIDSystemInfo
		Flags FontBBox ItalicAngle Ascent Descent CapHeight StemV FontName FontFile2
		WinAnsiEncoding XObject ProcSet PDF Text ImageB ImageC ImageI ExtGState
		Image Form Width Height BitsPerComponent ColorSpace DeviceRGB DeviceGray
		ObjStm N First XRef Size Index Prev Root Info ID Encrypt Annots Group
		Catalog Lang Metadata MarkInfo Marked StructTreeRoot StructParents Tabs S
		Name CS Transparency Predictor Columns DCTDecode Standard O U P V R
		CF StmF StrF CFM AESV2 V2 Identity AuthEvent DocOpen F1 F2 F3 F4 F5 F6`) {
		m[s] = name(s)
	}
	return m
}()

func (b *buffer) readKeyword() token {
	tmp := b.tmp[:0]
	if end, ok := b.wordEnd(0); ok { // most keywords: copied whole
		tmp = append(tmp, b.buf[b.pos:end]...)
		b.pos = end
	} else {
		for {
			c := b.readByte()
			if isDelim(c) || isSpace(c) {
				b.unreadByte()
				break
			}
			tmp = append(tmp, c)
		}
	}
	b.tmp = tmp
	if x, ok := smallInt(tmp); ok {
		if x < int64(len(boxedInts)) {
			return boxedInts[x] // no allocation
		}
		return x
	}
	if t, ok := commonWords[string(tmp)]; ok { // no allocation
		return t
	}
	s := string(tmp)
	switch {
	case isInteger(s):
		x, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			b.errorf("invalid integer %s", s)
		}
		return x
	case isReal(s):
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			b.errorf("invalid real %s", s)
		}
		return x
	}
	return keyword(string(tmp))
}

// commonWords are the keywords of every object and table, as tokens made
// once.
var commonWords = map[string]token{"true": true, "false": false,
	"R": keyword("R"), "obj": keyword("obj"), "endobj": keyword("endobj"),
	"stream": keyword("stream"), "xref": keyword("xref"), "trailer": keyword("trailer"),
	"startxref": keyword("startxref"), "f": keyword("f"), "n": keyword("n")}

// boxedInts are the integers below 4096 as tokens made once: a font's
// /Widths array holds hundreds of them, and a token of an int64 of 256
// or more is an allocation each.
var boxedInts = func() (t [4096]token) {
	for i := range t {
		t[i] = int64(i)
	}
	return t
}()

// smallInt reads an unsigned integer of at most 18 digits, the numbers
// of nearly every object, without the string that ParseInt needs; ok is
// false for anything else, which readKeyword then reads as before.
func smallInt(tmp []byte) (x int64, ok bool) {
	if len(tmp) == 0 || len(tmp) > 18 {
		return 0, false
	}
	for _, c := range tmp {
		if c < '0' || c > '9' {
			return 0, false
		}
		x = x*10 + int64(c-'0')
	}
	return x, true
}

func isInteger(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < '0' || '9' < c {
			return false
		}
	}
	return true
}

func isReal(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	ndot := 0
	for _, c := range s {
		if c == '.' {
			ndot++
			continue
		}
		if c < '0' || '9' < c {
			return false
		}
	}
	return ndot == 1
}

// An object is a PDF syntax object, one of the following Go types:
//
//	bool, a PDF boolean
//	int64, a PDF integer
//	float64, a PDF real
//	string, a PDF string literal
//	name, a PDF name without the leading slash
//	dict, a PDF dictionary
//	array, a PDF array
//	stream, a PDF stream
//	objptr, a PDF object reference
//	objdef, a PDF object definition
//
// An object may also be nil, to represent the PDF null.
type object interface{}

type dict map[name]object

type array []object

type stream struct {
	hdr    dict
	ptr    objptr
	offset int64
}

type objptr struct {
	id  uint32
	gen uint16
}

type objdef struct {
	ptr objptr
	obj object
}

func (b *buffer) readObject() object {
	b.depth++
	defer func() { b.depth-- }()
	if b.depth > maxObjectDepth {
		b.errorf("object nesting exceeds maximum depth %d", maxObjectDepth)
		return nil
	}

	tok := b.readToken()
	if kw, ok := tok.(keyword); ok {
		switch kw {
		case "null":
			return nil
		case "<<":
			return b.readDict()
		case "[":
			return b.readArray()
		case ">>", "]":
			// stop the object - these mark the end of dict/array
			return nil
		}
		b.errorf("unexpected keyword %q parsing object", kw)
		return nil
	}

	if str, ok := tok.(string); ok && b.key != nil && b.objptr.id != 0 {
		tok = decryptString(b.key, b.useAES, b.objptr, str)
	}

	if !b.allowObjptr {
		return tok
	}

	if t1, ok := tok.(int64); ok && int64(uint32(t1)) == t1 {
		tok2 := b.readToken()
		if t2, ok := tok2.(int64); ok && int64(uint16(t2)) == t2 {
			tok3 := b.readToken()
			switch tok3 {
			case keyword("R"):
				return objptr{uint32(t1), uint16(t2)}
			case keyword("obj"):
				old := b.objptr
				b.objptr = objptr{uint32(t1), uint16(t2)}
				obj := b.readObject()
				if _, ok := obj.(stream); !ok {
					tok4 := b.readToken()
					if tok4 != keyword("endobj") {
						b.errorf("missing endobj after indirect object definition")
						b.unreadToken(tok4)
					}
				}
				b.objptr = old
				return objdef{objptr{uint32(t1), uint16(t2)}, obj}
			}
			b.unreadToken(tok3)
		}
		b.unreadToken(tok2)
	}
	return tok
}

// arrayScratch holds the elements of arrays being read, which are then
// copied into an array of their size: appended one by one, a font's
// /Widths array of 256 numbers made arrays of twice its size in all.
var arrayScratch = sync.Pool{New: func() any { return new(array) }}

// maxScratchElems bounds the scratch arrayScratch keeps.
const maxScratchElems = 1 << 14

func (b *buffer) readArray() object {
	scratch := arrayScratch.Get().(*array)
	elems := (*scratch)[:0]
	for {
		tok := b.readToken()
		// Break on io.EOF as well (readToken returns io.EOF as a token value
		// once the input is exhausted, and readDict already guards for it):
		// otherwise an array that is never closed, e.g. in a truncated
		// content stream, loops forever appending io.EOF objects and
		// allocates memory without bound.
		if tok == nil || tok == io.EOF || tok == keyword("]") {
			break
		}
		b.unreadToken(tok)
		elems = append(elems, b.readObject())
	}
	var x array
	if len(elems) > 0 {
		x = make(array, len(elems))
		copy(x, elems)
	}
	if cap(elems) <= maxScratchElems { // a huge array's scratch is let go
		clear(elems)
		*scratch = elems[:0]
		arrayScratch.Put(scratch)
	}
	return x
}

func (b *buffer) readDict() object {
	x := make(dict)
	for {
		tok := b.readToken()
		if tok == nil || tok == keyword(">>") {
			break
		}
		if tok == io.EOF {
			break
		}
		n, ok := tok.(name)
		if !ok {
			if DebugOn {
				fmt.Printf("DEBUG: %T(%v)\n. Skip dict", tok, tok)
			}
			b.errorf("unexpected non-name key %T(%v) parsing dictionary", tok, tok)
			continue
		}
		x[n] = b.readObject()
	}

	if !b.allowStream {
		return x
	}

	tok := b.readToken()
	if tok != keyword("stream") {
		b.unreadToken(tok)
		return x
	}

	switch b.readByte() {
	case '\r':
		if b.readByte() != '\n' {
			b.unreadByte()
		}
	case '\n':
		// ok
	default:
		b.errorf("stream keyword not followed by newline")
	}

	return stream{x, b.objptr, b.readOffset()}
}

// byteClass tells white space (1) and delimiters (2) by a table read,
// cheaper than comparisons for every byte of every object.
var byteClass = func() (t [256]uint8) {
	for _, c := range []byte("\x00\t\n\f\r ") {
		t[c] = 1
	}
	for _, c := range []byte("<>()[]{}/%") {
		t[c] = 2
	}
	return t
}()

func isSpace(b byte) bool { return byteClass[b] == 1 }

func isDelim(b byte) bool { return byteClass[b] == 2 }

// wordEnd returns where the run of bytes from b.pos that are neither
// white space, nor delimiters, nor stop ends, when it ends inside the
// buffered data; ok is false when it runs to the end of it, and the
// caller must read on byte by byte.
func (b *buffer) wordEnd(stop byte) (end int, ok bool) {
	buf := b.buf
	for end = b.pos; end < len(buf); end++ {
		if c := buf[end]; byteClass[c] != 0 || c == stop {
			return end, true
		}
	}
	return end, false
}
