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
	for _, o := range cs.officials()[ws[0].lower] {
		e := &cs.entries[o.id]
		k := cs.coverWords(o.words, ws)
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

// official is an entry of the index of Official, with the words of its
// description, split once.
type official struct {
	id    int32
	words []string
}

// officials indexes the entries whose description has a comma or an
// "and" by its first word, when first asked.
func (cs *CodeSet) officials() map[string][]official {
	cs.officialOnce.Do(func() {
		cs.official = map[string][]official{}
		for i := range cs.entries {
			e := &cs.entries[i]
			if e.index || !strings.Contains(e.desc, ", ") && !strings.Contains(e.desc, " and ") {
				continue
			}
			if ws := codeWords(e.desc); len(ws) > 2 {
				cs.official[ws[0]] = append(cs.official[ws[0]], official{int32(i), ws})
			}
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
// may be another form of the description's.
func (cs *CodeSet) coverWords(desc []string, ws []textWord) int {
	k := 0
	for _, d := range desc {
		for k < len(ws) && ws[k].lower != d && (ws[k].lower == "the" || ws[k].lower == "a") {
			k++
		}
		if k == len(ws) || ws[k].lower != d && cs.stem(ws[k].lower) != cs.stem(d) {
			return 0
		}
		k++
	}
	return k
}

// officialState is the lazily built index of Official.
type officialState struct {
	officialOnce sync.Once
	official     map[string][]official
}
