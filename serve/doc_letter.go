package serve

import (
	"container/list"
	"slices"
	"sync"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// letter is a letter read and checked, as the review page and the
// downloads need it.
type letter struct {
	*extract.Letter
	SHA    string
	Tree   tree
	Facts  []fact
	Report check.Report
	pageOf func(off int) int // the page of an offset of the normalized text
	Corpus bool              // opened from the corpus
	// Siblings are the letters of the claim file this one came from, in
	// order, itself among them; nil for a file of one letter.
	Siblings []*letter
}

// newLetter checks a letter and collects its facts; pageOf nil means
// the letter's own pages.
func newLetter(l *extract.Letter, pageOf func(int) int, cfg *check.Config) (*letter, error) {
	t, err := letterTree(l)
	if err != nil {
		return nil, err
	}
	if pageOf == nil {
		pageOf = l.Page
	}
	d := &letter{Letter: l, SHA: l.Source.SHA256, Tree: t, Facts: collectFacts(t), pageOf: pageOf}
	d.Report = check.Report{File: l.Source.Path, SHA256: l.Source.SHA256, Case: caseNumber(l), Findings: cfg.Run(l)}
	return d, nil
}

func caseNumber(l *extract.Letter) string {
	if l.CaseNumber == nil {
		return ""
	}
	return l.CaseNumber.Value
}

// factPages is the page of an offset as the stored facts tell it, for
// a letter rebuilt from the corpus without its map back to the PDF: the
// page of the last fact that starts at or before the offset.
func factPages(facts []fact) func(int) int {
	type mark struct{ off, page int }
	var marks []mark
	page := 1
	for _, f := range facts {
		if f.Page > page {
			page = f.Page
		}
		marks = append(marks, mark{f.Span.Start, page})
	}
	return func(off int) int {
		i, _ := slices.BinarySearchFunc(marks, off+1, func(m mark, t int) int { return m.off - t })
		if i == 0 {
			return 1
		}
		return marks[i-1].page
	}
}

// cache holds the letters read lately, by SHA-256, so that the review
// page's downloads and triage find them; the oldest goes first.
type cache struct {
	mu    sync.Mutex
	max   int
	order *list.List // of SHA-256, newest first
	byKey map[string]*list.Element
	items map[string]*letter
}

func newCache(max int) *cache {
	return &cache{max: max, order: list.New(), byKey: map[string]*list.Element{}, items: map[string]*letter{}}
}

func (c *cache) get(sha string) (*letter, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[sha]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return c.items[sha], true
}

func (c *cache) put(d *letter) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[d.SHA]; ok {
		c.order.MoveToFront(e)
		c.items[d.SHA] = d
		return
	}
	c.byKey[d.SHA] = c.order.PushFront(d.SHA)
	c.items[d.SHA] = d
	for c.order.Len() > c.max {
		old := c.order.Remove(c.order.Back()).(string)
		delete(c.byKey, old)
		delete(c.items, old)
	}
}
