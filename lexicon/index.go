package lexicon

import (
	"slices"
	"strings"
	"sync"
)

// index is the compiled form of a lexicon's names and aliases: the words
// they are made of, looked up by form, and a trie of word sequences whose
// nodes hold the concepts an alias ending there names (the tables).
type index struct {
	concepts []*Concept // the lexicon's, which ends refer to by place
	ranks    []int8     // per concept, the rank of its kind (see kindRank)
	words    []word
	edits    [26][maxWord + 1][]nearWord // words open to edits, by first letter and length
	t        *tables
	split    splitWords
	seen     wordCache
	phrases  phraseCache
	c        *compiling // while compiling
}

// wordKey is a word's identity: its stem and ending, or an abbreviation
// as written.
type wordKey struct {
	stem, ending string
	abbr         bool
}

// word is one word of the vocabulary.
type word struct {
	lower, stem string
	abbr        bool // written in capitals in the lexicon: matched only so
	split       bool // letters in ASCII: read also when split in two
}

// end is an alias ending at a node: its concept, the edits the variant
// itself costs (an alias written as one word) and the laterality an alias
// such as "RUE" carries.
type end struct {
	c     *Concept
	order int // the concept's place in the lexicon, to break ties
	cost  int
	side  string
}

// compile builds the index of the concepts' names and aliases.
func compile(concepts []*Concept) *index {
	n := 0
	for _, c := range concepts {
		n += 1 + len(c.Aliases)
	}
	ix := &index{concepts: concepts, c: &compiling{
		key: make(map[wordKey]int32, n), formIx: make(map[string]int32, 2*n),
		forms: make([]string, 0, 2*n), lists: make([]building, 0, 2*n),
		nodes: make([][]end, 1, 2*n+1), edges: make(map[uint64]int32, 2*n),
		edgeKey: make([]uint64, 0, 2*n), edgeNode: make([]int32, 0, 2*n),
	}}
	var s aliasScratch
	for i, c := range concepts {
		for _, n := range c.Not {
			ix.c.list(n).not = true
			ix.c.list(stem(n, true)).not = true
		}
		ix.addAlias(c.Name, end{c: c, order: i, side: c.Sides[c.Name]}, &s)
		for _, a := range c.Aliases {
			ix.addAlias(a, end{c: c, order: i, side: c.Sides[a]}, &s)
		}
	}
	ix.t, ix.c = ix.c.freeze(len(ix.words)), nil
	ix.ranks = kindRanks(concepts)
	return ix
}

// kindRanks returns the rank of each concept's kind, by which hits are
// ordered (see better) without comparing kinds' names.
func kindRanks(concepts []*Concept) []int8 {
	ranks := make([]int8, len(concepts))
	for i, c := range concepts {
		ranks[i] = int8(kindRank(c.Kind))
	}
	return ranks
}

// aliasScratch holds the buffers compiling an alias reuses.
type aliasScratch struct {
	toks       []tok
	ids, joins []int32
}

// addAlias adds an alias and its variants written as one word where two
// of its words meet: free across a hyphen ("x-ray", "xray"), one edit
// across a space ("physical therapy", "physicaltherapy").
func (ix *index) addAlias(alias string, e end, s *aliasScratch) {
	s.toks = scanInto(s.toks[:0], alias)
	toks := s.toks
	s.ids = s.ids[:0]
	for i := range toks {
		s.ids = append(s.ids, ix.intern(&toks[i], true))
	}
	ix.insert(s.ids, e)
	for j := 0; j+1 < len(toks); j++ {
		cost, ok := aliasJoin(alias[toks[j].end:toks[j+1].start])
		if !ok || !joinable(&toks[j]) || !joinable(&toks[j+1]) {
			continue
		}
		joined := joinToks(&toks[j], &toks[j+1])
		v := e
		v.cost = cost
		s.joins = append(append(append(s.joins[:0], s.ids[:j]...), ix.intern(&joined, false)), s.ids[j+2:]...)
		ix.insert(s.joins, v)
	}
}

// aliasJoin tells whether two words of an alias may be written as one,
// and at what cost.
func aliasJoin(gap string) (int, bool) {
	switch strings.TrimSpace(gap) {
	case "-":
		return 0, true
	case "":
		return 1, gap != ""
	}
	return 0, false
}

func joinable(t *tok) bool { return t.alpha && !isAbbr(t) }

func joinToks(a, b *tok) tok {
	return tok{text: a.text + b.text, lower: a.lower + b.lower, alpha: true}
}

// isAbbr reports whether a word of an alias is an abbreviation: two or
// more letters, all capitals ("CBT", "TENS"), or its plural ("SSEPs").
func isAbbr(t *tok) bool {
	return t.upper && t.alpha && len(t.text) >= 2 && t.text != "&" || abbrPlural(t.text) != ""
}

// abbrKey is the form an abbreviation is filed under: without its plural.
func abbrKey(t *tok) string {
	if a := abbrPlural(t.text); a != "" {
		return a
	}
	return t.text
}

