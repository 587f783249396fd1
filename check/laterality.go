package check

import (
	"fmt"
	"unicode/utf8"

	"github.com/imrkit/imrkit/extract"
)

// Sides that contradict each other:
//
//   - an item line's side against the other side the rationale gives
//     the same body region when it speaks of the case ("MRI of the right
//     hip" judged on "the left hips");
//   - a side against the side the same phrase gives it ("Left ankle DTR
//     was +2 on the right");
//   - the summary giving one body region both sides in separate
//     statements, with no "bilateral" anywhere ("persistent left knee
//     pain" and "pain in ... the right knee").
//
// Sentences that compare the two sides ("compared to the right foot",
// "left 4+/5 and right 5/5") or note the sound side ("normal findings in
// the left shoulder for comparison") give no side of their own.

var (
	// comparing marks a sentence that sets one side against the other.
	comparing = patternOf(`(?i)\b(?:compar\w*|normal|unremarkable|unrestricted|intact|contralateral|unaffected|uninjured|symmetric\w*|5/5|5 out of 5|versus|vs\.?)\b`).StartsWith("5cinsuv")
	// onTheSide gives a side after a body part: "on the right".
	onTheSide = patternOf(`(?i)^[^.;,]{0,30}?\bon the (left|right)\b`)
)

// sideReach is how far after a part onTheSide may read: its 30
// characters of any size, "on the right", and the character after, which
// \b looks at.
const sideReach = 30*utf8.UTFMax + len("on the right") + utf8.UTFMax

// checkLaterality finds contradicting sides.
func checkLaterality(d *letter) []Finding {
	out := d.eachItem(d.judgedSide, d.itemSide, d.itemOnlySide)
	out = append(out, d.phraseSides()...)
	if f, ok := d.summarySides(); ok {
		out = append(out, f)
	}
	return out
}

// opposite reports whether two sides are left and right.
func opposite(a, b string) bool {
	return a == "left" && b == "right" || a == "right" && b == "left"
}

// sided returns the parts of a sentence with a side of their own: none
// when the sentence compares the sides or names one part on both sides.
func (d *letter) sided(sent extract.Span) []part {
	ps := d.parts(sent)
	if !anySided(ps) || comparing.MatchIn(d.at(sent), d.low(sent)) {
		return nil
	}
	sides := map[string]string{}
	for _, p := range ps {
		if s := sides[p.concept.ID]; opposite(s, p.side) {
			return nil
		}
		if p.side != "" {
			sides[p.concept.ID] = p.side
		}
	}
	var out []part
	for _, p := range ps {
		if p.side == "left" || p.side == "right" {
			out = append(out, p)
		}
	}
	return out
}

// itemSide finds the rationale giving a region of the item line the
// other side.
func (d *letter) itemSide(i int) (Finding, bool) {
	it := &d.Items[i]
	for _, h := range d.itemParts(i) {
		if h.side != "left" && h.side != "right" || d.bothSides(i, h) {
			continue
		}
		for _, sent := range d.caseSentences(it.Rationale.Span) {
			for _, p := range d.sided(sent) {
				if opposite(h.side, p.side) && anyEqual(h.regions(), p.regions()) {
					return Finding{
						Code:     CodeLaterality,
						Severity: Error,
						Message:  fmt.Sprintf("the item line gives the %s side (%q) but the rationale speaks of the %s (%q)", h.side, d.at(d.clause(h.Span)), d.withSide(p), d.at(d.clause(p.Span))),
						Item:     i,
						Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(d.clause(p.Span), "rationale")},
					}, true
				}
			}
		}
	}
	return Finding{}, false
}

// judgedSide compares the item line's side of a body region with the
// side of the request the conclusion judges ("the request for MRI of the
// left knee" for the right knee).
func (d *letter) judgedSide(i int) (Finding, bool) {
	p, ok := d.judgedPart(i)
	if !ok || p.side != "left" && p.side != "right" {
		return Finding{}, false
	}
	it := &d.Items[i]
	for _, h := range d.itemParts(i) {
		if opposite(h.side, p.side) && anyEqual(h.regions(), p.regions()) && !d.bothSides(i, h) {
			return Finding{
				Code:     CodeLaterality,
				Severity: Error,
				Message:  fmt.Sprintf("the item line gives the %s side (%q) but the rationale's conclusion judges %q", h.side, d.at(d.clause(h.Span)), it.Rationale.Judged.Text),
				Item:     i,
				Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(it.Rationale.Judged.Span, "rationale")},
			}, true
		}
	}
	return Finding{}, false
}

// bothSides reports whether the item line also names h's region on the
// other side.
func (d *letter) bothSides(i int, h part) bool {
	for _, p := range d.itemParts(i) {
		if opposite(p.side, h.side) && anyEqual(p.regions(), h.regions()) || p.side == "bilateral" && anyEqual(p.regions(), h.regions()) {
			return true
		}
	}
	return false
}

func anyEqual(as, bs []string) bool {
	for _, a := range as {
		for _, b := range bs {
			if a == b {
				return true
			}
		}
	}
	return false
}

