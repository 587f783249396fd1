package lexicon

import (
	"strings"
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
	return snowball(lower)
}

// snowballs keeps the stems snowball gave for words outside the table,
// up to maxSnowballs words: the words of letters and of official
// descriptions recur, and each is stemmed again for every description it
// is compared with.
var snowballs struct {
	sync.RWMutex
	m map[string]string
}

const maxSnowballs = 1 << 13

// snowball returns the snowball stem of a lower-cased ASCII word. What it
// keeps is copied, so that a word cut from a letter does not keep the
// letter alive.
func snowball(w string) string {
	snowballs.RLock()
	s, ok := snowballs.m[w]
	snowballs.RUnlock()
	if ok {
		return s
	}
	s = english.Stem(w, false)
	snowballs.Lock()
	if snowballs.m == nil {
		snowballs.m = make(map[string]string)
	}
	if len(snowballs.m) < maxSnowballs {
		snowballs.m[strings.Clone(w)] = strings.Clone(s)
	}
	snowballs.Unlock()
	return s
}

// stemEntry is a word of the stem table and its stem.
type stemEntry struct{ word, stem string }

// knownStem looks a word up in the stem table, through stemSlots: a hash
// table of its words, made with it ahead of time, whose slot i holds the
// index of a word plus one, or 0.
func knownStem(w string) (string, bool) {
	mask := uint32(len(stemSlots) - 1)
	for i := hashWord(w) & mask; stemSlots[i] != 0; i = (i + 1) & mask {
		if e := &stemTable[stemSlots[i]-1]; e.word == w {
			return e.stem, true
		}
	}
	return "", false
}

// hashWord is the FNV-1a hash of a word.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
