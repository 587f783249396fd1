package lexicon

import (
	"strings"
	"sync"
)

// A word split by extraction ("phys ical") is read joined when the two
// pieces begin and end words of the vocabulary and together are a form
// an alias writes. The pieces of a word as first written always do; only
// other forms of a word (a plural an alias also writes) need the
// beginnings and ends of all words, looked up among the words of the same
// first (last) letter, filed the first time one is met.

// splitWords files the words that are read when split by their first and
// by their last byte, on first use.
type splitWords struct {
	once            sync.Once
	byFirst, byLast [256][]int32
}

// joinedWord returns the vocabulary words that a and b, read as one
// word, are: a must begin and b end a word of the vocabulary.
func (ix *index) joinedWord(a, b string) []int32 {
	if !ix.t.mayJoin(a, b) {
		return nil
	}
	f := ix.t.form2(a, b)
	if f < 0 {
		return nil
	}
	ids := ix.t.idsOf(ix.t.lists[f].lower)
	if len(ids) == 0 || ix.firstForm(ids, ix.t.formText(f)) {
		return ids
	}
	ix.split.once.Do(ix.fileSplit)
	if !ix.begins(a) || !ix.ends(b) {
		return nil
	}
	return ids
}

// firstForm reports whether one of the words ids was first written as w,
// in letters: its pieces begin and end a word of the vocabulary.
func (ix *index) firstForm(ids []int32, w string) bool {
	for _, id := range ids {
		if x := &ix.words[id]; x.split && x.lower == w {
			return true
		}
	}
	return false
}

// fileSplit files the words read when split by their first and last
// bytes.
func (ix *index) fileSplit() {
	sw := &ix.split
	for i := range ix.words {
		if w := ix.words[i].lower; ix.words[i].split && w != "" {
			sw.byFirst[w[0]] = append(sw.byFirst[w[0]], int32(i))
			sw.byLast[w[len(w)-1]] = append(sw.byLast[w[len(w)-1]], int32(i))
		}
	}
}

// begins reports whether a is the beginning of a longer word.
func (ix *index) begins(a string) bool {
	for _, id := range ix.split.byFirst[a[0]] {
		if w := ix.words[id].lower; len(w) > len(a) && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// ends reports whether b is the end of a longer word.
func (ix *index) ends(b string) bool {
	for _, id := range ix.split.byLast[b[len(b)-1]] {
		if w := ix.words[id].lower; len(w) > len(b) && strings.HasSuffix(w, b) {
			return true
		}
	}
	return false
}
