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

// servicePair returns the item line's mentions of its service (the
// header, and for a partial certification the original request and the
// authorized part before it: the item line as extract reads it) and the
// mention of the same service in the request the rationale's conclusion
// judges (extract's Rationale.Judged). A rationale whose conclusion
// names no service ("The request is not medically necessary") or
// another one states no side of the pair: a changed item line could not
// be told from it.
func (d *letter) servicePair(i int) (line []mention, judged mention, ok bool) {
	it := d.item(i)
	if it == nil || it.Header == nil || it.Service == nil {
		return nil, mention{}, false
	}
	c := d.lex.Concept(string(it.Service.Concept))
	j := it.Rationale.Judged
	if c == nil || j == nil || j.Service == nil || !d.lex.Same(d.lex.Concept(j.Service.Value), c) {
		return nil, mention{}, false
	}
	line = d.allOf(itemLine(it), c)
	if !slices.ContainsFunc(line, func(m mention) bool { return m.Within(it.Header.Span) }) {
		return nil, mention{}, false
	}
	js := d.allOf(extract.Span{Start: j.Service.Start, End: j.End}, c)
	if len(js) == 0 {
		return nil, mention{}, false
	}
	return line, js[0], true
}

// itemLine is the span of an item line: its header, and for a partial
// certification the original request and the authorized part before it.
func itemLine(it *extract.Item) extract.Span {
	s := it.Header.Span
	if p := it.Partial; p != nil && p.Original != nil && p.Original.Start < s.Start {
		s.Start = p.Original.Start
	}
	return s
}

// allOf returns the mentions of concept c (or its brand or generic)
// inside s, each widened over the mentions of c that follow it closely
// and a bracket they leave open: "MRI (magnetic resonance imaging)" is
// one mention, so a swap leaves no trace of c.
func (d *letter) allOf(s extract.Span, c *lexicon.Concept) []mention {
	var out []mention
	for _, m := range d.find(s, lexicon.KindService, lexicon.KindDrug) {
		if !d.lex.Same(m.concept, c) {
			continue
		}
		if n := len(out); n > 0 && m.Start-out[n-1].End <= closeBy {
			out[n-1].End = m.End
			continue
		}
		out = append(out, m)
	}
	for k, m := range out {
		if strings.Count(d.at(m.Span), "(") > strings.Count(d.at(m.Span), ")") && m.End < len(d.text) && d.text[m.End] == ')' {
			out[k].End++
		}
	}
	return out
}

// closeBy is how far apart, in bytes, two mentions of one service may
// stand and still be one phrase.
const closeBy = 12

func serviceItem(same bool) func(*letter, int) (plan, bool) {
	return func(d *letter, i int) (plan, bool) {
		line, r, ok := d.servicePair(i)
		if !ok {
			return plan{}, false
		}
		return d.replaceService(line, r, same, "item line")
	}
}

func serviceRationale(same bool) func(*letter, int) (plan, bool) {
	return func(d *letter, i int) (plan, bool) {
		line, r, ok := d.servicePair(i)
		if !ok {
			return plan{}, false
		}
		return d.replaceService([]mention{r}, line[len(line)-1], same, "rationale's request")
	}
}

// replaceService plans the replacement of the service at each of ms (one
// service, named once or more in one part); pair is the mention that
// keeps the service.
func (d *letter) replaceService(ms []mention, pair mention, same bool, where string) (plan, bool) {
	c, ok := d.otherService(ms[0].concept, same)
	if !ok {
		return plan{}, false
	}
	var edits []edit
	for _, m := range ms {
		name := c.Name
		if d.at(m.Span) == strings.ToUpper(d.at(m.Span)) && len(d.at(m.Span)) > 4 {
			name = strings.ToUpper(name)
		}
		edits = append(edits, edit{m.Span, name})
	}
	change := fmt.Sprintf("service in the %s: %q (%s) to %q (%s)", where, d.at(ms[0].Span), ms[0].concept.Category, c.Name, c.Category)
	return plan{edits: edits, pair: pair.Span, change: change}, true
}

// otherService draws a service or drug of the lexicon of the same
// category as c (or of another) that the letter names nowhere and that
// may not name c's request: not c, nor a form, part or alternative the
// lexicon declares of it, nor a broader term that declares c its form
// (Lexicon.Alternative reads the declarations both ways). A copy that
// put aquatic therapy for physical therapy would hold no fault.
func (d *letter) otherService(c *lexicon.Concept, same bool) (*lexicon.Concept, bool) {
	named := d.namedServices()
	var cands []*lexicon.Concept
	for _, x := range replacements(d.lex) {
		if (x.Category == c.Category) != same || d.lex.Alternative(x, c) || named[d.lex.Canonical(x)] {
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
