package pdftext

// The lexer reads content streams and CMaps: numbers, names, strings,
// arrays and operators. Dictionaries and procedures are skipped whole.

// kind is the kind of an operand.
type kind uint8

const (
	kNone kind = iota
	kNum
	kName
	kString
	kArray
)

// operand is one value on the operand stack. Strings and names point into
// the stream or into the lexer's scratch space and stay valid until the
// next operator.
type operand struct {
	kind kind
	num  float64
	str  []byte
	arr  []operand
}

// lexer walks one stream.
type lexer struct {
	data    []byte
	pos     int
	scratch []byte
	arena   []operand // elements of top-level arrays
}

// Byte classes, looked up in classes: a table read is cheaper than the
// comparisons, and the lexer asks for every byte of a page.
const (
	cSpace = 1 << iota // white space: NUL, tab, LF, FF, CR, space
	cDelim             // ( ) < > [ ] { } / %
)

var classes = func() (t [256]uint8) {
	for _, c := range []byte{0, '\t', '\n', '\f', '\r', ' '} {
		t[c] = cSpace
	}
	for _, c := range []byte("()<>[]{}/%") {
		t[c] = cDelim
	}
	return t
}()

func isSpace(c byte) bool { return classes[c]&cSpace != 0 }

// opensNumber reports whether a number may start with c.
func opensNumber(c byte) bool { return c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' }

func isDelim(c byte) bool { return classes[c]&cDelim != 0 }

// endsWord reports whether c ends a name, operator or number: white
// space or a delimiter.
func endsWord(c byte) bool { return classes[c] != 0 }

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() {
	data, pos := l.data, l.pos
	for pos < len(data) {
		c := data[pos]
		if c == '%' {
			for pos < len(data) && data[pos] != '\n' && data[pos] != '\r' {
				pos++
			}
			continue
		}
		if !isSpace(c) {
			break
		}
		pos++
	}
	l.pos = pos
}

// word returns the end of the name, operator or number at start.
func (l *lexer) word(start int) int {
	data, pos := l.data, start
	for pos < len(data) && !endsWord(data[pos]) {
		pos++
	}
	return pos
}

// next reads one token: an operand (op is empty) or an operator. ok is
// false at the end of the stream.
func (l *lexer) next() (v operand, op []byte, ok bool) {
	op, ok = l.token(&v)
	return v, op, ok
}

// token is next reading an operand into *v, which must be zero, so that
// the interpreter's stack takes it in place.
func (l *lexer) token(v *operand) (op []byte, ok bool) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return nil, false
	}
	c := l.data[l.pos]
	switch {
	case opensNumber(c): // the most common token
		v.kind, v.num = kNum, l.number()
		return nil, true
	case c == '/':
		l.pos++
		v.kind, v.str = kName, l.name()
		return nil, true
	case c == '(':
		l.pos++
		v.kind, v.str = kString, l.literal()
		return nil, true
	case c == '<' && l.peek(1) == '<', c == '{':
		l.skipGroup()
		return nil, true
	case c == '<':
		l.pos++
		v.kind, v.str = kString, l.hex()
		return nil, true
	case c == '[':
		l.pos++
		v.kind, v.arr = kArray, l.topArray()
		return nil, true
	case isDelim(c):
		l.pos++ // stray ')', '>', ']' or '}'
		return nil, true
	}
	start := l.pos
	l.pos = l.word(start)
	return l.data[start:l.pos], true
}

func (l *lexer) peek(i int) byte {
	if l.pos+i < len(l.data) {
		return l.data[l.pos+i]
	}
	return 0
}

// name reads a name after its slash, undoing #xx escapes.
func (l *lexer) name() []byte {
	start := l.pos
	l.pos = l.word(start)
	s := l.data[start:l.pos]
	for i := 0; i < len(s); i++ {
		if s[i] == '#' {
			return unescapeName(s)
		}
	}
	return s
}

