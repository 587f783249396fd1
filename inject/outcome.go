package inject

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Outcome: the outcome word and the rationale's conclusion agree (Upheld
// with not medically necessary, Overturned with medically necessary);
// one of them flips.

// outcomePair returns the outcome and the conclusion of item i where they
// agree and the conclusion is written as its value.
func (d *letter) outcomePair(i int) (out, concl *extract.Fact[string], ok bool) {
	it := d.item(i)
	if it == nil || it.Outcome == nil || it.Rationale.Conclusion == nil {
		return nil, nil, false
	}
	c := it.Rationale.Conclusion
	agree := it.Outcome.Value == extract.Upheld && c.Value == extract.NotNecessary ||
		it.Outcome.Value == extract.Overturned && c.Value == extract.Necessary
	return it.Outcome, c, agree && strings.EqualFold(c.Text, c.Value)
}

var otherOutcome = map[string]string{"upheld": "overturned", "overturned": "upheld"}

func outcomeWord(d *letter, i int) (plan, bool) {
	o, c, ok := d.outcomePair(i)
	if !ok || otherOutcome[strings.ToLower(o.Text)] == "" {
		return plan{}, false
	}
	to := matchCase(o.Text, otherOutcome[strings.ToLower(o.Text)])
	took := func(cp *extract.Letter) bool {
		it := itemOf(cp, i)
		return it != nil && it.Outcome != nil && it.Outcome.Value == otherOutcome[o.Value]
	}
	return plan{edits: []edit{{o.Span, to}}, pair: c.Span, change: fmt.Sprintf("outcome: %s to %s", o.Text, to), took: took}, true
}

func conclusionWord(d *letter, i int) (plan, bool) {
	o, c, ok := d.outcomePair(i)
	if !ok {
		return plan{}, false
	}
	e := edit{Span: c.Span, text: matchCase(c.Text, "not ") + c.Text}
	want := extract.NotNecessary
	if c.Value == extract.NotNecessary {
		e = edit{Span: extract.Span{Start: c.Start, End: c.Start + len("not ")}}
		want = extract.Necessary
	}
	took := func(cp *extract.Letter) bool {
		it := itemOf(cp, i)
		return it != nil && it.Rationale.Conclusion != nil && it.Rationale.Conclusion.Value == want
	}
	change := fmt.Sprintf("conclusion: %q to %q", c.Text, want)
	return plan{edits: []edit{e}, pair: o.Span, change: change, took: took}, true
}
