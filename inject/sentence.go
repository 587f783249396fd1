package inject

import (
	"regexp"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// sentenceEndRe ends a sentence: a full stop, question or exclamation
// mark before white space and a capital, a digit or the end.
var sentenceEndRe = regexp.MustCompile(`[.?!](?:\s+[A-Z0-9(]|\s*$)`)

// abbreviations do not end a sentence.
var abbreviations = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "vs": true, "no": true,
	"e.g": true, "i.e": true, "p": true, "pp": true, "al": true, "approx": true, "st": true, "jr": true, "sr": true}

// sentences splits s into sentences, each without the white space around
// it; a paragraph break ends one too.
func (d *letter) sentences(s extract.Span) []extract.Span {
	var out []extract.Span
	for _, para := range d.paragraphs(s) {
		start := para.Start
		text := d.at(para)
		for _, m := range sentenceEndRe.FindAllStringIndex(text, -1) {
			end := para.Start + m[0] + 1
			if abbreviations[strings.ToLower(lastWord(d.text[start:end-1]))] {
				continue
			}
			out = appendTrimmed(out, d.text, start, end)
			start = end
		}
		out = appendTrimmed(out, d.text, start, para.End)
	}
	return out
}

// paragraphs splits s at blank lines and line breaks.
func (d *letter) paragraphs(s extract.Span) []extract.Span {
	var out []extract.Span
	start := s.Start
	for i := s.Start; i < s.End; i++ {
		if d.text[i] == '\n' {
			out = append(out, extract.Span{Start: start, End: i})
			start = i + 1
		}
	}
	return append(out, extract.Span{Start: start, End: s.End})
}

func lastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '(' || r == '\n' })
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// appendTrimmed adds text[start:end] without its surrounding white space,
// unless nothing is left.
func appendTrimmed(out []extract.Span, text string, start, end int) []extract.Span {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	if end > start {
		out = append(out, extract.Span{Start: start, End: end})
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// words counts the words of a text.
func words(s string) int { return len(strings.Fields(s)) }