func unescapeName(s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			out = append(out, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// number reads an integer or real; malformed numbers read as far as they
// make sense ("--5" is -5, "1.2.3" is 1.2).
func (l *lexer) number() float64 {
	neg := l.sign()
	v := l.unsigned()
	if neg {
		v = -v
	}
	return v
}

// sign reads the signs before a number and reports whether it is
// negative.
func (l *lexer) sign() bool {
	data, pos := l.data, l.pos
	neg := false
	for pos < len(data) && (data[pos] == '-' || data[pos] == '+') {
		neg = neg != (data[pos] == '-')
		pos++
	}
	l.pos = pos
	return neg
}

// pow10 holds the powers of ten a number of up to 15 digits divides by.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// unsigned reads the digits of a number and its point. Up to 15 digits
// it adds them as an integer and divides once, which gives the same
// float64 as adding them one by one (both are exact below 2^53);
// longer numbers are read by unsignedLong.
func (l *lexer) unsigned() float64 {
	data, pos := l.data, l.pos
	var mant uint64
	digits := 0
	for ; pos < len(data) && data[pos]-'0' <= 9; pos++ {
		mant = mant*10 + uint64(data[pos]-'0')
		digits++
	}
	frac := -1 // digits after the point, -1 without one
	if pos < len(data) && data[pos] == '.' {
		pos++
		point := pos
		for ; pos < len(data) && data[pos]-'0' <= 9; pos++ {
			mant = mant*10 + uint64(data[pos]-'0')
		}
		frac = pos - point
		digits += frac
	}
	if digits > 15 {
		return l.unsignedLong()
	}
	if pos < len(data) && !endsWord(data[pos]) {
		pos++ // junk inside a number: skip it
	}
	l.pos = pos
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	return v
}

// unsignedLong is unsigned for numbers of any length, adding digit by
// digit in floating point.
func (l *lexer) unsignedLong() float64 {
	var v, scale float64 = 0, 0
	for ; l.pos < len(l.data); l.pos++ {
		c := l.data[l.pos]
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
			if scale > 0 {
				scale *= 10
			}
			continue
		case c == '.' && scale == 0:
			scale = 1
			continue
		}
		if isSpace(c) || isDelim(c) {
			break
		}
		l.pos++ // junk inside a number: skip it
		break
	}
	if scale > 1 {
		v /= scale
	}
	return v
}

// literal reads a (string) after its parenthesis.
func (l *lexer) literal() []byte {
	start, out := len(l.scratch), l.scratch
	depth := 1
	data, pos := l.data, l.pos
	for pos < len(data) {
		c := data[pos]
		pos++
		if c == '\\' {
			l.pos = pos
			out = l.escape(out)
			pos = l.pos
			continue
		}
		if c == '(' {
			depth++
		} else if c == ')' {
			if depth--; depth == 0 {
				break
			}
		}
		out = append(out, c)
	}
	l.pos = pos
	l.scratch = out
	return out[start:len(out):len(out)]
}

// escape reads the escape after a backslash in a literal string.
func (l *lexer) escape(out []byte) []byte {
	if l.pos >= len(l.data) {
		return out
	}
	c := l.data[l.pos]
	l.pos++
	switch c {
	case 'n':
		return append(out, '\n')
	case 'r':
		return append(out, '\r')
	case 't':
		return append(out, '\t')
	case 'b':
		return append(out, '\b')
	case 'f':
		return append(out, '\f')
	case '\r':
		if l.pos < len(l.data) && l.data[l.pos] == '\n' {
			l.pos++
		}
		return out
	case '\n':
		return out
	}
	if c < '0' || c > '7' {
		return append(out, c)
	}
	v := int(c - '0')
	for i := 0; i < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; i++ {
		v = v*8 + int(l.data[l.pos]-'0')
		l.pos++
	}
	return append(out, byte(v))
}

// hex reads a <hex string> after its angle bracket.
func (l *lexer) hex() []byte {
	start, out := len(l.scratch), l.scratch
	hi := -1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		d := unhex(c)
		if d < 0 {
			continue
		}
		if hi < 0 {
			hi = d
			continue
		}
		out = append(out, byte(hi<<4|d))
		hi = -1
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	l.scratch = out
	return out[start:len(out):len(out)]
}

// reset lets the scratch space that strings and arrays are decoded into be
// reused; operands read before it may be overwritten. Called after each
// operator.
func (l *lexer) reset() {
	l.scratch = l.scratch[:0]
	l.arena = l.arena[:0]
}

// topArray reads an array into the arena, so that arrays such as TJ's cost
// no allocation once the arena has grown.
func (l *lexer) topArray() []operand {
	start := len(l.arena)
	for {
		// Strings and numbers, all of a TJ array, go straight in.
		l.skipSpace()
		if l.pos < len(l.data) {
			switch c := l.data[l.pos]; {
			case c == '(':
				l.pos++
				str := l.literal()
				v := l.grow()
				v.kind, v.str = kString, str
				continue
			case opensNumber(c):
				num := l.number()
				v := l.grow()
				v.kind, v.num = kNum, num
				continue
			}
		}
		v, end := l.element(0)
		if end {
			return l.arena[start:len(l.arena):len(l.arena)]
		}
		if v.kind != kNone {
			l.arena = append(l.arena, v)
		}
	}
}

// grow adds a zero operand to the arena and returns it, to be set in
// place (as emit sets glyphs, for the same reason).
func (l *lexer) grow() *operand {
	l.arena = append(l.arena, operand{})
	return &l.arena[len(l.arena)-1]
}

// array reads the elements of a nested array after its bracket.
func (l *lexer) array(depth int) []operand {
	var arr []operand
	for {
		v, end := l.element(depth)
		if end {
			return arr
		}
		if v.kind != kNone {
			arr = append(arr, v)
		}
	}
}

// element reads one element of an array; end is true at its closing
// bracket or the end of the stream. Operators inside arrays are dropped,
// and arrays nest at most 32 deep.
func (l *lexer) element(depth int) (v operand, end bool) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return operand{}, true
	}
	switch l.data[l.pos] {
	case ']':
		l.pos++
		return operand{}, true
	case '[':
		l.pos++
		if depth >= 32 {
			return operand{}, false
		}
		return operand{kind: kArray, arr: l.array(depth + 1)}, false
	}
	v, op, ok := l.next()
	if !ok {
		return operand{}, true
	}
	if op != nil {
		return operand{}, false
	}
	return v, false
}

// skipGroup skips a << dictionary >> or { procedure } with what it nests.
func (l *lexer) skipGroup() {
	depth := 0
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		switch {
		case c == '(':
			l.pos++
			l.literal()
			continue
		case c == '%':
			l.skipSpace()
			continue
		case c == '<' && l.peek(1) == '<':
			depth++
			l.pos += 2
		case c == '>' && l.peek(1) == '>':
			depth--
			l.pos += 2
		case c == '{':
			depth++
			l.pos++
		case c == '}':
			depth--
			l.pos++
		default:
			l.pos++
		}
		if depth <= 0 {
			return
		}
	}
}
