package check

import (
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// What the lexicon reads in a letter: the concept of each item's
// service, and which mentions name the same service.

// mention is a service named in the text.
type mention struct {
	extract.Span
	concept *lexicon.Concept
}

// itemConcept returns the lexicon concept of an item's service, or nil.
func (d *letter) itemConcept(i int) *lexicon.Concept {
	if c, ok := d.items[i]; ok {
		return c
	}
	if d.items == nil {
		d.items = map[int]*lexicon.Concept{}
	}
	c := d.readConcept(i)
	d.items[i] = c
	return c
}

// readConcept reads the concept of an item's service: the one the
// extraction found, else the lexicon's best reading of the service.
func (d *letter) readConcept(i int) *lexicon.Concept {
	s := d.Items[i].Service
	if s == nil {
		return nil
	}
	if c := d.lex.Concept(string(s.Concept)); c != nil {
		return c
	}
	if m, ok := d.lex.Best(s.Value, lexicon.KindService, lexicon.KindDrug); ok {
		return m.Concept
	}
	return nil
}

// sameService reports whether two concepts name the same service or
// drug, as the lexicon decides.
func (d *letter) sameService(a, b *lexicon.Concept) bool {
	return a != nil && b != nil && d.lex.Same(a, b)
}

// anotherItems reports whether a concept is the service of an item other
// than i, or a form or alternative of it ("the requested surgical
// intervention" for another item's fusion).
func (d *letter) anotherItems(i int, c *lexicon.Concept) bool {
	if c == nil {
		return false
	}
	for k := range d.Items {
		if o := d.itemConcept(k); k != i && o != nil && d.related(o, c) {
			return true
		}
	}
	return false
}

// itemServices counts the items of each service, by canonical concept,
// read once.
func (d *letter) itemServices() map[*lexicon.Concept]int {
	if d.byService != nil {
		return d.byService
	}
	d.byService = map[*lexicon.Concept]int{}
	for k := range d.Items {
		if c := d.itemConcept(k); c != nil {
			d.byService[d.lex.Canonical(c)]++
		}
	}
	return d.byService
}

// headerNames reports whether an item line names a concept, as "Twelve
// acupuncture visits with Capsaicin patch" names the patch.
func (d *letter) headerNames(i int, c *lexicon.Concept) bool {
	for _, m := range d.lex.Find(d.Items[i].Header.Text, lexicon.KindService, lexicon.KindDrug) {
		if d.sameService(m.Concept, c) {
			return true
		}
	}
	return false
}