// intern returns the id of a word of an alias, adding it when new. Words
// are one when their stems and endings are (see ending). A
// word that two alias words make written together is not open to edits:
// one defect per word is what matching forgives.
func (ix *index) intern(t *tok, edits bool) int32 {
	k := wordKey{stem: t.stemmed(), ending: ending(t.lower, t.stemmed())}
	if isAbbr(t) {
		k = wordKey{stem: abbrKey(t), abbr: true}
	}
	c := ix.c
	id, ok := c.key[k]
	if !ok {
		id = int32(len(ix.words))
		c.key[k] = id
		ix.words = append(ix.words, word{lower: t.lower, stem: t.stemmed(), abbr: isAbbr(t)})
		ix.addForms(id, t, edits)
	} else if !ix.words[id].abbr {
		l := c.list(t.lower)
		l.lower = appendID(l.lower, id)
	}
	return id
}

// addForms files a new word under the forms it is looked up by.
func (ix *index) addForms(id int32, t *tok, edits bool) {
	c := ix.c
	if isAbbr(t) {
		l := c.list(abbrKey(t))
		l.abbr = appendID(l.abbr, id)
		return
	}
	s := t.stemmed()
	l := c.list(t.lower)
	l.lower = appendID(l.lower, id)
	l = c.list(s)
	l.stem = appendID(l.stem, id)
	l.stemHead = true
	if strings.HasSuffix(s, "i") {
		c.list(s[:len(s)-1] + "y").stemHead = true // "therapy" stems to "therapi"
	}
	if !t.alpha || !isASCII(t.lower) {
		return
	}
	ix.words[id].split = true
	if w := t.lower; edits && len(w) >= 6 && len(w) <= maxWord && w[0] >= 'a' && w[0] <= 'z' {
		ix.edits[w[0]-'a'][len(w)] = append(ix.edits[w[0]-'a'][len(w)], nearWord{id, letters(w)})
	}
}

// nearWord is a word open to edits with the set of letters it has.
type nearWord struct {
	id      int32
	letters uint32
}

// letters returns the set of letters a-z in w as bits.
func letters(w string) uint32 {
	var set uint32
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			set |= 1 << (c - 'a')
		}
	}
	return set
}

func appendID(ids []int32, id int32) []int32 {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// insert adds a word sequence to the trie, ending at e. A concept that
// already ends there keeps the cheaper variant.
func (ix *index) insert(ids []int32, e end) {
	c := ix.c
	n := int32(0)
	for _, id := range ids {
		child, ok := c.edges[edge(n, id)]
		if !ok {
			child = int32(len(c.nodes))
			c.nodes = append(c.nodes, nil)
			c.edges[edge(n, id)] = child
			c.edgeKey = append(c.edgeKey, edge(n, id))
			c.edgeNode = append(c.edgeNode, child)
		}
		n = child
	}
	c.nodes[n] = addEnd(c.nodes[n], e)
}

// edge is the key of the trie link from node n by word id.
func edge(n, id int32) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(id)) }

func addEnd(ends []end, e end) []end {
	for i, x := range ends {
		if x.c == e.c && x.side == e.side {
			ends[i].cost = min(x.cost, e.cost)
			return ends
		}
	}
	return append(ends, e)
}

// wordCache keeps what the words of texts were found to be, since the
// words of letters recur from one to the next and stemming and edit
// distances cost more than the rest of matching. It stops growing at
// maxCached words.
type wordCache struct {
	mu sync.RWMutex
	m  map[string][]unit // text as written -> the words it is
}

const maxCached = 1 << 16

// cached returns the vocabulary words a token is on its own. A token of
// more than letters (a number, a date, a case number) is looked up
// each time: it costs no stemming nor edits, and most such tokens are a
// letter's own, which would fill the cache as a corpus grows.
func (ix *index) cached(t *tok) []unit {
	if !t.alpha {
		return ix.single(t, nil)
	}
	c := &ix.seen
	c.mu.RLock()
	us, ok := c.m[t.text]
	c.mu.RUnlock()
	if ok {
		return us
	}
	us = ix.single(t, nil)
	c.mu.Lock()
	if c.m == nil {
		c.m = make(map[string][]unit, 1024)
	}
	if len(c.m) < maxCached {
		c.m[strings.Clone(t.text)] = us // the token is a substring of the caller's whole text
	}
	c.mu.Unlock()
	return us
}

// recall fills in the slots of the tokens of a text that the cache knows,
// under one lock for the whole text rather than one a token.
func (c *wordCache) recall(toks []tok, slots []slot) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for i := range toks {
		if toks[i].alpha {
			if us, ok := c.m[toks[i].text]; ok {
				slots[i].single, slots[i].done = us, 1
			}
		}
	}
}

// forget empties the caches, for measuring matching cold.
func (ix *index) forget() {
	ix.seen.mu.Lock()
	ix.seen.m = nil
	ix.seen.mu.Unlock()
	ix.phrases.mu.Lock()
	ix.phrases.m, ix.phrases.n, ix.phrases.once = [3][1 << maxKinds]map[string][]Match{}, 0, nil
	ix.phrases.mu.Unlock()
}
