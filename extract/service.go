package extract

import (
	"slices"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

var (
	countNounsRe = patternOf(`(?i)\s*\b(?:sessions|visits)\b`).StartsWith(" sv")
	spaceComma   = patternOf(`\s+,`).StartsWith(" ")
	doubleComma  = patternOf(`,(?:\s*,)+`).StartsWith(",")
	emptyParens  = patternOf(`\(\s*\)`).StartsWith("(")
)

// service makes the service fact of a header: the header without the
// spans cut from it, with the lexicon concept it names. Its span is the
// header's.
func (p *parser) service(header Span, cut []Span, counted bool) *Service {
	v := p.without(header, cut)
	if counted {
		v = countNounsRe.ReplaceAll(v, "")
	}
	v = p.dropTrailers(tidy(v))
	if v == "" {
		v = collapse(p.at(header))
	}
	s := &Service{Fact: fact(p, header, v)}
	if c := p.concept(v); c != nil {
		s.Concept, s.Category = Str(c.ID), Str(c.Category)
	}
	return s
}

// dropTrailers drops what a service's value may end with that is not the
// service: a bracket saying its quantity is unknown ("(unknown
// quantity)", "(unspecified quantity)") and a dosing instruction ("1-2
// tabs orally every 6 hours": a count of a unit, then only route and
// frequency words).
func (p *parser) dropTrailers(v string) string {
	for {
		w := strings.TrimSpace(v)
		if i := strings.LastIndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") && unknownQuantity(w[i+1:len(w)-1]) {
			w = strings.TrimSpace(w[:i])
		}
		if i := p.dosingAt(w); i > 0 {
			w = trimSet(strings.TrimSpace(w[:i]), " ,;:-")
		}
		if w == v {
			return v
		}
		v = w
	}
}

// unknownQuantity reports a bracket's text that says the quantity is not
// known: "unknown quantity", "quantity unspecified".
func unknownQuantity(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	return len(ws) == 2 && slices.Contains(ws, "quantity") &&
		(slices.Contains(ws, "unknown") || slices.Contains(ws, "unspecified") || slices.Contains(ws, "unspecific"))
}

// dosingWords are the words of a dosing instruction after its count and
// unit: route, frequency and numbers.
var dosingWords = wordSet(`orally oral by mouth po per every each q daily a day times per hour hours hr hrs h
	as needed prn at bedtime qhs bid tid qid qd twice once three four to x for pain up`)

// dosingAt returns the offset of a dosing instruction ending the value,
// or -1: a number or range, a unit the lexicon knows, then only dosing
// words and numbers.
func (p *parser) dosingAt(v string) int {
	ws := strings.Fields(v)
	off := len(v)
	for k := len(ws) - 1; k > 0; k-- {
		off = strings.LastIndex(v[:off], ws[k])
		if _, unit := p.lex.Unit(ws[k]); unit && k+1 < len(ws) && isCount(ws[k-1]) {
			return strings.LastIndex(v[:off], ws[k-1])
		}
		if !dosingWords[strings.ToLower(ws[k])] && !isCount(ws[k]) {
			return -1
		}
	}
	return -1
}

// isCount reports a number or a range of numbers: "2", "1-2".
func isCount(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// without returns the text of in with the cut spans left out.
func (p *parser) without(in Span, cut []Span) string {
	slices.SortFunc(cut, func(a, b Span) int { return a.Start - b.Start })
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
	s = emptyParens.ReplaceAll(s, "")
	s = spaceComma.ReplaceAll(s, ",")
	s = doubleComma.ReplaceAll(s, ",")
	s = collapse(s)
	s = trimSet(s, " ,;:-")
	return leadWord.ReplaceAll(s, "")
}

// leadWord is a joining word left at the start of a service ("with open
// carpal tunnel release").
var leadWord = patternOf(`(?i)^(?:with|and|of|for)\s+`)

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
