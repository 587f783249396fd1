package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: the text as written, its stem and its byte
// offsets, end exclusive. Matching adds to a token and never replaces it.
type Token struct {
	Text       string // as written
	Stem       string // snowball stem of the lower-cased word; a word with digits keeps its lower-cased form
	Start, End int    // byte offsets into the text, end exclusive
}

// Tokenize splits text into words: runs of letters, with apostrophes
// inside a word ("Quervain's"), and runs of digits ("325mg" is "325" and
// "mg"); "&" is a word of its own that stems to "and". Everything else
// separates words.
func Tokenize(text string) []Token {
	var out []Token
	for _, t := range scan(text) {
		out = append(out, Token{Text: t.text, Stem: t.stemmed(), Start: t.start, End: t.end})
	}
	return out
}

// tok is a word while matching: its stem is computed only when needed,
// since stemming costs more than all the rest of a lookup.
type tok struct {
	text, lower string
	start, end  int
	alpha       bool // letters (and apostrophes) only
	upper       bool // has letters and no lower-case letter
	stem        string
}

// scan splits text into words; see Tokenize.
func scan(text string) []tok {
	return scanInto(make([]tok, 0, len(text)/6+1), text)
}

// scanInto appends the words of text to out. Words of ASCII letters or
// digits alone, the most of them, are read in one pass; the others
// through wordLen and newTok.
func scanInto(out []tok, text string) []tok {
	var lt lowered
	return scanLowered(out, text, &lt)
}

// scanLowered is scanInto writing the lower case of words into lt's
// buffer, which may be one kept from an earlier text (see reuse).
func scanLowered(out []tok, text string, lt *lowered) []tok {
	lt.reuse(text)
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !isLetter(c) && !isDigit(c) && c != '&' {
			i++ // a space or a mark
			continue
		}
		n, upper, lower, ok := plainWord(text[i:])
		if ok {
			out = append(out, plainTok(text, i, i+n, upper && !lower))
			if upper {
				out[len(out)-1].lower = lt.word(i, i+n)
			}
		} else if n = wordLen(text[i:]); n > 0 {
			out = append(out, newTok(lt, i, i+n))
		} else {
			_, n = utf8.DecodeRuneInString(text[i:])
		}
		i += n
	}
	return out
}

// plainWord reads the word at the start of s when it is ASCII letters or
// digits alone: its length and whether it has capitals and small letters.
// It is not ok when the word goes on past ASCII or past an apostrophe, or
// is not one of letters or digits.
func plainWord(s string) (n int, upper, lower, ok bool) {
	if isDigit(s[0]) {
		for n < len(s) && isDigit(s[n]) {
			n++
		}
		return n, false, false, n == len(s) || s[n] < utf8.RuneSelf
	}
	for ; n < len(s); n++ {
		switch c := s[n]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		default:
			return n, upper, lower, n > 0 && c < utf8.RuneSelf && c != '\''
		}
	}
	return n, upper, lower, n > 0
}

// plainTok is newTok for a word plainWord read, but for its lower case,
// which is the word itself only when it has no capitals.
func plainTok(text string, start, end int, upper bool) tok {
	w := text[start:end]
	return tok{text: w, lower: w, start: start, end: end, alpha: !isDigit(w[0]), upper: upper}
}

// lowered is a text and the lower case of those of its words in ASCII
// that need one, written one after another in one buffer at least the
// length of the text, made when a word first needs it and kept for the
// next texts while it has room: each word takes its lower case from the
// buffer rather than from a copy of its own.
type lowered struct {
	text string
	buf  strings.Builder
}

// minLowered is the least a buffer of lower case holds, so that one
// serves many short texts.
const minLowered = 512

// reuse sets the text to lower-case, keeping the buffer when it has room
// for the whole text: what the buffer has written it does not change, so
// the words it gave for earlier texts stay as they were.
func (l *lowered) reuse(text string) {
	l.text = text
	if l.buf.Cap()-l.buf.Len() < len(text) {
		l.buf = strings.Builder{}
	}
}

// word returns text[start:end], in ASCII, lower-cased. The builder never
// outgrows its room for the text, and what it has written it does not change, so the
// words it gave stay as they were.
func (l *lowered) word(start, end int) string {
	if l.buf.Cap() == 0 {
		l.buf.Grow(max(len(l.text), minLowered))
	}
	from := l.buf.Len()
	for i := start; i < end; i++ {
		c := l.text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		l.buf.WriteByte(c)
	}
	return l.buf.String()[from:]
}

