package inject

import (
	"fmt"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// Guideline chapter: the MAXIMUS guideline cites a chapter for the body
// region the item line names; the chapter turns to one of the same
// source for a region the letter names nowhere.

func chapter(d *letter, i int) (plan, bool) {
	it := d.item(i)
	if it == nil || it.Header == nil {
		return plan{}, false
	}
	head := d.regions(d.bodyParts(it.Header.Span)...)
	if len(head) == 0 {
		return plan{}, false
	}
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
		took := func(cp *extract.Letter) bool { return citedChapter(cp, i, s.Start) == to.Name }
		change := fmt.Sprintf("MAXIMUS guideline chapter: %q (%v) to %q (%v)", m.Text, m.Concept.Regions, to.Name, to.Regions)
		return plan{edits: []edit{{s, to.Name}}, pair: it.Header.Span, change: change, took: took}, true
	}
	return plan{}, false
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
