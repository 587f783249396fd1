package lexicon

import (
	"slices"
	"strings"
)

// tables is the index frozen for matching: the forms words are looked up
// by and the trie, in plain arrays that hold no pointer but the string of
// the forms, so that the embedded vocabulary's are static data (see
// snapshot.go) and the garbage collector has nothing in them to follow.
type tables struct {
	forms    string     // every form, one after another, sorted
	formEnd  []uint32   // form i is forms[formEnd[i-1]:formEnd[i]], form 0 from 0
	formAt   []uint32   // hash table of the forms: a form's index + 1, or 0
	lists    []formList // per form, what is filed under it
	ids      []int32    // the words of the lists
	edgeKey  []uint64   // the trie's links (see edge), sorted,
	edgeNode []int32    // the node each leads to,
	edgeAt   []uint32   // in a hash table: a link's index + 1, or 0
	nodeEnd  []uint32   // node i's ends are ends[nodeEnd[i]:nodeEnd[i+1]]
	ends     []endRec
	roots    []int32  // per word, the node the root links to by it, 0 (the root) for none
	joins    []uint64 // bits of the ways to cut in two a form that words are written as (see joinBit)
}

// formList is what is filed under a form: the words it is as written
// (lower-cased), as a stem and as an abbreviation, and whether words may
// stem to it and whether it is never matched with edits.
type formList struct {
	lower, stem, abbr idSpan
	stemHead, not     bool
}

// idSpan is a list of words: ids[off : off+n].
type idSpan struct{ off, n uint32 }

// endRec is an alias ending at a node: its concept's place in the
// lexicon, the edits the variant costs and the side it carries.
type endRec struct {
	concept int32
	cost    int8
	side    uint8 // index in sideNames
}

// sideNames are the sides an alias may carry, "" for none.
var sideNames = []string{"", "left", "right", "bilateral"}

// form returns the index of a form, or -1.
func (t *tables) form(s string) int { return t.form2(s, "") }

// form2 returns the index of the form a and b make together, or -1.
func (t *tables) form2(a, b string) int { return t.formHashed(hashMore(hashWord(a), b), a, b) }

// formHashed is form2 given the hash of a and b together.
func (t *tables) formHashed(h uint32, a, b string) int {
	if len(t.formAt) == 0 {
		return -1
	}
	mask := uint32(len(t.formAt) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		k := t.formAt[i]
		if k == 0 {
			return -1
		}
		if f := t.formText(int(k - 1)); len(f) == len(a)+len(b) && strings.HasPrefix(f, a) && f[len(a):] == b {
			return int(k - 1)
		}
	}
}

// list returns what is filed under form s, nothing when s is no form.
func (t *tables) list(s string) *formList { return t.listHashed(hashWord(s), s) }

// listHashed is list given the hash of s.
func (t *tables) listHashed(h uint32, s string) *formList {
	if i := t.formHashed(h, s, ""); i >= 0 {
		return &t.lists[i]
	}
	return &noForm
}

// noForm is what is filed under a string that is no form: nothing. It is
// never written.
var noForm formList

// formText returns form i.
func (t *tables) formText(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.formEnd[i-1]
	}
	return t.forms[start:t.formEnd[i]]
}

