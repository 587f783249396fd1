package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
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
	out := make([]tok, 0, len(text)/6+1)
	for i := 0; i < len(text); {
		n := wordLen(text[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		out = append(out, newTok(text, i, i+n))
		i += n
	}
	return out
}

// wordLen returns the byte length of the word at the start of s, 0 when s
// does not start with a word.
func wordLen(s string) int {
	if s[0] == '&' {
		return 1
	}
	first, _ := utf8.DecodeRuneInString(s)
	digits := unicode.IsDigit(first)
	n := 0
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

func newTok(text string, start, end int) tok {
	t := tok{text: text[start:end], start: start, end: end, alpha: true}
	var hasUpper, hasLower bool
	for _, r := range t.text {
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
	t.lower = lowerWord(t.text, hasUpper)
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

// stem returns the snowball stem of a lower-cased word; a word with
// digits or letters outside ASCII is its own stem.
func stem(lower string, alpha bool) string {
	if !alpha || !isASCII(lower) {
		return lower
	}
	return english.Stem(lower, false)
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
