package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is a run of text between spaces, perhaps in several styles.
type word struct {
	frags []span
	width float64 // of the text
	space float64 // of the space after it, 0 at the end
	text  string  // the plain text, for sentence ends
}

// textLine is the words of one line and the width it may take.
type textLine struct {
	words []word
	limit float64
}

// words cuts spans into words measured at size; base is added to every
// span's style.
func (w *pdfWriter) words(spans []span, base style, size float64) []word {
	var out []word
	var cur word
	end := func(space float64) {
		if len(cur.frags) > 0 {
			cur.space = space
			out = append(out, cur)
		}
		cur = word{}
	}
	for _, sp := range spans {
		st := sp.style | base
		for i, piece := range strings.Split(sp.text, " ") {
			if i > 0 {
				end(w.fonts.width(" ", st, size))
			}
			if piece == "" {
				continue
			}
			cur.frags = append(cur.frags, span{piece, st})
			cur.width += w.fonts.width(piece, st, size)
			cur.text += piece
		}
	}
	end(0)
	return out
}

// wrapWords breaks words into lines no wider than width; a word wider
// than that has a line of its own.
func wrapWords(words []word, width float64) []textLine {
	var lines []textLine
	var cur []word
	x := 0.0
	for _, wd := range words {
		if len(cur) > 0 && x+cur[len(cur)-1].space+wd.width > width {
			lines = append(lines, textLine{words: cur, limit: width})
			cur, x = nil, 0
		}
		if len(cur) > 0 {
			x += cur[len(cur)-1].space
		}
		cur = append(cur, wd)
		x += wd.width
	}
	if len(cur) > 0 {
		lines = append(lines, textLine{words: cur, limit: width})
	}
	return lines
}

// wrapSpans measures and wraps spans.
func (w *pdfWriter) wrapSpans(spans []span, width float64, base style, size float64) []textLine {
	return wrapWords(w.words(spans, base, size), width)
}

// sentenceCuts returns the word indexes where a new sentence starts: after
// a word ending in ".", "?" or "!" (maybe with a closing quote or
// bracket) that is not an abbreviation, before a word starting with a
// capital, a digit or a quote.
func sentenceCuts(words []word) []int {
	var cuts []int
	for i := 1; i < len(words); i++ {
		if endsSentenceWord(words[i-1].text) && startsSentence(words[i].text) {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

func endsSentenceWord(w string) bool {
	t := strings.TrimRight(w, "\"'”’)]")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".?!") {
		return false
	}
	stem := strings.ToLower(strings.TrimRight(t, ".?!"))
	if i := strings.LastIndexAny(stem, "("); i >= 0 {
		stem = stem[i+1:]
	}
	return utf8.RuneCountInString(stem) > 1 && !abbreviations[stem]
}

// abbreviations end in a full stop without ending a sentence (the
// extractor's list).
var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "yr": true, "yrs": true, "vs": true, "st": true, "no": true,
	"e.g": true, "i.e": true, "approx": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

func startsSentence(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'(", r)
}
