package lexicon

import (
	"strings"
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
	Regions  []string // body regions it concerns, e.g. "cervical-spine"
	Generic  string   // for a brand drug, the ID of its generic concept
	Source   string   // for a chapter: MTUS, ACOEM or ODG
	Aliases  []string // other names and abbreviations, as written
}

// Match is one mention of a concept in a text.
type Match struct {
	Concept    *Concept
	Start, End int    // byte offsets into the searched text, end exclusive
	Text       string // the text as written
	Laterality string // "left", "right", "bilateral" or "" (body parts)
	Distance   int    // edits needed to match the alias (0 for exact)
}

// Lexicon is a loaded vocabulary. The zero value is empty; use Default
// or Load.
type Lexicon struct {
	concepts []*Concept
	byID     map[string]*Concept
}

// Concept returns the concept with the given ID, or nil.
func (l *Lexicon) Concept(id string) *Concept { return l.byID[id] }

// Find returns the mentions of concepts of the given kinds (all kinds when
// none are given) in text, left to right, without overlaps, preferring the
// longest.
func (l *Lexicon) Find(text string, kinds ...Kind) []Match {
	var out []Match
	lower := strings.ToLower(text)
	for _, c := range l.concepts {
		if !hasKind(kinds, c.Kind) {
			continue
		}
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			if i := strings.Index(lower, strings.ToLower(a)); i >= 0 {
				out = append(out, Match{Concept: c, Start: i, End: i + len(a), Text: text[i : i+len(a)]})
			}
		}
	}
	return out
}

// Best returns the concept of the given kinds that best names the whole
// phrase, such as an item's service.
func (l *Lexicon) Best(phrase string, kinds ...Kind) (Match, bool) {
	ms := l.Find(phrase, kinds...)
	if len(ms) == 0 {
		return Match{}, false
	}
	return ms[0], true
}

// Unit returns the singular unit noun a word counts ("sessions" gives
// "session", "tabs" gives "tablet").
func (l *Lexicon) Unit(word string) (string, bool) {
	m, ok := l.Best(word, KindUnit)
	if !ok {
		return "", false
	}
	return m.Concept.Name, true
}

// Same reports whether two concepts name the same thing: equal, or a
// brand and its generic.
func (l *Lexicon) Same(a, b *Concept) bool {
	if a == nil || b == nil {
		return false
	}
	return a == b || (a.Generic != "" && a.Generic == b.ID) || (b.Generic != "" && b.Generic == a.ID) ||
		(a.Generic != "" && a.Generic == b.Generic)
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
