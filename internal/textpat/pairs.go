package textpat

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// starts tells how the matches of an expression may start, read from its
// compiled program: whether a match may be empty, the bytes that may be
// a whole match, and the pairs of bytes a longer match may start with.
// It holds more than the matches need (assertions such as \b are read as
// holding anywhere, and a character outside ASCII as any bytes from
// 0x80 up), never less.
type starts struct {
	empty bool    // a match may be empty
	one   byteSet // the bytes that may be a whole match
	pairs pairSet // the first two bytes of a longer match
}

// pairSet is a set of pairs of bytes: the second bytes of each first.
type pairSet [256]bits

// bits is a set of bytes, one bit each.
type bits [4]uint64

func (b *bits) add(c int)      { b[c>>6] |= 1 << (c & 63) }
func (b *bits) has(c int) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// union adds the bytes of o.
func (b *bits) union(o *bits) {
	for k := range b {
		b[k] |= o[k]
	}
}

// wideBytes are the bytes from 0x80 up: those of the characters outside
// ASCII, and the bytes that are no character, read as U+FFFD.
var wideBytes = bits{0, 0, ^uint64(0), ^uint64(0)}

// startsOf returns how the matches of the expression src may start, or
// nil when it cannot be compiled.
func startsOf(src string) *starts {
	re := parsed(src)
	if re == nil {
		return nil
	}
	return startsOfSyntax(re)
}

// startsOfSyntax returns how the matches of a simplified expression may
// start, or nil when it cannot be compiled.
func startsOfSyntax(re *syntax.Regexp) *starts {
	prog, err := syntax.Compile(re)
	if err != nil {
		return nil
	}
	return startsOfProg(prog)
}

// startsOfProg reads the starts of a program: the instructions that may
// read its first character, then for each first byte those that may
// read the second.
func startsOfProg(prog *syntax.Prog) *starts {
	st := &starts{}
	sets := make([]charSet, len(prog.Inst))
	seen := make([]uint32, len(prog.Inst))
	first, matched := closure(prog, []uint32{uint32(prog.Start)}, seen, 1)
	if matched {
		st.empty = true
		return st
	}
	var after [utf8.RuneSelf][]uint32 // the instructions after each first byte
	for _, pc := range first {
		cs := charsOf(prog, sets, pc)
		for c := range utf8.RuneSelf {
			if cs.ascii.has(c) {
				after[c] = append(after[c], prog.Inst[pc].Out)
			}
		}
		if cs.wide {
			// A character outside ASCII may be the whole match, or
			// go on with any byte.
			for c := utf8.RuneSelf; c < 256; c++ {
				st.one[c] = true
				st.pairs[c] = bits{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			}
		}
	}
	for c, next := range after {
		if next == nil {
			continue
		}
		second, matched := closure(prog, next, seen, uint32(c)+2)
		st.one[c] = matched
		for _, pc := range second {
			cs := charsOf(prog, sets, pc)
			st.pairs[c].union(&cs.ascii)
			if cs.wide {
				st.pairs[c].union(&wideBytes)
			}
		}
	}
	return st
}

// charSet is what one instruction that reads a character may read: ASCII
// bytes, and whether any character outside ASCII.
type charSet struct {
	ascii bits
	wide  bool
	done  bool // worked out
}

// charsOf returns the characters instruction pc reads, worked out once
// into sets.
func charsOf(prog *syntax.Prog, sets []charSet, pc uint32) *charSet {
	cs := &sets[pc]
	if cs.done {
		return cs
	}
	cs.done = true
	in := &prog.Inst[pc]
	switch in.Op {
	case syntax.InstRune1:
		cs.addRange(in.Rune[0], in.Rune[0], false)
	case syntax.InstRune:
		if len(in.Rune) == 1 {
			// One character, which may fold.
			cs.addRange(in.Rune[0], in.Rune[0], syntax.Flags(in.Arg)&syntax.FoldCase != 0)
			break
		}
		for i := 0; i+1 < len(in.Rune); i += 2 {
			cs.addRange(in.Rune[i], in.Rune[i+1], false)
		}
	default: // InstRuneAny, InstRuneAnyNotNL: any character
		cs.ascii = bits{^uint64(0), ^uint64(0)}
		cs.wide = true
	}
	return cs
}

// addRange adds the characters from lo to hi, and when fold those that
// fold to them.
func (cs *charSet) addRange(lo, hi rune, fold bool) {
	if hi >= utf8.RuneSelf {
		cs.wide = true
	}
	for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
		cs.ascii.add(int(r))
	}
	if !fold {
		return
	}
	for r := unicode.SimpleFold(lo); r != lo; r = unicode.SimpleFold(r) {
		if r >= utf8.RuneSelf {
			cs.wide = true
		} else {
			cs.ascii.add(int(r))
		}
	}
}

// closure returns the instructions that read a character reached from
// pcs without reading one (every assertion read as holding), and whether
// a match is. seen marks the instructions met, with the mark given.
func closure(prog *syntax.Prog, pcs []uint32, seen []uint32, mark uint32) (out []uint32, matched bool) {
	stack := append([]uint32(nil), pcs...)
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] == mark {
			continue
		}
		seen[pc] = mark
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, in.Out)
		case syntax.InstMatch:
			matched = true
		case syntax.InstFail:
		default:
			out = append(out, pc)
		}
	}
	return out, matched
}

// may reports whether a match may start at offset i of s.
func (st *starts) may(s string, i int) bool {
	if st.one[s[i]] {
		return true
	}
	return i+1 < len(s) && st.pairs[s[i]].has(int(s[i+1]))
}

// firstBytes returns the bytes a match may start with.
func (st *starts) firstBytes() *byteSet {
	set := st.one
	for c := range st.pairs {
		set[c] = set[c] || st.pairs[c] != bits{}
	}
	return &set
}
