package inject

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// Guideline chapter: the MAXIMUS guideline cites chapters for the body
// region the item line names; each turns to a chapter of its source for
// a region the letter names nowhere, so no chapter for the item's region
// is left.

func chapter(d *letter, i int) (plan, bool) {
	it := d.item(i)
	if it == nil || it.Header == nil {
		return plan{}, false
	}
	head := d.regions(d.bodyParts(it.Header.Span)...)
	if len(head) == 0 {
		return plan{}, false
	}
	var p plan
	var names []string
	for _, c := range it.Guidelines.Citations {
		if c.By != extract.ByMaximus {
			continue
		}
		m, ok := d.lex.Chapter(c.Text)
		if !ok || len(m.Concept.Regions) == 0 || !near(m.Concept.Regions, head) {
			continue
		}
		to, ok := d.otherChapter(m.Concept)
		if !ok {
			return plan{}, false
		}
		s := extract.Span{Start: c.Start + m.Start, End: c.Start + m.End}
		p.edits = append(p.edits, edit{s, to.Name})
		names = append(names, fmt.Sprintf("%q (%v) to %q (%v)", m.Text, m.Concept.Regions, to.Name, to.Regions))
	}
	if len(p.edits) == 0 {
		return plan{}, false
	}
	edits := p.edits
	p.took = func(cp *extract.Letter) bool {
		shift := 0 // edits before move the ones after
		for _, e := range edits {
			if citedChapter(cp, i, e.Start+shift) != e.text {
				return false
			}
			shift += len(e.text) - e.Len()
		}
		return true
	}
	p.pair, p.change = it.Header.Span, "MAXIMUS guideline chapter: "+strings.Join(names, "; ")
	return p, true
}

// otherChapter draws a chapter of c's source whose regions are near no
// region the letter names.
func (d *letter) otherChapter(c *lexicon.Concept) (*lexicon.Concept, bool) {
	named := d.regions(d.allParts()...)
	for _, it := range d.Items {
		if it.Header != nil {
			named = append(named, d.regions(d.bodyParts(it.Header.Span)...)...)
		}
	}
	named = append(named, c.Regions...)
	var cands []*lexicon.Concept
	for _, x := range d.lex.Concepts(lexicon.KindChapter) {
		if x.Source == c.Source && len(x.Regions) > 0 && !near(x.Regions, named) {
			cands = append(cands, x)
		}
	}
	if len(cands) == 0 {
		return nil, false
	}
	return cands[d.pick(len(cands))], true
}

// citedChapter is the chapter of item i's MAXIMUS citation that starts
// at or before off and ends after it, in a letter read back.
func citedChapter(l *extract.Letter, i, off int) string {
	if i >= len(l.Items) {
		return ""
	}
	for _, c := range l.Items[i].Guidelines.Citations {
		if c.By == extract.ByMaximus && c.Start <= off && off < c.End {
			return string(c.Chapter)
		}
	}
	return ""
}
