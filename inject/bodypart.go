package inject

import (
	"fmt"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// Body part: the item line and the rationale's request name a body part
// of one region; one of them turns to a body part of a region the letter
// names nowhere (a limb for a part given a side, so "right knee" reads
// "right elbow").

// partPair returns the item line's body part and a part of the same
// region in the request the rationale's conclusion judges (extract's
// Rationale.Judged, where it names a body part).
func (d *letter) partPair(i int) (head, judged mention, ok bool) {
	it := d.item(i)
	if it == nil || it.Header == nil {
		return mention{}, mention{}, false
	}
	for _, h := range d.bodyParts(it.Header.Span) {
		if len(d.regions(h)) == 0 || d.inService(it.Header.Span, h) {
			continue
		}
		j := d.judged(i)
		for _, r := range d.bodyParts(j) {
			if near(d.regions(r), d.regions(h)) && !d.inService(j, r) {
				return h, r, true
			}
		}
	}
	return mention{}, mention{}, false
}

// inService reports whether a body part is part of a service's name
// inside s ("facet joint" of "facet joint injection"): changing it would
// change the service too.
func (d *letter) inService(s extract.Span, m mention) bool {
	for _, x := range d.find(s, lexicon.KindService, lexicon.KindDrug) {
		if x.Start < m.End && m.Start < x.End {
			return true
		}
	}
	return false
}

func bodyPartItem(d *letter, i int) (plan, bool) {
	h, r, ok := d.partPair(i)
	if !ok {
		return plan{}, false
	}
	return d.replacePart(h, r, "item line")
}

func bodyPartRationale(d *letter, i int) (plan, bool) {
	h, r, ok := d.partPair(i)
	if !ok {
		return plan{}, false
	}
	return d.replacePart(r, h, "rationale's request")
}

// replacePart plans the replacement of the body part at m; pair keeps
// the item's region.
func (d *letter) replacePart(m, pair mention, where string) (plan, bool) {
	c, ok := d.otherPart(m.side != "")
	if !ok {
		return plan{}, false
	}
	change := fmt.Sprintf("body part in the %s: %q (%v) to %q (%v)", where, d.at(m.Span), d.regions(m), c.Name, c.Regions)
	return plan{edits: []edit{{m.Span, c.Name}}, pair: pair.Span, change: change}, true
}

// otherPart draws a body part of the lexicon whose regions are near no
// region the letter names; a limb where sided asks for one.
func (d *letter) otherPart(sided bool) (*lexicon.Concept, bool) {
	var named []string
	for _, p := range d.allParts() {
		named = append(named, d.regions(p)...)
	}
	for _, it := range d.Items {
		if it.Header != nil {
			named = append(named, d.regions(d.bodyParts(it.Header.Span)...)...)
		}
	}
	var cands []*lexicon.Concept
	for _, c := range d.lex.Concepts(lexicon.KindBodyPart) {
		if len(c.Regions) == 0 || near(c.Regions, named) || sided != limb(c.Regions) {
			continue
		}
		if m, ok := d.lex.Best(c.Name, lexicon.KindBodyPart); ok && m.Concept == c && m.Text == c.Name {
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return nil, false
	}
	return cands[d.pick(len(cands))], true
}

// limb reports whether the regions lie in an arm or a leg.
func limb(regions []string) bool {
	for _, r := range regions {
		if lexicon.Within(r, "upper-extremity") || lexicon.Within(r, "lower-extremity") {
			return true
		}
	}
	return false
}
