package lexicon

import (
	"sync"

	"github.com/kljensen/snowball/english"
)

//go:generate go test -run ^TestStemTable$ -update

// stem returns the snowball stem of a lower-cased word; a word with
// digits or letters outside ASCII is its own stem. The words of the
// embedded vocabulary are looked up in a table made ahead of time
// (stemtable.go), since snowball costs more than all the rest of loading.
func stem(lower string, alpha bool) string {
	if !alpha || !isASCII(lower) {
		return lower
	}
	if s, ok := knownStem(lower); ok {
		return s
	}
	return english.Stem(lower, false)
}

// stemEntry is a word of the stem table and its stem.
type stemEntry struct{ word, stem string }

// stemSlots is a hash table of the stem table's words: slot i holds the
// index of a word plus one, or 0.
var stemSlots struct {
	once  sync.Once
	slots []uint16
}

// knownStem looks a word up in the stem table.
func knownStem(w string) (string, bool) {
	stemSlots.once.Do(fillStemSlots)
	slots := stemSlots.slots
	mask := uint32(len(slots) - 1)
	for i := hashWord(w) & mask; slots[i] != 0; i = (i + 1) & mask {
		if e := &stemTable[slots[i]-1]; e.word == w {
			return e.stem, true
		}
	}
	return "", false
}

// fillStemSlots fills the hash table, a quarter to a half full.
func fillStemSlots() {
	n := 1
	for n < 2*len(stemTable) {
		n *= 2
	}
	slots := make([]uint16, n)
	mask := uint32(n - 1)
	for k := range stemTable {
		i := hashWord(stemTable[k].word) & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint16(k + 1)
	}
	stemSlots.slots = slots
}

// hashWord is the FNV-1a hash of a word.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
