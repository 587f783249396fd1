package lexicon

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// scanTexts returns made-up texts and the repository's letters.
func scanTexts(t *testing.T) []string {
	texts := []string{"", "a", "'", "a'", "a'b", "a' b", "x\u2019s", "Quervain’s", "325mg", "3é", "é3", "&x", "ÉCOLE d'été", "\xff\xfe a\xc3", "l'\u00e9t\u00e9", "MRI's",
		"Ab3", "3\u0663", "aé", "A'B c' 'd", "x&y", "MRI", "mRi", "Zz9z"}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "letters", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// TestScanInto checks scanInto, which reads most words in one pass,
// against reading each word with wordLen and newTok.
func TestScanInto(t *testing.T) {
	for _, text := range scanTexts(t) {
		var want []tok
		lt := lowered{text: text}
		for i := 0; i < len(text); {
			n := wordLen(text[i:])
			if n == 0 {
				_, n = utf8.DecodeRuneInString(text[i:])
			} else {
				want = append(want, newTok(&lt, i, i+n))
			}
			i += n
		}
		if got := scan(text); !slices.Equal(got, want) {
			t.Errorf("scan(%.40q) differs from reading word by word", text)
		}
	}
}

// TestScanASCII checks wordLen and newTok, which read ASCII bytes
// directly, against reading runes throughout, at every offset of the
// repository's letters and of made-up text.
func TestScanASCII(t *testing.T) {
	for _, text := range scanTexts(t) {
		for i := 0; i < len(text); i++ {
			s := text[i:]
			if got, want := wordLen(s), wordLenRunes(s); got != want {
				t.Fatalf("wordLen(%.20q) = %d, want %d", s, got, want)
			}
			if n := wordLen(s); n > 0 {
				if got, want := newTok(&lowered{text: text}, i, i+n), newTokRunes(text, i, i+n); got != want {
					t.Fatalf("newTok(%q) = %+v, want %+v", s[:n], got, want)
				}
			}
		}
	}
}

// wordLenRunes is wordLen reading runes only.
func wordLenRunes(s string) int {
	if s[0] == '&' {
		return 1
	}
	first, _ := utf8.DecodeRuneInString(s)
	return wordRest(s, 0, unicode.IsDigit(first))
}

// newTokRunes is newTok reading runes only.
func newTokRunes(text string, start, end int) tok {
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
