package lexicon

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
)

// phraseCache keeps what Find, Best and Chapters gave for short texts,
// since the phrases of letters recur from one to the next (guideline
// citations, services): up to maxPhrases texts of up to maxPhraseLen bytes.
// The texts of each question have a map of their own, keyed by the text
// alone, which hashes faster than a key of text and question.
type phraseCache struct {
	mu   sync.RWMutex
	m    [3][1 << maxKinds]map[string][]Match // by question; for Best, its match alone or none
	n    int                                  // the texts kept
	once []uint64                             // hashes of keys asked about once (see asked)
}

// askedSlots is the size of the table of keys asked about once.
const askedSlots = 1 << 15

// seed hashes the keys of the table of keys asked about once.
var seed = maphash.MakeSeed()

// asked reports whether a key was asked about before, and notes it if
// not, in a table of hashes of fixed size: a text is kept on its second
// asking, so that the texts of one letter alone (those with its case
// number or its dates) do not fill the cache as a corpus grows, and the
// memory stays flat. A hash another key took over is asked again. Called
// with c.mu held.
func (c *phraseCache) asked(k phraseKey) bool {
	if c.once == nil {
		c.once = make([]uint64, askedSlots)
	}
	h := maphash.String(seed, k.text) ^ uint64(k.kinds)<<2 ^ uint64(k.question())
	h |= 1 // 0 marks an empty slot
	slot := &c.once[h%askedSlots]
	if *slot == h {
		return true
	}
	*slot = h
	return false
}

const (
	maxPhrases   = 1 << 14
	maxPhraseLen = 1 << 10
	maxKinds     = 8 // the kinds a question may name, a bit each
)

// phraseKey is a text and what was asked of it.
type phraseKey struct {
	text     string
	kinds    uint8 // the kinds asked for, a bit each; 0 for all
	best     bool  // Best, not Find
	chapters bool  // Chapters, not Find
}

// question returns the place of what a key asks in phraseCache.m.
func (k phraseKey) question() int {
	switch {
	case k.best:
		return 1
	case k.chapters:
		return 2
	}
	return 0
}

// kindBits returns the kinds as bits, 0 for none (all).
func kindBits(kinds []Kind) (uint8, bool) {
	var bits uint8
	for _, k := range kinds {
		r := kindRank(k)
		if r < 0 || r >= maxKinds {
			return 0, false // a kind no concept has: not cached
		}
		bits |= 1 << r
	}
	return bits, true
}

// lookup returns the matches kept for a key.
func (c *phraseCache) lookup(k phraseKey) ([]Match, bool) {
	c.mu.RLock()
	r, ok := c.m[k.question()][k.kinds][k.text]
	c.mu.RUnlock()
	return r, ok
}

// keep keeps a copy of the matches for a key when there is room and the
// key was asked about before (see asked).
func (c *phraseCache) keep(k phraseKey, r []Match) {
	if len(k.text) > maxPhraseLen {
		return
	}
	c.mu.Lock()
	if !c.asked(k) {
		c.mu.Unlock()
		return
	}
	m := &c.m[k.question()][k.kinds]
	if *m == nil {
		*m = make(map[string][]Match, 64)
	}
	if _, ok := (*m)[k.text]; !ok && c.n < maxPhrases {
		text := strings.Clone(k.text)
		(*m)[text] = own(slices.Clone(r), k.text, text)
		c.n++
	}
	c.mu.Unlock()
}

// own points the texts of matches found in text into its copy, so that
// what the cache keeps holds no part of the caller's text (a text is a
// substring of a whole letter, which a kept substring would keep alive).
func own(ms []Match, text, copied string) []Match {
	for i, m := range ms {
		if m.Start >= 0 && m.Start <= m.End && m.End <= len(text) && text[m.Start:m.End] == m.Text {
			ms[i].Text = copied[m.Start:m.End]
		} else {
			ms[i].Text = strings.Clone(m.Text)
		}
	}
	return ms
}

// find is Find through the cache: the matches returned are the caller's.
func (l *Lexicon) find(text string, kinds []Kind) []Match {
	bits, ok := kindBits(kinds)
	if !ok || len(text) > maxPhraseLen {
		return l.findAll(text, kinds)
	}
	k := phraseKey{text: text, kinds: bits}
	if r, ok := l.ix.phrases.lookup(k); ok {
		return slices.Clone(r)
	}
	ms := l.findAll(text, kinds)
	l.ix.phrases.keep(k, ms)
	return ms
}

// chapters is Chapters through the cache: the matches returned are the
// caller's.
func (l *Lexicon) chapters(text string) []Match {
	if len(text) > maxPhraseLen {
		return l.chaptersOf(text)
	}
	k := phraseKey{text: text, chapters: true}
	if r, ok := l.ix.phrases.lookup(k); ok {
		return slices.Clone(r)
	}
	ms := l.chaptersOf(text)
	l.ix.phrases.keep(k, ms)
	return ms
}

// best is Best through the cache.
func (l *Lexicon) best(phrase string, kinds []Kind) (Match, bool) {
	bits, ok := kindBits(kinds)
	if !ok || len(phrase) > maxPhraseLen {
		return l.bestOf(phrase, kinds)
	}
	k := phraseKey{text: phrase, kinds: bits, best: true}
	if r, ok := l.ix.phrases.lookup(k); ok {
		if len(r) == 0 {
			return Match{}, false
		}
		return r[0], true
	}
	m, found := l.bestOf(phrase, kinds)
	var r []Match
	if found {
		r = []Match{m}
	}
	l.ix.phrases.keep(k, r)
	return m, found
}
