package lexicon

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// index is the compiled form of a lexicon's names and aliases: the words
// they are made of, looked up by form, and a trie of word sequences whose
// nodes hold the concepts an alias ending there names.
type index struct {
	words    []word
	key      map[string]int32   // a word's identity: its stem, or "A" and an abbreviation
	byLower  map[string][]int32 // lower-cased forms as written in aliases
	byStem   map[string][]int32
	byAbbr   map[string][]int32          // abbreviations, as written
	stemHead map[string]bool             // what a word must start with for its stem to be worth computing
	edits    [26][maxWord + 1][]nearWord // words open to edits, by first letter and length
	heads    map[string]bool             // the beginnings and
	tails    map[string]bool             // the ends of words, for reading a word split in two
	not      map[string]bool             // words never matched with edits, and their stems
	stems    map[string]string           // stems computed while compiling
	nodes    []node
	seen     wordCache
}

// word is one word of the vocabulary.
type word struct {
	lower, stem string
	abbr        bool // written in capitals in the lexicon: matched only so
}

// node is a trie node: the words that may follow, and the concepts whose
// alias ends here.
type node struct {
	next map[int32]int32
	ends []end
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
	ix := &index{
		key: map[string]int32{}, byLower: map[string][]int32{}, byStem: map[string][]int32{},
		byAbbr: map[string][]int32{}, stemHead: map[string]bool{},
		heads: map[string]bool{}, tails: map[string]bool{}, not: map[string]bool{},
		stems: map[string]string{}, nodes: []node{{}},
	}
	for i, c := range concepts {
		for _, n := range c.Not {
			ix.not[n] = true
			ix.not[stem(n, true)] = true
		}
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			ix.addAlias(a, end{c: c, order: i, side: c.Sides[a]})
		}
	}
	return ix
}

// addAlias adds an alias and its variants written as one word where two
// of its words meet: free across a hyphen ("x-ray", "xray"), one edit
// across a space ("physical therapy", "physicaltherapy").
func (ix *index) addAlias(alias string, e end) {
	toks := scan(alias)
	ids := make([]int32, len(toks))
	for i := range toks {
		ids[i] = ix.intern(ix.stemmed(&toks[i]), true)
	}
	ix.insert(ids, e)
	for j := 0; j+1 < len(toks); j++ {
		cost, ok := aliasJoin(alias[toks[j].end:toks[j+1].start])
		if !ok || !joinable(&toks[j]) || !joinable(&toks[j+1]) {
			continue
		}
		joined := joinToks(&toks[j], &toks[j+1])
		ix.stemmed(&joined)
		v := e
		v.cost = cost
		ix.insert(slices.Concat(ids[:j], []int32{ix.intern(&joined, false)}, ids[j+2:]), v)
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

// stemmed gives t its stem, through the cache of stems already
// computed: the same words recur across aliases.
func (ix *index) stemmed(t *tok) *tok {
	s, ok := ix.stems[t.lower]
	if !ok {
		s = t.stemmed()
		ix.stems[t.lower] = s
	}
	t.stem = s
	return t
}

// intern returns the id of a word of an alias, adding it when new. Words
// are one when their stems and endings are (see ending). A
// word that two alias words make written together is not open to edits:
// one defect per word is what matching forgives.
func (ix *index) intern(t *tok, edits bool) int32 {
	k := "w" + t.stemmed() + "|" + ending(t.lower, t.stemmed())
	if isAbbr(t) {
		k = "A" + abbrKey(t)
	}
	id, ok := ix.key[k]
	if !ok {
		id = int32(len(ix.words))
		ix.key[k] = id
		ix.words = append(ix.words, word{lower: t.lower, stem: t.stemmed(), abbr: isAbbr(t)})
		ix.addForms(id, t, edits)
	} else if !ix.words[id].abbr {
		ix.byLower[t.lower] = appendID(ix.byLower[t.lower], id)
	}
	return id
}

// addForms files a new word under the forms it is looked up by.
func (ix *index) addForms(id int32, t *tok, edits bool) {
	if isAbbr(t) {
		ix.byAbbr[abbrKey(t)] = appendID(ix.byAbbr[abbrKey(t)], id)
		return
	}
	s := t.stemmed()
	ix.byLower[t.lower] = appendID(ix.byLower[t.lower], id)
	ix.byStem[s] = appendID(ix.byStem[s], id)
	ix.stemHead[s] = true
	if strings.HasSuffix(s, "i") {
		ix.stemHead[s[:len(s)-1]+"y"] = true // "therapy" stems to "therapi"
	}
	if !t.alpha || !isASCII(t.lower) {
		return
	}
	for i := 1; i < len(t.lower); i++ {
		ix.heads[t.lower[:i]] = true
		ix.tails[t.lower[i:]] = true
	}
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
	n := int32(0)
	for _, id := range ids {
		if ix.nodes[n].next == nil {
			ix.nodes[n].next = map[int32]int32{}
		}
		child, ok := ix.nodes[n].next[id]
		if !ok {
			child = int32(len(ix.nodes))
			ix.nodes = append(ix.nodes, node{})
			ix.nodes[n].next[id] = child
		}
		n = child
	}
	ix.nodes[n].ends = addEnd(ix.nodes[n].ends, e)
}

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
	m sync.Map // text as written -> []unit
	n atomic.Int64
}

const maxCached = 1 << 16

// cached returns the vocabulary words a token is on its own.
func (ix *index) cached(t *tok) []unit {
	if us, ok := ix.seen.m.Load(t.text); ok {
		return us.([]unit)
	}
	us := ix.single(t, nil)
	if ix.seen.n.Load() < maxCached {
		ix.seen.n.Add(1)
		ix.seen.m.Store(t.text, us)
	}
	return us
}

// forget empties the cache, for measuring matching cold.
func (ix *index) forget() {
	ix.seen.m.Clear()
	ix.seen.n.Store(0)
}
