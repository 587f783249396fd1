package lexicon

import "sync"

// A word split by extraction ("phys ical") is read joined when the two
// pieces begin and end words of the vocabulary and together are a form
// an alias writes. The pieces of a word as first written always do; only
// other forms of a word (a plural an alias also writes) need the sets of
// the beginnings and ends of all words, built the first time one is met.

// splitWords holds the beginnings and the ends of the words of the
// vocabulary, made on first use.
type splitWords struct {
	once         sync.Once
	heads, tails map[string]bool
}

// joinedWord returns the vocabulary words that a and b, read as one
// word, are: a must begin and b end a word of the vocabulary.
func (ix *index) joinedWord(a, b string) []int32 {
	var buf [2 * maxWord]byte
	w := append(append(buf[:0], a...), b...)
	ids := ix.byLower[string(w)]
	if len(ids) == 0 || ix.firstForm(ids, w) {
		return ids
	}
	ix.split.once.Do(ix.buildSplit)
	if !ix.split.heads[a] || !ix.split.tails[b] {
		return nil
	}
	return ids
}

// firstForm reports whether one of the words ids was first written as w,
// in letters: its pieces begin and end a word of the vocabulary.
func (ix *index) firstForm(ids []int32, w []byte) bool {
	for _, id := range ids {
		if x := &ix.words[id]; x.split && x.lower == string(w) {
			return true
		}
	}
	return false
}

// buildSplit fills the beginnings and ends of the words.
func (ix *index) buildSplit() {
	ix.split.heads, ix.split.tails = map[string]bool{}, map[string]bool{}
	for i := range ix.words {
		w := &ix.words[i]
		if !w.split {
			continue
		}
		for k := 1; k < len(w.lower); k++ {
			ix.split.heads[w.lower[:k]] = true
			ix.split.tails[w.lower[k:]] = true
		}
	}
}
