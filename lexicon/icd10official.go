package lexicon

import (
	"strings"
	"sync"

	"github.com/imrkit/imrkit/internal/textpat"
)

// Official returns how many bytes at the start of text an official
// description that has a comma or an "and" of its own covers, word for word (case,
// commas and an article aside): "Strain of muscle, fascia and tendon of
// lower back" in "strain of muscle, fascia and tendon of the lower back,
// cervical strain". It returns 0 where none does. A list is never cut
// inside what it covers.
func (cs *CodeSet) Official(text string) int {
	ws := textWords(text)
	if len(ws) < 3 {
		return 0
	}
	best := 0
	for _, id := range cs.officials()[ws[0].lower] {
		e := &cs.entries[id]
		k := cs.coverWords(cs.descOf(e), ws)
		if k == 0 {
			continue
		}
		k += cs.encounterWords(e, ws[k:])
		if n := ws[k-1].end; n > best {
			best = n
		}
	}
	return best
}

// encounterWords returns how many of the words an encounter of the entry
// covers ("subsequent encounter", "sequela"): all its words, or its first
// two.
func (cs *CodeSet) encounterWords(e *codeEntry, ws []textWord) int {
	best := 0
	for _, s := range cs.seventhsOf(e) {
		sw := codeWords(cs.suffixes[s.suffix])
		n := 0
		for n < len(sw) && n < len(ws) && ws[n].lower == sw[n] {
			n++
		}
		if n == len(sw) || n >= 2 {
			best = max(best, n)
		}
	}
	return best
}

// officials indexes the entries whose description has a comma or an
// "and" and more than two words (see isOfficial) by its first word in
// lower case, when first asked. The data file holds the index (see
// icd10data.go); the words are not kept: coverWords reads them from the
// description as it goes.
func (cs *CodeSet) officials() map[string][]int32 {
	cs.officialOnce.Do(func() {
		r := &dataReader{s: cs.officialData}
		all := make([]int32, 0, min(r.uint(), cs.codes))
		n := r.uint()
		cs.official = make(map[string][]int32, min(n, 1<<16))
		for ; n > 0 && r.err == nil; n-- {
			w, k := r.str(), r.uint()
			from, id := len(all), 0
			for ; k > 0 && r.err == nil && len(all) < cap(all); k-- {
				if id += r.uint(); id >= cs.codes {
					r.fail()
				}
				all = append(all, int32(id))
			}
			cs.official[w] = all[from:len(all):len(all)]
		}
	})
	return cs.official
}

// isOfficial reports whether Official reads a description: whether it
// has a comma or an "and", and more than two words.
func isOfficial(desc string) bool {
	return (strings.Contains(desc, ", ") || strings.Contains(desc, " and ")) && atLeastWords(desc, 3)
}

// textWord is a word of a text with its end offset.
type textWord struct {
	lower string
	end   int
}

// textWords splits text into lower-case words of letters or digits.
func textWords(text string) []textWord {
	var out []textWord
	for from, to := nextWord(text, 0); from < to; from, to = nextWord(text, to) {
		out = append(out, textWord{lower: strings.ToLower(text[from:to]), end: to})
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// coverWords returns how many of the text's words say the description
// word for word, or 0; an article of the text's may be skipped and a word
// may be another form of the description's. It reads the description's
// words as codeWords splits them, comparing them in lower case as it
// goes (descriptions are ASCII, see encodeCodeSet).
func (cs *CodeSet) coverWords(desc string, ws []textWord) int {
	k := 0
	for from, to := nextWord(desc, 0); from < to; from, to = nextWord(desc, to) {
		d := desc[from:to]
		for k < len(ws) && !textpat.EqualLower(d, ws[k].lower) && (ws[k].lower == "the" || ws[k].lower == "a") {
			k++
		}
		if k == len(ws) || !textpat.EqualLower(d, ws[k].lower) && cs.stem(ws[k].lower) != cs.stem(textpat.Lower(d)) {
			return 0
		}
		k++
	}
	return k
}

// nextWord returns where the first word of s at or after i starts and
// ends, a word being a run of ASCII letters and digits; from == to where
// there is none.
func nextWord(s string, i int) (from, to int) {
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	from = i
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return from, i
}

// atLeastWords reports whether s has n words or more.
func atLeastWords(s string, n int) bool {
	to := 0
	for ; n > 0; n-- {
		var from int
		if from, to = nextWord(s, to); from == to {
			return false
		}
	}
	return true
}

// officialState is the lazily built index of Official.
type officialState struct {
	officialOnce sync.Once
	official     map[string][]int32 // first word in lower case: entry IDs
}
