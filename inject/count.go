package inject

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Count: the item line's count and the count the rationale judges are
// equal; one of the numbers changes.

// countPair returns the item's quantity and the judged one, where equal.
func (d *letter) countPair(i int) (head, judged *extract.Quantity, ok bool) {
	it := d.item(i)
	if it == nil || it.Quantity == nil || len(it.Rationale.Quantities) == 0 {
		return nil, nil, false
	}
	q := &it.Rationale.Quantities[0]
	return it.Quantity, q, q.Value == it.Quantity.Value
}

func countItem(d *letter, i int) (plan, bool) {
	h, r, ok := d.countPair(i)
	if !ok {
		return plan{}, false
	}
	e, from, to, ok := d.changeCount(h)
	if !ok {
		return plan{}, false
	}
	took := func(c *extract.Letter) bool {
		it := itemOf(c, i)
		return it != nil && it.Quantity != nil && it.Quantity.Start == h.Start && it.Quantity.Value != h.Value
	}
	change := fmt.Sprintf("count in the item line %q: %d to %d", h.Text, from, to)
	return plan{edits: []edit{e}, pair: r.Span, change: change, took: took}, true
}

func countRationale(d *letter, i int) (plan, bool) {
	h, r, ok := d.countPair(i)
	if !ok {
		return plan{}, false
	}
	e, from, to, ok := d.changeCount(r)
	if !ok {
		return plan{}, false
	}
	took := func(c *extract.Letter) bool {
		it := itemOf(c, i)
		return it != nil && len(it.Rationale.Quantities) > 0 &&
			it.Rationale.Quantities[0].Start == r.Start && it.Rationale.Quantities[0].Value != r.Value
	}
	change := fmt.Sprintf("count the rationale judges %q: %d to %d", r.Text, from, to)
	return plan{edits: []edit{e}, pair: h.Span, change: change, took: took}, true
}

// changeCount changes the number of a count phrase that gives its
// value ("12" of "2 times a week for 6 weeks (12 sessions)", "10" of
// "7-10 days"), else its first.
func (d *letter) changeCount(q *extract.Quantity) (edit, int, int, bool) {
	s, text := q.Span, d.at(q.Span)
	for _, w := range digitsRe.FindAllStringIndex(text, -1) {
		if text[w[0]:w[1]] == strconv.Itoa(int(q.Value)) {
			s = extract.Span{Start: q.Start + w[0], End: q.Start + w[1]}
		}
	}
	return d.changeNumber(s)
}

func itemOf(l *extract.Letter, i int) *extract.Item {
	if i < 0 || i >= len(l.Items) {
		return nil
	}
	return &l.Items[i]
}

// Strength: a drug strength ("50mg", "7.5/325 mg") in the item line and
// the same strength of the same drug in the request the rationale's
// conclusion judges; one of them changes.

var strengthRe = regexp.MustCompile(`(?i)\b\d+(?:\.\d+)?(?:\s*[/-]\s*\d+(?:\.\d+)?)*\s*(?:mg|mcg|%|ml)\b`)

// strengthPair returns the strength of the drug the rationale's
// conclusion judges (extract's Rationale.Judged, with the strength
// extract read after it) and the same strength after the same drug in
// the item line.
func (d *letter) strengthPair(i int) (head, judged extract.Span, ok bool) {
	it := d.item(i)
	if it == nil || it.Mentions == nil || it.Rationale.Judged == nil || it.Rationale.Judged.Service == nil {
		return head, judged, false
	}
	j := it.Rationale.Judged.Service
	if judged, ok = d.strengthAt(j); !ok {
		return head, judged, false
	}
	for _, h := range it.Mentions.ItemLine.Services {
		if h.Strength != j.Strength || !d.lex.Same(d.lex.Concept(h.Value), d.lex.Concept(j.Value)) {
			continue
		}
		if head, ok = d.strengthAt(&h); ok {
			return head, judged, true
		}
	}
	return head, judged, false
}

// strengthAt returns the span of the strength extract read just after a
// drug's name: the strength written there, if it is the one read.
func (d *letter) strengthAt(m *extract.ServiceMention) (extract.Span, bool) {
	if m.Strength == "" {
		return extract.Span{}, false
	}
	after := d.text[m.End:min(len(d.text), m.End+40)]
	w := strengthRe.FindStringIndex(after)
	if w == nil || strings.TrimSpace(after[:w[0]]) != "" || !sameStrength(after[w[0]:w[1]], string(m.Strength)) {
		return extract.Span{}, false
	}
	return extract.Span{Start: m.End + w[0], End: m.End + w[1]}, true
}

// sameStrength compares strengths without spaces or case.
func sameStrength(a, b string) bool {
	strip := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }
	return strip(a) == strip(b)
}

func strengthItem(d *letter, i int) (plan, bool) {
	h, r, ok := d.strengthPair(i)
	if !ok {
		return plan{}, false
	}
	return d.changeStrength(h, r, "item line")
}

func strengthRationale(d *letter, i int) (plan, bool) {
	h, r, ok := d.strengthPair(i)
	if !ok {
		return plan{}, false
	}
	return d.changeStrength(r, h, "rationale's request")
}

// changeStrength plans a change of the strength at s; pair keeps it.
func (d *letter) changeStrength(s, pair extract.Span, where string) (plan, bool) {
	e, _, _, ok := d.changeNumber(s)
	if !ok {
		return plan{}, false
	}
	after := d.text[s.Start:e.Start] + e.text + d.text[e.End:s.End]
	change := fmt.Sprintf("strength in the %s: %q to %q", where, d.at(s), after)
	return plan{edits: []edit{e}, pair: pair, change: change}, true
}
