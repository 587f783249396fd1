package pdftext

import (
	"strings"
	"unicode/utf16"
)

// maxCMapEntries bounds the codes one CMap may map.
const maxCMapEntries = 1 << 17

// codeRange is one codespace range of a CMap: codes of n bytes from lo to
// hi.
type codeRange struct {
	n      int
	lo, hi uint32
}

// cmap is what this package reads of a CMap: its codespace and, for a
// ToUnicode CMap, the text of each code.
type cmap struct {
	space []codeRange
	text  map[uint32]string
}

// parseCMap reads a CMap stream. Malformed parts are skipped.
func parseCMap(data []byte) *cmap {
	m := &cmap{text: make(map[uint32]string)}
	l := &lexer{data: data}
	var stk []operand
	for {
		v, op, ok := l.next()
		if !ok {
			return m
		}
		if op == nil {
			if v.kind != kNone && len(stk) < 3*maxCMapEntries {
				stk = append(stk, v)
			}
			continue
		}
		switch string(op) {
		case "endcodespacerange":
			m.addSpace(stk)
		case "endbfchar":
			m.addChars(stk)
		case "endbfrange":
			m.addRanges(stk)
		}
		stk = stk[:0]
		l.reset()
	}
}

func (m *cmap) addSpace(stk []operand) {
	for i := 0; i+1 < len(stk); i += 2 {
		lo, hi := stk[i].str, stk[i+1].str
		if stk[i].kind == kString && len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
			m.space = append(m.space, codeRange{len(lo), code(lo), code(hi)})
		}
	}
}

func (m *cmap) addChars(stk []operand) {
	for i := 0; i+1 < len(stk) && len(m.text) < maxCMapEntries; i += 2 {
		if stk[i].kind == kString && len(stk[i].str) <= 4 {
			m.text[code(stk[i].str)] = utf16Text(stk[i+1])
		}
	}
}

func (m *cmap) addRanges(stk []operand) {
	for i := 0; i+2 < len(stk); i += 3 {
		lo, hi, dst := stk[i], stk[i+1], stk[i+2]
		if lo.kind != kString || hi.kind != kString || len(lo.str) > 4 || len(hi.str) > 4 {
			continue
		}
		a, b := code(lo.str), code(hi.str)
		if b < a || b-a > 0xffff || len(m.text)+int(b-a) > maxCMapEntries {
			continue
		}
		if dst.kind == kArray {
			for j := 0; j < len(dst.arr) && a+uint32(j) <= b; j++ {
				m.text[a+uint32(j)] = utf16Text(dst.arr[j])
			}
			continue
		}
		units := utf16Units(dst.str)
		if len(units) == 0 {
			continue
		}
		for c := a; c <= b; c++ {
			m.text[c] = expand(string(utf16.Decode(units)))
			units[len(units)-1]++
		}
	}
}

// code reads a big-endian character code.
func code(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// utf16Units reads UTF-16BE code units; one byte stands for itself.
func utf16Units(b []byte) []uint16 {
	if len(b) == 1 {
		return []uint16{uint16(b[0])}
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return u
}

// utf16Text decodes the destination of a bfchar.
func utf16Text(v operand) string {
	if v.kind == kName {
		return glyphText(string(v.str))
	}
	if v.kind != kString {
		return ""
	}
	return expand(string(utf16.Decode(utf16Units(v.str))))
}

// expand spells out ligatures and drops control characters and
// replacement characters.
func expand(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == 0xfffd || r >= 0xfb00 && r <= 0xfb06 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0x20 && r != 0x7f && r != 0xfffd {
			b.WriteString(runeText(r))
		}
	}
	return b.String()
}

// codeLen returns the length of the code that starts s under the
// codespace; two bytes when there is none or nothing matches.
func (m *cmap) codeLen(s []byte) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		c := code(s[:n])
		for _, r := range m.space {
			if r.n == n && c >= r.lo && c <= r.hi {
				return n
			}
		}
	}
	return 2
}