// hashMore continues the FNV-1a hash h over s.
func hashMore(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// idsOf returns the words of a list.
func (t *tables) idsOf(s idSpan) []int32 { return t.ids[s.off : s.off+s.n : s.off+s.n] }

// byAbbr returns the abbreviations written s.
func (t *tables) byAbbr(s string) []int32 {
	if i := t.form(s); i >= 0 {
		return t.idsOf(t.lists[i].abbr)
	}
	return nil
}

// not reports whether s is never matched with edits.
func (t *tables) not(s string) bool {
	i := t.form(s)
	return i >= 0 && t.lists[i].not
}

// child returns the node the trie links to from node n by word id: from
// the root, where every walk starts, by the array of roots; from another
// node, by the hash of links.
func (t *tables) child(n, id int32) (int32, bool) {
	if n == 0 {
		r := t.roots[id]
		return r, r != 0
	}
	return t.linked(n, id)
}

// linked returns the node the hash of links leads to from node n by
// word id.
func (t *tables) linked(n, id int32) (int32, bool) {
	if len(t.edgeAt) == 0 {
		return 0, false
	}
	k := edge(n, id)
	mask := uint32(len(t.edgeAt) - 1)
	for i := hashEdge(k) & mask; ; i = (i + 1) & mask {
		e := t.edgeAt[i]
		if e == 0 {
			return 0, false
		}
		if t.edgeKey[e-1] == k {
			return t.edgeNode[e-1], true
		}
	}
}

// mayJoin reports whether two words, non-empty, may make together a form
// that some word is written as: a filter that keeps most pairs of a
// text's words from being looked up joined (see joinBit).
func (t *tables) mayJoin(a, b string) bool {
	bit := joinBit(a, b)
	return t.joins[bit/64]&(1<<(bit%64)) != 0
}

// joinBits returns the bits of the ways to cut in two each form that
// some word is written as (see joinBit).
func (t *tables) joinBits() []uint64 {
	bits := make([]uint64, 1<<joinLog/64)
	for f := range t.lists {
		if t.lists[f].lower.n == 0 {
			continue
		}
		w := t.formText(f)
		for k := 1; k < len(w); k++ {
			bit := joinBit(w[:k], w[k:])
			bits[bit/64] |= 1 << (bit % 64)
		}
	}
	return bits
}

// joinLog is the log2 of the number of bits of the filter of joins.
const joinLog = 18

// joinBit returns the bit of the filter of joins that two non-empty
// pieces of a form set: a hash of their first and last bytes and their
// lengths. A pair whose bit is clear makes no form; one whose bit is set
// may, or share the bit with pieces that do.
func joinBit(a, b string) uint32 {
	k := uint64(a[0]) | uint64(a[len(a)-1])<<8 | uint64(b[0])<<16 | uint64(b[len(b)-1])<<24 |
		uint64(len(a))<<32 | uint64(len(b))<<48
	return uint32((k * 0x9e3779b97f4a7c15) >> (64 - joinLog))
}

// rootsOf returns, for each of n words, the node the trie links to from
// its root by the word, or 0 (the root, which no link leads to) for none.
func rootsOf(edgeKey []uint64, edgeNode []int32, n int) []int32 {
	roots := make([]int32, n)
	for i, k := range edgeKey {
		if k>>32 == 0 {
			roots[uint32(k)] = edgeNode[i]
		}
	}
	return roots
}

// hashEdge hashes a link's key.
func hashEdge(k uint64) uint32 { return uint32((k * 0x9e3779b97f4a7c15) >> 32) }

// endsOf returns the ends of node n.
func (t *tables) endsOf(n int32) []endRec { return t.ends[t.nodeEnd[n]:t.nodeEnd[n+1]] }

// compiling holds the index while it is built: the forms in the order
// first met, with maps to find them, and the trie's links in the order
// made.
type compiling struct {
	key      map[wordKey]int32 // a word's identity
	formIx   map[string]int32  // a form's place in forms
	forms    []string
	lists    []building       // per form, what is filed under it
	nodes    [][]end          // the trie's nodes: the aliases ending at each
	edges    map[uint64]int32 // the trie's links: a node and a word to the child
	edgeKey  []uint64         // the links in the order made,
	edgeNode []int32          // and the nodes they lead to
}

// building is what is filed under a form while compiling (see formList).
type building struct {
	lower, stem, abbr []int32
	stemHead, not     bool
}

// list returns what is filed under a form, filing the form when new.
func (c *compiling) list(form string) *building {
	i, ok := c.formIx[form]
	if !ok {
		i = int32(len(c.forms))
		c.formIx[form] = i
		c.forms = append(c.forms, form)
		c.lists = append(c.lists, building{})
	}
	return &c.lists[i]
}

// freeze makes the tables of what was compiled, of n words.
func (c *compiling) freeze(n int) *tables {
	t := &tables{edgeKey: c.edgeKey, edgeNode: c.edgeNode, roots: rootsOf(c.edgeKey, c.edgeNode, n)}
	size := 0
	for _, f := range c.forms {
		size += len(f)
	}
	var forms strings.Builder
	forms.Grow(size)
	t.formEnd, t.lists = make([]uint32, len(c.forms)), make([]formList, len(c.forms))
	for i, f := range c.forms {
		forms.WriteString(f)
		t.formEnd[i] = uint32(forms.Len())
		b := &c.lists[i]
		t.lists[i] = formList{
			lower: t.addIDs(b.lower), stem: t.addIDs(b.stem), abbr: t.addIDs(b.abbr),
			stemHead: b.stemHead, not: b.not,
		}
	}
	t.forms = forms.String()
	t.joins = t.joinBits()
	t.formAt = hashSlots(len(c.forms), func(i int) uint32 { return hashWord(t.formText(i)) })
	t.edgeAt = hashSlots(len(t.edgeKey), func(i int) uint32 { return hashEdge(t.edgeKey[i]) })
	t.nodeEnd = make([]uint32, len(c.nodes)+1)
	for n, ends := range c.nodes {
		for _, e := range ends {
			t.ends = append(t.ends, endRec{concept: int32(e.order), cost: int8(e.cost), side: uint8(slices.Index(sideNames, e.side))})
		}
		t.nodeEnd[n+1] = uint32(len(t.ends))
	}
	return t
}

// addIDs files a list of words and returns where.
func (t *tables) addIDs(ids []int32) idSpan {
	s := idSpan{uint32(len(t.ids)), uint32(len(ids))}
	t.ids = append(t.ids, ids...)
	return s
}

// hashSlots returns an open-addressing hash table of n entries, a quarter
// to a half full: slot i holds an entry's index + 1, or 0.
func hashSlots(n int, hash func(i int) uint32) []uint32 {
	size := 1
	for size < 2*n {
		size *= 2
	}
	slots := make([]uint32, size)
	mask := uint32(size - 1)
	for k := range n {
		i := hash(k) & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint32(k + 1)
	}
	return slots
}
