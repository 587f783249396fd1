package lexicon

import (
	"slices"
	"strings"
)

// index is the compiled form of a lexicon's names and aliases: the words
// they are made of, looked up by form, and a trie of word sequences whose
// nodes hold the concepts an alias ending there names.
type index struct {
	words   []word
	key     map[string]int32   // a word's identity: its stem, or "A" and an abbreviation
	byLower map[string][]int32 // lower-cased forms as written in aliases
	byStem  map[string][]int32
	byAbbr  map[string][]int32 // abbreviations, as written
	fuzzy   [256][]int32       // words open to edits, by first byte
	prefix  map[string]bool    // first bytes of every stem: only such words are stemmed
	not     map[string]bool    // words never matched with edits
	nodes   []node
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

// prefixLen is how many leading bytes of a word decide whether to stem it.
const prefixLen = 3

// compile builds the index of the concepts' names and aliases.
func compile(concepts []*Concept) *index {
	ix := &index{
		key: map[string]int32{}, byLower: map[string][]int32{}, byStem: map[string][]int32{},
		byAbbr: map[string][]int32{}, prefix: map[string]bool{}, not: map[string]bool{},
		nodes: []node{{}},
	}
	for i, c := range concepts {
		for _, n := range c.Not {
			ix.not[n] = true
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
		ids[i] = ix.intern(&toks[i])
	}
	ix.insert(ids, e)
	for j := 0; j+1 < len(toks); j++ {
		cost, ok := aliasJoin(alias[toks[j].end:toks[j+1].start])
		if !ok || !joinable(&toks[j]) || !joinable(&toks[j+1]) {
			continue
		}
		joined := joinToks(&toks[j], &toks[j+1])
		v := e
		v.cost = cost
		ix.insert(slices.Concat(ids[:j], []int32{ix.intern(&joined)}, ids[j+2:]), v)
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
// more letters, all capitals ("CBT", "TENS").
func isAbbr(t *tok) bool { return t.upper && t.alpha && len(t.text) >= 2 && t.text != "&" }

// intern returns the id of a word of an alias, adding it when new.
func (ix *index) intern(t *tok) int32 {
	k := "w" + t.stemmed()
	if isAbbr(t) {
		k = "A" + t.text
	}
	id, ok := ix.key[k]
	if !ok {
		id = int32(len(ix.words))
		ix.key[k] = id
		ix.words = append(ix.words, word{lower: t.lower, stem: t.stemmed(), abbr: isAbbr(t)})
		ix.addForms(id, t)
	} else if !ix.words[id].abbr {
		ix.byLower[t.lower] = appendID(ix.byLower[t.lower], id)
	}
	return id
}

// addForms files a new word under the forms it is looked up by.
func (ix *index) addForms(id int32, t *tok) {
	if isAbbr(t) {
		ix.byAbbr[t.text] = appendID(ix.byAbbr[t.text], id)
		return
	}
	s := t.stemmed()
	ix.byLower[t.lower] = appendID(ix.byLower[t.lower], id)
	ix.byStem[s] = appendID(ix.byStem[s], id)
	ix.prefix[s[:min(prefixLen, len(s))]] = true
	ix.prefix[t.lower[:min(prefixLen, len(t.lower))]] = true
	if t.alpha && isASCII(t.lower) && len(t.lower) >= 5 {
		ix.fuzzy[t.lower[0]] = append(ix.fuzzy[t.lower[0]], id)
	}
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
