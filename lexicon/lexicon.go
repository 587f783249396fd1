package lexicon

import (
	"embed"
	"io/fs"
	"slices"
	"sync"
)

// Kind is the kind of thing a concept names.
type Kind string

// Kinds of concept.
const (
	KindService   Kind = "service"   // treatments, procedures, tests, equipment
	KindDrug      Kind = "drug"      // medications, brand and generic
	KindDiagnosis Kind = "diagnosis" // conditions
	KindBodyPart  Kind = "body_part" // anatomy, with the body region it belongs to
	KindChapter   Kind = "chapter"   // guideline chapters (MTUS, ACOEM, ODG)
	KindUnit      Kind = "unit"      // nouns that count a request (session, tablet)
)

// Concept is one entry of the lexicon.
type Concept struct {
	ID       string   // stable identifier, e.g. "cognitive-behavioral-therapy"
	Kind     Kind     // what it names
	Name     string   // preferred name, e.g. "cognitive behavioral therapy"
	Category string   // service or diagnosis category, e.g. "psychological"
	Class    string   // for a drug, its class, e.g. "opioid"
	Regions  []string // body regions it concerns, e.g. "cervical-spine"
	Generic  string   // for a brand drug, the ID of its generic concept
	// Alternatives are the IDs of other services or drugs that letters
	// name for the same request: a form or an alternative of this one
	// ("electrodiagnostic studies" for an EMG); it holds both ways.
	Alternatives []string
	Source       string            // for a chapter: MTUS, ACOEM or ODG
	Aliases      []string          // other names and abbreviations, as written
	Sides        map[string]string // aliases that carry a laterality, e.g. "RUE": "right"
	Not          []string          // words that look like a misspelled alias but are other words
}

// Match is one mention of a concept in a text.
type Match struct {
	Concept    *Concept
	Start, End int    // byte offsets into the searched text, end exclusive
	Text       string // the text as written
	Laterality string // "left", "right", "bilateral" or "" (body parts)
	Distance   int    // edits needed to match the alias (0 for exact)
}

// Lexicon is a loaded vocabulary, safe for concurrent use. The zero value
// is empty; use Default or Load.
type Lexicon struct {
	concepts []*Concept
	byID     map[string]*Concept
	ix       *index
}

//go:embed data/*.lex
var embedded embed.FS

var defaultOnce struct {
	sync.Once
	lex *Lexicon
}

// Default returns the embedded vocabulary, made on first use from the
// files as loaded ahead of time (snapshot.go). An error in the embedded
// files is caught by the package's tests; should one slip through,
// Default holds every entry that did load.
func Default() *Lexicon {
	defaultOnce.Do(func() { defaultOnce.lex = fromSnapshot(&snap) })
	return defaultOnce.lex
}

// Load reads the embedded vocabulary, then the *.lex files at the root of
// each folder in turn, through the same code. A section whose ID is
// already known extends that concept: the keys it gives replace single
// values and add to lists. A section with a new ID adds a concept.
//
// Loading is strict and goes on after an error: the error returned is an
// ErrorList of every problem found, each as "path:line:col: message" with
// the path inside its folder. The lexicon returned holds every concept
// that loaded, even when the error is not nil.
func Load(fsyss ...fs.FS) (*Lexicon, error) {
	return load(true, fsyss...)
}

// load reads the embedded vocabulary and the folders, strictly or not
// (see builder.finish).
func load(strict bool, fsyss ...fs.FS) (*Lexicon, error) {
	b := newBuilder(strict)
	data, _ := fs.Sub(embedded, "data")
	b.loadFS(data, "data/", false)
	for _, fsys := range fsyss {
		b.loadFS(fsys, "", true)
	}
	return b.finish()
}

// Concept returns the concept with the given ID, or nil.
func (l *Lexicon) Concept(id string) *Concept { return l.byID[id] }

// Concepts returns the concepts of the given kinds (all kinds when none
// are given), in the order they were loaded.
func (l *Lexicon) Concepts(kinds ...Kind) []*Concept {
	var out []*Concept
	for _, c := range l.concepts {
		if hasKind(kinds, c.Kind) {
			out = append(out, c)
		}
	}
	return out
}

// Canonical returns the concept a drug's brand name stands for, following
// Generic; any other concept is its own canonical form. It returns nil for
// nil.
func (l *Lexicon) Canonical(c *Concept) *Concept {
	for range 8 { // brand chains are short; the bound guards a cycle
		if c == nil || c.Generic == "" || l.byID[c.Generic] == nil {
			return c
		}
		c = l.byID[c.Generic]
	}
	return c
}

// Same reports whether two concepts name the same thing: equal, or a
// brand and its generic, or two brands of one generic.
func (l *Lexicon) Same(a, b *Concept) bool {
	if a == nil || b == nil {
		return false
	}
	return l.Canonical(a) == l.Canonical(b)
}

// Alternative reports whether two services or drugs may name one
// request: the same (Same), or declared alternatives of one another in
// the data (the key alternatives, read both ways, on a concept or its
// generic).
func (l *Lexicon) Alternative(a, b *Concept) bool {
	if l.Same(a, b) {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	ga, gb := l.Canonical(a), l.Canonical(b)
	return lists(a, ga, b.ID, gb.ID) || lists(b, gb, a.ID, ga.ID)
}

// lists reports whether concept c or its generic g declares x or y as an
// alternative.
func lists(c, g *Concept, x, y string) bool {
	for _, k := range []*Concept{c, g} {
		if slices.Contains(k.Alternatives, x) || slices.Contains(k.Alternatives, y) {
			return true
		}
	}
	return false
}

// Region returns the body regions a concept concerns: its own, else those
// of its canonical form (a brand has its generic's).
func (l *Lexicon) Region(c *Concept) []string {
	if c == nil {
		return nil
	}
	if len(c.Regions) == 0 {
		if g := l.Canonical(c); g != c {
			return g.Regions
		}
	}
	return c.Regions
}

func hasKind(kinds []Kind, k Kind) bool {
	if len(kinds) == 0 {
		return true
	}
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}
