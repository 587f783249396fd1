package extract

import "github.com/imrkit/imrkit/lexicon"

// Count reads the count a request phrase states ("Norco 10/325mg #60",
// "2 times a week for 6 weeks", "Eight physical therapy sessions"), with
// its unit. The quantity's span is relative to text. Numbers that are not
// counts (strengths, spine levels, sizes) are not read.
func Count(text string, lex *lexicon.Lexicon) (Quantity, bool) {
	if lex == nil {
		lex = lexicon.Default()
	}
	doc := &document{text: text, source: text, segs: []segment{{0, 0, len(text)}}}
	p := &parser{text: text, doc: doc, lex: lex, l: &Letter{}}
	q, ok := p.count(Span{0, len(text)})
	if !ok {
		return Quantity{}, false
	}
	return Quantity{Fact: fact(p, q.text, q.value), Unit: Str(q.unit)}, true
}
