package lexicon

// Default's vocabulary is the embedded files loaded ahead of time:
// snapshotdata.go, made by go test -run TestSnapshot -update from what
// loading the files builds, holds the concepts, the words and the index's
// tables as static data, and fromSnapshot only points a lexicon at them.
// TestSnapshot checks the file is up to date and that the lexicon made
// from it is the one Load makes.

//go:generate go test -run ^TestSnapshot$ -update

// snapshot is a loaded lexicon as static data.
type snapshot struct {
	concepts []Concept  // in load order, without their sides
	sides    []snapSide // the aliases that carry a side
	words    []word
	edits    [26][maxWord + 1][]nearWord
	tables   tables
	split    [2][256][]int32 // the words read when split, by first and last byte
}

// snapSide is an alias of concepts[concept] that carries a side.
type snapSide struct {
	concept     int32
	alias, side string
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
	l.ix = &index{concepts: l.concepts, ranks: kindRanks(l.concepts), words: s.words, edits: s.edits, t: &s.tables}
	l.ix.split.once.Do(func() { l.ix.split.byFirst, l.ix.split.byLast = s.split[0], s.split[1] })
	return l
}
