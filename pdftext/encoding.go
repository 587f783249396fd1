package pdftext

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// winAnsiHigh is WinAnsiEncoding (Windows code page 1252) from 0x80 to
// 0x9f; zero marks an unused code. From 0xa0 on it is Latin-1.
var winAnsiHigh = [32]rune{
	0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 0x80
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017d, 0x0000, // 0x88
	0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 0x90
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178, // 0x98
}

// macRomanHigh is MacRomanEncoding from 0x80 on.
var macRomanHigh = [128]rune{
	0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, // 0x80
	0x00e0, 0x00e2, 0x00e4, 0x00e3, 0x00e5, 0x00e7, 0x00e9, 0x00e8, // 0x88
	0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3, // 0x90
	0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, // 0x98
	0x2020, 0x00b0, 0x00a2, 0x00a3, 0x00a7, 0x2022, 0x00b6, 0x00df, // 0xa0
	0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8, // 0xa8
	0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, // 0xb0
	0x220f, 0x03c0, 0x222b, 0x00aa, 0x00ba, 0x03a9, 0x00e6, 0x00f8, // 0xb8
	0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab, // 0xc0
	0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153, // 0xc8
	0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x00f7, 0x25ca, // 0xd0
	0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02, // 0xd8
	0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, // 0xe0
	0x00cb, 0x00c8, 0x00cd, 0x00ce, 0x00cf, 0x00cc, 0x00d3, 0x00d4, // 0xe8
	0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc, // 0xf0
	0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7, // 0xf8
}

// standardHigh is StandardEncoding from 0xa0 on, as glyph names; empty
// strings mark unused codes. Below 0x80 it is ASCII except for 0x27
// (quoteright) and 0x60 (quoteleft).
var standardHigh = map[byte]string{
	0xa1: "exclamdown", 0xa2: "cent", 0xa3: "sterling", 0xa4: "fraction",
	0xa5: "yen", 0xa6: "florin", 0xa7: "section", 0xa8: "currency",
	0xa9: "quotesingle", 0xaa: "quotedblleft", 0xab: "guillemotleft",
	0xac: "guilsinglleft", 0xad: "guilsinglright", 0xae: "fi", 0xaf: "fl",
	0xb1: "endash", 0xb2: "dagger", 0xb3: "daggerdbl", 0xb4: "periodcentered",
	0xb6: "paragraph", 0xb7: "bullet", 0xb8: "quotesinglbase",
	0xb9: "quotedblbase", 0xba: "quotedblright", 0xbb: "guillemotright",
	0xbc: "ellipsis", 0xbd: "perthousand", 0xbf: "questiondown",
	0xc1: "grave", 0xc2: "acute", 0xc3: "circumflex", 0xc4: "tilde",
	0xc5: "macron", 0xc6: "breve", 0xc7: "dotaccent", 0xc8: "dieresis",
	0xca: "ring", 0xcb: "cedilla", 0xcd: "hungarumlaut", 0xce: "ogonek",
	0xcf: "caron", 0xd0: "emdash", 0xe1: "AE", 0xe3: "ordfeminine",
	0xe8: "Lslash", 0xe9: "Oslash", 0xea: "OE", 0xeb: "ordmasculine",
	0xf1: "ae", 0xf5: "dotlessi", 0xf8: "lslash", 0xf9: "oslash",
	0xfa: "oe", 0xfb: "germandbls",
}

// baseEncoding returns the text of each code under a named encoding:
// a table shared by every font, which the caller must copy to change.
func baseEncoding(name string) *[256]string {
	switch name {
	case "MacRomanEncoding":
		return macRoman()
	case "StandardEncoding":
		return standard()
	}
	return winAnsi()
}

// The three base encodings are made once, when first asked for: every
// font of every file starts from one.
var (
	macRoman = sync.OnceValue(func() *[256]string { t := makeEncoding("MacRomanEncoding"); return &t })
	standard = sync.OnceValue(func() *[256]string { t := makeEncoding("StandardEncoding"); return &t })
	winAnsi  = sync.OnceValue(func() *[256]string { t := makeEncoding("WinAnsiEncoding"); return &t })
)

// makeEncoding makes the table of a base encoding by its name.
func makeEncoding(name string) [256]string {
	var t [256]string
	for c := 0x20; c < 0x7f; c++ {
		t[c] = string(rune(c))
	}
	switch name {
	case "MacRomanEncoding":
		for c := 0x80; c < 0x100; c++ {
			t[c] = runeText(macRomanHigh[c-0x80])
		}
	case "StandardEncoding":
		t[0x27], t[0x60] = "’", "‘"
		for c, n := range standardHigh {
			t[c] = glyphText(n)
		}
	default: // WinAnsiEncoding, and the fallback
		for c := 0x80; c < 0xa0; c++ {
			t[c] = runeText(winAnsiHigh[c-0x80])
		}
		for c := 0xa0; c < 0x100; c++ {
			t[c] = string(rune(c))
		}
		t[0xad] = "-" // the hyphen glyph, not a soft hyphen
	}
	return t
}

// runeText returns the text of r, expanding ligatures; zero is no text.
func runeText(r rune) string {
	if r == 0 {
		return ""
	}
	if r >= 0xfb00 && r <= 0xfb06 {
		return [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}[r-0xfb00]
	}
	return string(r)
}

// glyphText returns the text a glyph name stands for: a name in the glyph
// list, uniXXXX (one or more code points), uXXXX[XX], a ligature written
// with underscores (f_f_i) or a name with a suffix (a.sc).
func glyphText(name string) string {
	if r, ok := glyphNames()[name]; ok {
		return runeText(r)
	}
	switch name {
	case "ff", "fi", "fl", "ffi", "ffl":
		return name
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphText(name[:i])
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	return codePointText(name)
}

// codePointText decodes uniXXXX[XXXX...] and uXXXX[XX] glyph names.
func codePointText(name string) string {
	hex, width := "", 4
	switch {
	case strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0:
		hex = name[3:]
	case strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7:
		hex, width = name[1:], len(name)-1
	default:
		return ""
	}
	var b strings.Builder
	for i := 0; i+width <= len(hex); i += width {
		v, err := strconv.ParseUint(hex[i:i+width], 16, 32)
		if err != nil || !utf8.ValidRune(rune(v)) {
			return ""
		}
		b.WriteString(runeText(rune(v)))
	}
	return b.String()
}
