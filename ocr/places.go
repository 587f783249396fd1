package ocr

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed places.txt
var placesText string

// places maps the confusable form of each word of places.txt (see
// confusable) to its spelling; "" where two words share a form.
var places = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for line := range strings.Lines(placesText) {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		k := confusable(w)
		if _, seen := out[k]; seen {
			out[k] = ""
			continue
		}
		out[k] = w
	}
	return out
})

// repairNames returns a word with each of its parts between commas,
// colons and semicolons that is a misread place name spelt right
// (repairName): OCR often reads a label and a list without spaces
// ("Licensure:lowa,Montana,California") as one word.
func repairNames(s string) string {
	if !strings.ContainsAny(s, "Il1|") {
		return s
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexAny(s, ",:;")
		part, sep := s, ""
		if i >= 0 {
			part, sep = s[:i], s[i:i+1]
		}
		s = s[len(part)+len(sep):]
		if name, ok := repairName(part); ok {
			part = name
		}
		b.WriteString(part + sep)
	}
	return b.String()
}

// repairName returns the spelling of a place name OCR read with I, l, 1
// or | for one another, or with a doubled one read once ("IIlinois",
// "Ilinois", "lowa"), and whether it is one: the word must hold one of
// those characters, differ from the name, and have the form of that name
// only.
// Marks after the word (".,;:)") are kept.
func repairName(s string) (string, bool) {
	word := strings.TrimRight(s, ".,;:)")
	if !strings.ContainsAny(word, "Il1|") {
		return "", false
	}
	name := places()[confusable(word)]
	if name == "" || name == word {
		return "", false
	}
	return name + s[len(word):], true
}

// confusable returns a word in lower case with each run of I, l, 1 and |
// written as one "l".
func confusable(s string) string {
	var b strings.Builder
	run := false
	for _, r := range s {
		switch {
		case r == 'I' || r == 'l' || r == '1' || r == '|':
			if !run {
				b.WriteByte('l')
			}
			run = true
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		run = false
		b.WriteRune(r)
	}
	return b.String()
}
