package lexicon

import (
	"slices"
	"strings"
	"sync"
)

// A word split by extraction ("phys ical") is read joined when the two
// pieces begin and end words of the vocabulary and together are a form
// an alias writes. The pieces of a word as first written always do; only
// other forms of a word (a plural an alias also writes) need the
// beginnings and ends of all words, looked up in the sorted words and
// their sorted reversals, made the first time one is met.

// splitWords holds the words that are read when split, sorted, and the
// same reversed, made on first use.
type splitWords struct {
	once          sync.Once
	words, rwords []string
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
	ix.split.once.Do(ix.sortSplit)
	if !beginsWord(ix.split.words, a) || !beginsWord(ix.split.rwords, reverse(w[len(w):], b)) {
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

// sortSplit sorts the words read when split, and their reversals.
func (ix *index) sortSplit() {
	var words, rwords []string
	for i := range ix.words {
		if w := &ix.words[i]; w.split {
			words = append(words, w.lower)
			rwords = append(rwords, reverse(nil, w.lower))
		}
	}
	slices.Sort(words)
	slices.Sort(rwords)
	ix.split.words, ix.split.rwords = words, rwords
}

// beginsWord reports whether p is the beginning of a longer word of the
// sorted words.
func beginsWord(words []string, p string) bool {
	i, _ := slices.BinarySearch(words, p)
	for i < len(words) && words[i] == p {
		i++
	}
	return i < len(words) && strings.HasPrefix(words[i], p)
}

// reverse returns s with its bytes reversed, using buf.
func reverse(buf []byte, s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		buf = append(buf, s[i])
	}
	return string(buf)
}
