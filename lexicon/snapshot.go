package lexicon

// Default's vocabulary is the embedded files loaded ahead of time:
// snapshotdata.go, made by go test -run TestSnapshot -update from what
// loading the files builds, holds the concepts and the compiled index as
// tables, and fromSnapshot makes the lexicon from them in a tenth of the
// time loading takes. TestSnapshot checks the file is up to date and
// that the lexicon made from it is the one Load makes.

//go:generate go test -run ^TestSnapshot$ -update

// snapshot is a loaded lexicon as tables.
type snapshot struct {
	concepts  []Concept  // in load order, without their sides
	sides     []snapSide // the aliases that carry a side
	words     []word
	lower     []snapIDs // index.byLower
	stem      []snapIDs // index.byStem
	abbr      []snapIDs // index.byAbbr
	stemHead  []string
	not       []string
	edits     []snapEdit
	nodeCount int
	ends      []snapEnd // the ends of the trie's nodes, by node
	edges     []snapEdge
}

// snapSide is an alias of concepts[concept] that carries a side.
type snapSide struct {
	concept     int32
	alias, side string
}

// snapIDs is a form and the words filed under it.
type snapIDs struct {
	key string
	ids []int32
}

// snapEdit is a word open to edits, filed by first letter and length.
type snapEdit struct {
	first, length int8
	w             nearWord
}

// snapEnd is an alias ending at a node.
type snapEnd struct {
	node, concept, cost int32
	side                string
}

// snapEdge is a link of the trie.
type snapEdge struct {
	key   uint64
	child int32
}

// fromSnapshot makes the lexicon a snapshot holds.
func fromSnapshot(s *snapshot) *Lexicon {
	l := &Lexicon{concepts: make([]*Concept, len(s.concepts)), byID: make(map[string]*Concept, len(s.concepts))}
	for i := range s.concepts {
		c := &s.concepts[i]
		l.concepts[i], l.byID[c.ID] = c, c
	}
	for _, sd := range s.sides {
		c := l.concepts[sd.concept]
		if c.Sides == nil {
			c.Sides = map[string]string{}
		}
		c.Sides[sd.alias] = sd.side
	}
	l.ix = s.index(l.concepts)
	return l
}

// index makes the index a snapshot holds.
func (s *snapshot) index(concepts []*Concept) *index {
	ix := &index{
		words: s.words, byLower: idMap(s.lower), byStem: idMap(s.stem), byAbbr: idMap(s.abbr),
		stemHead: setOf(s.stemHead), not: setOf(s.not), nodes: make([]node, s.nodeCount),
		edges: make(map[uint64]int32, len(s.edges)),
	}
	for _, e := range s.edits {
		ix.edits[e.first][e.length] = append(ix.edits[e.first][e.length], e.w)
	}
	ends := make([]end, len(s.ends))
	for i := 0; i < len(s.ends); {
		j := i
		for ; j < len(s.ends) && s.ends[j].node == s.ends[i].node; j++ {
			e := &s.ends[j]
			ends[j] = end{c: concepts[e.concept], order: int(e.concept), cost: int(e.cost), side: e.side}
		}
		ix.nodes[s.ends[i].node].ends = ends[i:j:j]
		i = j
	}
	for _, e := range s.edges {
		ix.edges[e.key] = e.child
	}
	return ix
}

func idMap(list []snapIDs) map[string][]int32 {
	m := make(map[string][]int32, len(list))
	for _, e := range list {
		m[e.key] = e.ids
	}
	return m
}

func setOf(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}