// phraseSides finds a part given a side and then the other: "Left ankle
// DTR was +2 on the right".
func (d *letter) phraseSides() []Finding {
	var out []Finding
	in := extract.Span{Start: d.summary().Start, End: len(d.text)}
	if d.summary().Len() == 0 {
		return nil
	}
	ps := d.parts(in)
	for k, p := range ps {
		after := extract.Span{Start: p.End, End: min(in.End, p.End+sideReach)}
		m := onTheSide.FindIn(d.at(after), d.low(after))
		if m == nil || !opposite(p.side, d.text[p.End+m[2]:p.End+m[3]]) {
			continue
		}
		if k+1 < len(ps) && ps[k+1].Start < p.End+m[1] {
			continue // the side is the next part's: "left shoulder and wrist pain more on the right"
		}
		s := extract.Span{Start: d.sideStart(p), End: p.End + m[1]}
		out = append(out, Finding{
			Code:     CodeLaterality,
			Severity: Error,
			Message:  fmt.Sprintf("%q gives the %s the %s side and then the other", d.at(s), d.at(p.Span), p.side),
			Item:     d.rationaleItem(s.Start),
			Evidence: []Evidence{d.ev(extract.Span{Start: d.sideStart(p), End: p.End}, d.role(p.Start)), d.ev(extract.Span{Start: p.End + m[2] - len("on the "), End: p.End + m[3]}, d.role(p.Start))},
		})
	}
	return out
}

// sideStart returns where the side word before a part begins, or the
// part's start.
func (d *letter) sideStart(p part) int {
	before := d.text[max(0, p.Start-40):p.Start]
	if m := sideBefore.FindStringIndex(before); m != nil {
		return p.Start - len(before) + m[0]
	}
	return p.Start
}

// withSide writes a part with its side: "left hips", "right shoulder".
func (d *letter) withSide(p part) string {
	if start := d.sideStart(p); start < p.Start {
		return collapse(d.text[start:p.End])
	}
	return p.side + " " + d.at(p.Span)
}

var sideBefore = patternOf(`(?i)\b(?:left|right)\b[\w\s-]{0,25}$`)

// summarySides finds a body region the summary gives both sides in
// separate statements, with no "bilateral" for it.
func (d *letter) summarySides() (Finding, bool) {
	first := map[string]map[string]part{} // region, side: first part
	for _, sent := range d.sentencesIn(d.summary()) {
		for _, p := range d.sided(sent) {
			for _, r := range p.regions() {
				if first[r] == nil {
					first[r] = map[string]part{}
				}
				if _, ok := first[r][p.side]; !ok {
					first[r][p.side] = p
				}
			}
		}
	}
	bilateral := d.bilateralRegions()
	for _, r := range sortedKeys(first) {
		l, okL := first[r]["left"]
		rt, okR := first[r]["right"]
		if !okL || !okR || bilateral[r] {
			continue
		}
		a, b := l, rt
		if b.Start < a.Start {
			a, b = b, a
		}
		return Finding{
			Code:     CodeLaterality,
			Severity: Warning,
			Message:  fmt.Sprintf("the summary speaks of the %s (%q) and of the %s (%q)", d.withSide(a), d.at(d.clause(a.Span)), d.withSide(b), d.at(d.clause(b.Span))),
			Item:     -1,
			Evidence: []Evidence{d.ev(d.clause(a.Span), "summary"), d.ev(d.clause(b.Span), "summary")},
		}, true
	}
	return Finding{}, false
}

// bilateralRegions are the regions the summary names on both sides.
func (d *letter) bilateralRegions() map[string]bool {
	out := map[string]bool{}
	for _, p := range d.parts(d.summary()) {
		if p.side == "bilateral" {
			for _, r := range p.regions() {
				out[r] = true
			}
		}
	}
	return out
}

// itemOnlySide finds an item line giving a paired part one side while
// the summary and the item's rationale give that part only the other
// side, more than once. It is a warning: the summary need not name every
// part under treatment.
func (d *letter) itemOnlySide(i int) (Finding, bool) {
	it := &d.Items[i]
	for _, h := range d.itemParts(i) {
		if h.side != "left" && h.side != "right" || d.bothSides(i, h) || d.otherItemSide(i, h) {
			continue
		}
		var other []part
		for _, in := range []extract.Span{d.summary(), it.Rationale.Span} {
			for _, p := range d.parts(in) {
				if p.concept.ID != h.concept.ID {
					continue
				}
				if p.side == h.side || p.side == "bilateral" {
					return Finding{}, false
				}
				if opposite(h.side, p.side) {
					other = append(other, p)
				}
			}
		}
		if len(other) < 2 {
			continue
		}
		p := other[0]
		return Finding{
			Code:     CodeLaterality,
			Severity: Warning,
			Message: fmt.Sprintf("the item line gives the %s side (%q) but the letter speaks only of the %s (%d mentions, first %q)",
				h.side, d.at(d.clause(h.Span)), d.withSide(p), len(other), d.at(d.clause(p.Span))),
			Item:     i,
			Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(d.clause(p.Span), d.role(p.Start))},
		}, true
	}
	return Finding{}, false
}

// otherItemSide reports whether another item line names h's part on the
// same side: the letter then decides on that side too.
func (d *letter) otherItemSide(i int, h part) bool {
	if d.bySide == nil {
		d.bySide = map[string]int{}
		for k := range d.Items {
			seen := map[string]bool{}
			for _, p := range d.itemParts(k) {
				key := p.concept.ID + " " + p.side
				if !seen[key] {
					seen[key] = true
					d.bySide[key]++
				}
			}
		}
	}
	return d.bySide[h.concept.ID+" "+h.side] > 1
}

// anySided reports whether a part has a side.
func anySided(ps []part) bool {
	for _, p := range ps {
		if p.side == "left" || p.side == "right" {
			return true
		}
	}
	return false
}