// wordLen returns the byte length of the word at the start of s, 0 when s
// does not start with a word.
func wordLen(s string) int {
	if s[0] == '&' {
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return asciiWordLen(s)
	}
	first, _ := utf8.DecodeRuneInString(s)
	return wordRest(s, 0, unicode.IsDigit(first))
}

// asciiWordLen is wordLen for s starting with an ASCII byte: it reads
// bytes while they are ASCII and hands the rest to wordRest.
func asciiWordLen(s string) int {
	digits := isDigit(s[0])
	n := 0
	for ; n < len(s); n++ {
		c := s[n]
		switch {
		case c >= utf8.RuneSelf:
			return wordRest(s, n, digits)
		case digits:
			if !isDigit(c) {
				return n
			}
		case isLetter(c):
		case c == '\'' && n > 0 && n+1 < len(s) && startsWord(s[n+1:]):
		default:
			return n
		}
	}
	return n
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordRest returns the length of the word at the start of s, read from
// byte n on: digits, or letters with apostrophes inside.
func wordRest(s string, n int, digits bool) int {
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if digits && unicode.IsDigit(r) || !digits && unicode.IsLetter(r) ||
			!digits && n > 0 && isApostrophe(r) && n+size < len(s) && startsWord(s[n+size:]) {
			n += size
			continue
		}
		break
	}
	return n
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func newTok(lt *lowered, start, end int) tok {
	t := tok{text: lt.text[start:end], start: start, end: end, alpha: true}
	var hasUpper, hasLower bool
	i := 0
	for ; i < len(t.text) && t.text[i] < utf8.RuneSelf; i++ {
		switch c := t.text[i]; {
		case isDigit(c):
			t.alpha = false
		case c >= 'A' && c <= 'Z':
			hasUpper = true
		case c >= 'a' && c <= 'z':
			hasLower = true
		}
	}
	for _, r := range t.text[i:] {
		switch {
		case unicode.IsDigit(r):
			t.alpha = false
		case unicode.IsUpper(r):
			hasUpper = true
		case unicode.IsLower(r):
			hasLower = true
		}
	}
	t.upper = hasUpper && !hasLower
	switch {
	case i < len(t.text) || t.text == "&":
		t.lower = lowerWord(t.text, hasUpper)
	case hasUpper:
		t.lower = lt.word(start, end) // ASCII: no curly apostrophe
	default:
		t.lower = t.text
	}
	return t
}

// lowerWord lower-cases a word, reads a curly apostrophe as a straight one
// and "&" as "and".
func lowerWord(text string, hasUpper bool) string {
	switch {
	case text == "&":
		return "and"
	case hasUpper || strings.ContainsRune(text, '\u2019'):
		return strings.ReplaceAll(strings.ToLower(text), "\u2019", "'")
	}
	return text
}

// stemmed returns the token's stem, computing it on first use.
func (t *tok) stemmed() string {
	if t.stem == "" {
		t.stem = stem(t.lower, t.alpha)
	}
	return t.stem
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// ending returns what is left of a word past its stem, with inflection
// taken off: the plural, the possessive and, alone, "ed", "ing" or "e".
// Two words of one stem are the same word only when their endings agree,
// since snowball strips derivations too: "medication" and "medical" share
// the stem "medic", and "mobility" and "mobilization" the stem "mobil".
func ending(lower, stem string) string {
	e, ok := strings.CutPrefix(lower, stem)
	if !ok {
		// a stem reads a final y as i: "therapy" stems to "therapi"
		base := strings.TrimSuffix(stem, "i")
		if len(base) == len(stem) || !strings.HasPrefix(lower, base+"y") {
			return lower
		}
		e = lower[len(stem):]
	}
	e = strings.TrimSuffix(strings.TrimSuffix(e, "'s"), "'")
	switch {
	case strings.HasSuffix(e, "es") && len(e) == 2, strings.HasSuffix(e, "s") && !strings.HasSuffix(e, "ss"):
		e = strings.TrimSuffix(strings.TrimSuffix(e, "s"), "e")
	}
	switch e {
	case "ed", "ing", "e", "d":
		return ""
	}
	return e
}
