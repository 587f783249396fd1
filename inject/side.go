package inject

import (
	"fmt"

	"github.com/imrkit/imrkit/extract"
)

// Laterality: a body part given one side in the item line and in the
// rationale's request, and never the other side (nor both) anywhere in
// the letter; one of the two turns to the other side.

// sidedPair returns the item line's sided body part and a mention of the
// same region on the same side in the request the rationale's
// conclusion judges (extract's Rationale.Judged, where it names a body
// part); with anywhere, else in any part of the rationale. The side of a
// request is changed only in the judged request (a side in a sentence
// about the injury is no request's); an item line's side is told from
// the rationale's wherever it gives that part a side.
func (d *letter) sidedPair(i int, anywhere bool) (head, judged mention, ok bool) {
	it := d.item(i)
	if it == nil || it.Header == nil {
		return mention{}, mention{}, false
	}
	in := []extract.Span{d.judged(i)}
	if anywhere {
		in = append(in, it.Rationale.Span)
	}
	for _, h := range d.bodyParts(it.Header.Span) {
		if h.word.Len() == 0 || d.otherSideStated(h) {
			continue
		}
		for _, part := range in {
			for _, r := range d.bodyParts(part) {
				if r.side == h.side && r.word.Len() > 0 && near(d.regions(r), d.regions(h)) {
					return h, r, true
				}
			}
		}
	}
	return mention{}, mention{}, false
}

// otherSideStated reports whether the letter gives h's region another
// side anywhere, or both sides.
func (d *letter) otherSideStated(h mention) bool {
	for _, p := range d.allParts() {
		if p.side != "" && p.side != h.side && near(d.regions(p), d.regions(h)) {
			return true
		}
	}
	for _, it := range d.Items {
		if it.Header == nil {
			continue
		}
		for _, p := range d.bodyParts(it.Header.Span) {
			if p.side != "" && p.side != h.side && near(d.regions(p), d.regions(h)) {
				return true
			}
		}
	}
	return false
}

func sideItem(d *letter, i int) (plan, bool) {
	h, r, ok := d.sidedPair(i, true)
	if !ok {
		return plan{}, false
	}
	e := d.flipSide(h.word)
	return plan{edits: []edit{e}, pair: sidePhrase(r), change: d.sideChange("item line", h, e)}, true
}

func sideRationale(d *letter, i int) (plan, bool) {
	h, r, ok := d.sidedPair(i, false)
	if !ok {
		return plan{}, false
	}
	e := d.flipSide(r.word)
	return plan{edits: []edit{e}, pair: sidePhrase(h), change: d.sideChange("rationale's request", r, e)}, true
}

func (d *letter) sideChange(where string, m mention, e edit) string {
	return fmt.Sprintf("side of %q in the %s: %s to %s", d.at(m.Span), where, d.at(e.Span), e.text)
}

// sidePhrase is the span of a body part with its side word.
func sidePhrase(m mention) extract.Span {
	return extract.Span{Start: min(m.word.Start, m.Start), End: max(m.word.End, m.End)}
}
