package extract

import "strings"

// cp1252 maps the bytes 0x80-0x9F of Windows-1252 to their characters;
// 0 marks the five bytes it leaves undefined.
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// windows1252 reads text that is not UTF-8 as Windows-1252, the encoding
// of text saved by Windows tools (Latin-1 above 0x9F); an undefined byte
// becomes U+FFFD. The letter's offsets are those of the UTF-8 it becomes.
func windows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0 && cp1252[c-0x80] != 0:
			b.WriteRune(cp1252[c-0x80])
		case c < 0xA0:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}
