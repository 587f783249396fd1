package lexicon

import (
	"strings"
	"sync"
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
		k := cs.coverWords(e.desc, ws)
		if k == 0 {
			continue
		}
		k += encounterWords(e, ws[k:])
		if n := ws[k-1].end; n > best {
			best = n
		}
	}
	return best
}

// encounterWords returns how many of the words an encounter of the entry
// covers ("subsequent encounter", "sequela"): all its words, or its first
// two.
func encounterWords(e *codeEntry, ws []textWord) int {
	best := 0
	for _, s := range e.sevenths {
		sw := codeWords(s.suffix)
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
// "and" and more than two words by its first word in lower case, when
// first asked. The words are not kept: coverWords reads them from the
// description as it goes.
func (cs *CodeSet) officials() map[string][]int32 {
	cs.officialOnce.Do(func() {
		groups := map[string]int32{} // first word: its place in lists
		var lists [][]int32
		var buf []byte
		for i := range cs.entries {
			e := &cs.entries[i]
			if e.index || !strings.Contains(e.desc, ", ") && !strings.Contains(e.desc, " and ") {
				continue
			}
			if !atLeastWords(e.desc, 3) {
				continue
			}
			from, to := nextWord(e.desc, 0)
			buf = appendLower(buf[:0], e.desc[from:to])
			g, ok := groups[string(buf)]
			if !ok {
				g = int32(len(lists))
				groups[string(buf)] = g
				lists = append(lists, nil)
			}
			lists[g] = append(lists[g], int32(i))
		}
		cs.official = make(map[string][]int32, len(groups))
		for w, g := range groups {
			cs.official[w] = lists[g]
		}
	})
	return cs.official
}

// textWord is a word of a text with its end offset.
type textWord struct {
	lower string
	end   int
}

// textWords splits text into lower-case words of letters or digits.
func textWords(text string) []textWord {
	var out []textWord
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		out = append(out, textWord{lower: strings.ToLower(text[i:j]), end: j})
		i = j
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
		for k < len(ws) && !equalLower(d, ws[k].lower) && (ws[k].lower == "the" || ws[k].lower == "a") {
			k++
		}
		if k == len(ws) || !equalLower(d, ws[k].lower) && cs.stem(ws[k].lower) != cs.stem(toLower(d)) {
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

// equalLower reports whether the ASCII word w in lower case is lower.
func equalLower(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != lower[i] {
			return false
		}
	}
	return true
}

// toLower returns an ASCII word in lower case, allocating only where it
// has a capital.
func toLower(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return string(appendLower(nil, w))
		}
	}
	return w
}

// appendLower appends an ASCII word in lower case.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		b = append(b, lowerByte(w[i]))
	}
	return b
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// officialState is the lazily built index of Official.
type officialState struct {
	officialOnce sync.Once
	official     map[string][]int32 // first word in lower case: entry IDs
}
