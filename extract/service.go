package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

var (
	countNounsRe = regexp.MustCompile(`(?i)\s*\b(?:sessions|visits)\b`)
	spaceComma   = regexp.MustCompile(`\s+,`)
	doubleComma  = regexp.MustCompile(`,(?:\s*,)+`)
	emptyParens  = regexp.MustCompile(`\(\s*\)`)
)

// service makes the service fact of a header: the header without the
// spans cut from it, with the lexicon concept it names. Its span is the
// header's.
func (p *parser) service(header Span, cut []Span, counted bool) *Service {
	v := p.without(header, cut)
	if counted {
		v = countNounsRe.ReplaceAllString(v, "")
	}
	v = tidy(v)
	if v == "" {
		v = collapse(p.at(header))
	}
	s := &Service{Fact: fact(p, header, v)}
	if c := p.concept(v); c != nil {
		s.Concept, s.Category = Str(c.ID), Str(c.Category)
	}
	return s
}

// without returns the text of in with the cut spans left out.
func (p *parser) without(in Span, cut []Span) string {
	sort.Slice(cut, func(i, j int) bool { return cut[i].Start < cut[j].Start })
	var b strings.Builder
	pos := in.Start
	for _, c := range cut {
		c.Start, c.End = max(c.Start, in.Start), min(c.End, in.End)
		if c.Start > pos {
			b.WriteString(p.text[pos:c.Start])
			b.WriteByte(' ')
		}
		pos = max(pos, c.End)
	}
	if pos < in.End {
		b.WriteString(p.text[pos:in.End])
	}
	return b.String()
}

// tidy mends the punctuation left behind by cutting words out.
func tidy(s string) string {
	s = collapse(s)
	s = emptyParens.ReplaceAllString(s, "")
	s = spaceComma.ReplaceAllString(s, ",")
	s = doubleComma.ReplaceAllString(s, ",")
	s = collapse(s)
	s = strings.Trim(s, " ,;:-")
	return leadWord.ReplaceAllString(s, "")
}

// leadWord is a joining word left at the start of a service ("with open
// carpal tunnel release").
var leadWord = regexp.MustCompile(`(?i)^(?:with|and|of|for)\s+`)

// concept returns the lexicon concept a service names, a brand drug
// resolved to its generic.
func (p *parser) concept(service string) *lexicon.Concept {
	m, ok := p.lex.Best(service, lexicon.KindService, lexicon.KindDrug)
	if !ok {
		return nil
	}
	c := m.Concept
	if c.Generic != "" {
		if g := p.lex.Concept(c.Generic); g != nil {
			return g
		}
	}
	return c
}

// lexDrug reports whether the lexicon reads the request as a drug.
func (p *parser) lexDrug(in Span) bool {
	m, ok := p.lex.Best(p.at(in), lexicon.KindService, lexicon.KindDrug)
	return ok && m.Concept.Kind == lexicon.KindDrug
}
