package inject

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// Service: the item line and the rationale's request name the same
// service (the lexicon decides what is the same: a brand and its
// generic); one of them turns to another service of the lexicon, of the
// same category or of another, that the letter names nowhere.

// servicePair returns the item line's mention of its service and the
// rationale's request mention of the same service.
func (d *letter) servicePair(i int) (head, judged mention, ok bool) {
	it := d.item(i)
	if it == nil || it.Header == nil || it.Service == nil {
		return mention{}, mention{}, false
	}
	c := d.lex.Concept(string(it.Service.Concept))
	if c == nil {
		return mention{}, mention{}, false
	}
	head, ok = d.firstOf(it.Header.Span, c)
	if !ok {
		return mention{}, mention{}, false
	}
	for _, sent := range d.requestSentences(i) {
		if judged, ok = d.firstOf(sent, c); ok {
			return head, judged, true
		}
	}
	return mention{}, mention{}, false
}

// firstOf returns the first mention of concept c (or its brand or
// generic) inside s, widened over the mentions of c that follow it
// closely and a bracket they leave open: "MRI (magnetic resonance
// imaging)" is one mention, so a swap leaves no trace of c.
func (d *letter) firstOf(s extract.Span, c *lexicon.Concept) (mention, bool) {
	var out mention
	found := false
	for _, m := range d.find(s, lexicon.KindService, lexicon.KindDrug) {
		if !d.lex.Same(m.concept, c) {
			continue
		}
		if found && m.Start-out.End > closeBy {
			break
		}
		if !found {
			out, found = m, true
		}
		out.End = m.End
	}
	if found && strings.Count(d.at(out.Span), "(") > strings.Count(d.at(out.Span), ")") &&
		out.End < len(d.text) && d.text[out.End] == ')' {
		out.End++
	}
	return out, found
}

// closeBy is how far apart, in bytes, two mentions of one service may
// stand and still be one phrase.
const closeBy = 12

func serviceItem(same bool) func(*letter, int) (plan, bool) {
	return func(d *letter, i int) (plan, bool) {
		h, r, ok := d.servicePair(i)
		if !ok {
			return plan{}, false
		}
		return d.replaceService(h, r, same, "item line")
	}
}

func serviceRationale(same bool) func(*letter, int) (plan, bool) {
	return func(d *letter, i int) (plan, bool) {
		h, r, ok := d.servicePair(i)
		if !ok {
			return plan{}, false
		}
		return d.replaceService(r, h, same, "rationale's request")
	}
}

// replaceService plans the replacement of the service at m; pair is the
// mention that keeps the service.
func (d *letter) replaceService(m, pair mention, same bool, where string) (plan, bool) {
	c, ok := d.otherService(m.concept, same)
	if !ok {
		return plan{}, false
	}
	name := c.Name
	if d.at(m.Span) == strings.ToUpper(d.at(m.Span)) && len(d.at(m.Span)) > 4 {
		name = strings.ToUpper(name)
	}
	change := fmt.Sprintf("service in the %s: %q (%s) to %q (%s)", where, d.at(m.Span), m.concept.Category, name, c.Category)
	return plan{edits: []edit{{m.Span, name}}, pair: pair.Span, change: change}, true
}

// otherService draws a service or drug of the lexicon of the same
// category as c (or of another), that is not c and that the letter names
// nowhere.
func (d *letter) otherService(c *lexicon.Concept, same bool) (*lexicon.Concept, bool) {
	named := d.namedServices()
	var cands []*lexicon.Concept
	for _, x := range replacements(d.lex) {
		if (x.Category == c.Category) != same || d.lex.Same(x, c) || named[d.lex.Canonical(x)] {
			continue
		}
		cands = append(cands, x)
	}
	if len(cands) == 0 {
		return nil, false
	}
	return cands[d.pick(len(cands))], true
}

// namedServices are the services and drugs the letter names anywhere,
// by their canonical concept.
func (d *letter) namedServices() map[*lexicon.Concept]bool {
	out := map[*lexicon.Concept]bool{}
	for _, m := range d.find(extract.Span{End: len(d.text)}, lexicon.KindService, lexicon.KindDrug) {
		out[d.lex.Canonical(m.concept)] = true
	}
	return out
}

// replacementCache keeps, per lexicon, the services and drugs fit to put
// in a letter.
var replacementCache sync.Map // *lexicon.Lexicon -> []*lexicon.Concept

// replacements are the lexicon's services and drugs that can stand in a
// letter as another service: of a category other than "other", not a
// brand (generic names are the ones every reader knows), not a name for
// the whole category ("diagnostic imaging"), of no body region
// (so that the swap changes the service only), and read back by the
// lexicon as themselves.
func replacements(lex *lexicon.Lexicon) []*lexicon.Concept {
	if v, ok := replacementCache.Load(lex); ok {
		return v.([]*lexicon.Concept)
	}
	var out []*lexicon.Concept
	for _, c := range lex.Concepts(lexicon.KindService, lexicon.KindDrug) {
		if c.Category == "" || c.Category == "other" || c.Generic != "" || namesCategory(c) || len(lex.Region(c)) > 0 ||
			len(lex.Find(c.Name, lexicon.KindBodyPart)) > 0 {
			continue
		}
		if m, ok := lex.Best(c.Name, lexicon.KindService, lexicon.KindDrug); ok && m.Concept == c && m.Text == c.Name {
			out = append(out, c)
		}
	}
	replacementCache.Store(lex, out)
	return out
}

// namesCategory reports whether a concept's name holds every word of its
// category: "diagnostic imaging" names the imaging category as a whole.
func namesCategory(c *lexicon.Concept) bool {
	name := strings.Fields(strings.ToLower(c.Name))
	for _, w := range strings.Split(c.Category, "-") {
		w = strings.TrimSuffix(w, "s")
		if !slices.ContainsFunc(name, func(n string) bool { return strings.TrimSuffix(n, "s") == w }) {
			return false
		}
	}
	return true
}
