package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/imrkit/imrkit/internal/textpat"
	"github.com/imrkit/imrkit/lexicon"
)

// parser reads facts off a normalized letter.
type parser struct {
	text  string
	doc   *document
	lex   *lexicon.Lexicon
	paras []Span // paragraphs, in order
	l     *Letter
	low   string   // the text in ASCII lower case, made when first needed
	bufs  *buffers // the arrays low and paras are in, kept between letters
}

// buffers holds the arrays a parser fills and drops, kept from one
// letter to the next: the lower-case text, where near found the bytes of
// its keys in it, and the paragraphs.
type buffers struct {
	low     []byte
	lowered bool // low holds this letter's text
	places  places
	paras   []Span
	near    [][]int     // the matches near returns, before they are copied
	cites   []Citation  // an item's citations, before they are copied
	diags   []Diagnosis // the diagnoses, before they are copied
}

// buffers returns the parser's buffers, taken when first needed.
func (p *parser) buffers() *buffers {
	if p.bufs == nil {
		p.bufs = parserBufs.Get().(*buffers)
		p.bufs.lowered = false
		p.bufs.places.reset(Span{})
	}
	return p.bufs
}

// lower returns the text in ASCII lower case (same offsets). It lies in a
// buffer the next letter reuses: it is read while parsing, and neither it
// nor any part of it may be kept in what parse returns.
func (p *parser) lower() string {
	if b := p.buffers(); !b.lowered {
		b.low, b.lowered = appendLower(b.low[:0], p.text), true
		p.low = unsafe.String(unsafe.SliceData(b.low), len(b.low))
	}
	return p.low
}

// parserBufs keeps the buffers of parsers.
var parserBufs = sync.Pool{New: func() any { return new(buffers) }}

// release gives the buffers back for the next letter.
func (p *parser) release() {
	if p.bufs != nil {
		p.low, p.paras = "", nil
		clear(p.bufs.near)
		clear(p.bufs.cites)
		clear(p.bufs.diags)
		parserBufs.Put(p.bufs)
		p.bufs = nil
	}
}

// lowerAt returns the text of a span in lower case (see lower).
func (p *parser) lowerAt(s Span) string { return p.lower()[s.Start:s.End] }

// parse normalizes src and reads every fact it can find.
// conf, if not nil, gives the OCR confidence of the words of src.
func parse(src string, opt Options, conf confidence) *Letter {
	lex := opt.lexicon()
	doc := normalize(src)
	doc.conf = conf
	p := &parser{text: doc.text, doc: doc, lex: lex}
	p.l = &Letter{Schema: Schema, Text: doc.text, doc: doc, Sections: map[string]Span{}}
	p.paras = paragraphs(p.buffers().paras[:0], doc.text)
	p.bufs.paras = p.paras
	p.sections()
	p.l.Source.Layout = p.layout()
	p.header()
	p.reviewer()
	p.claimant()
	if !opt.NoDiagnoses {
		p.diagnoses()
	}
	if !opt.NoCodes {
		CodeDiagnoses(p.l)
	}
	p.items()
	p.l.fill()
	p.release()
	return p.l
}

// paragraphs appends to out the paragraphs of text: it splits text at
// blank lines.
func paragraphs(out []Span, text string) []Span {
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s := trimSpan(text, Span{start, end})
		if s.Len() > 0 {
			out = append(out, s)
		}
		start = end + 2
	}
	return out
}

// trimSpan narrows s to exclude surrounding white space.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isSpaceByte2(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte2(text[s.End-1]) {
		s.End--
	}
	return s
}

// trimPunct narrows s to exclude surrounding white space and trailing
// punctuation.
func trimPunct(text string, s Span) Span {
	s = trimSpan(text, s)
	for s.End > s.Start && inSet(text[s.End-1], ".,;:") {
		s.End--
	}
	return trimSpan(text, s)
}

func isSpaceByte2(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// at returns the text of a span.
func (p *parser) at(s Span) string { return p.text[s.Start:s.End] }

// fact makes a fact of span s with value v.
func fact[T any](p *parser, s Span, v T) Fact[T] {
	return Fact[T]{Value: v, Text: p.text[s.Start:s.End], Span: s, Page: p.doc.page(s.Start), OCRConfidence: p.doc.ocrConfidence(s)}
}

// str makes a string fact whose value is the text with white space
// collapsed.
func (p *parser) str(s Span) *Fact[string] {
	f := p.strFact(s)
	return &f
}

// strFact is str's fact as a value.
func (p *parser) strFact(s Span) Fact[string] { return fact(p, s, collapse(p.at(s))) }

// collapse joins white space runs into single spaces.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for w := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// collapsed reports whether s is ASCII and its only white space is single
// spaces between words: collapsing it gives it back.
func collapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case c < ' ' || c >= utf8.RuneSelf:
			return false
		}
	}
	return true
}

// match finds a pattern in the span, run as matches runs it, and returns
// the absolute span of group g of the first match.
func (p *parser) match(pt *pattern, in Span, g int) (Span, bool) {
	m := p.leftmost(pt, in)
	if m == nil || m[2*g] < 0 {
		return Span{}, false
	}
	return Span{in.Start + m[2*g], in.Start + m[2*g+1]}, true
}

// section returns the span of a section, or the whole text when the
// letter has no such section and whole is true.
func (p *parser) section(key string) (Span, bool) {
	s, ok := p.l.Sections[key]
	return s, ok
}

// headings mark where each section starts: the paragraph that starts
// with one of the openings.
var headings = []struct {
	key      string
	openings []string
}{
	{SectionReviewer, []string{"HOW THE IMR FINAL DETERMINATION WAS MADE", "Medical Qualifications of the Expert Reviewer"}},
	{SectionSummary, []string{"CLINICAL CASE SUMMARY", "Expert Reviewer Case Summary:", "Case Summary:"}},
	{SectionDecisions, []string{"IMR ISSUES, DECISIONS AND RATIONALES", "Documents Reviewed for Determination"}},
}

// hasAnyPrefix reports whether s starts with one of the prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, x := range prefixes {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}

// sections finds the letter's parts: each runs from its heading to the
// next heading; the header is what comes before the first.
func (p *parser) sections() {
	type mark struct {
		key   string
		start int
	}
	marks := make([]mark, 0, len(headings))
	for _, para := range p.paras {
		for _, h := range headings {
			if _, seen := p.l.Sections[h.key]; !seen && hasAnyPrefix(p.at(para), h.openings) {
				marks = append(marks, mark{h.key, para.Start})
				p.l.Sections[h.key] = Span{}
			}
		}
	}
	slices.SortFunc(marks, func(a, b mark) int { return a.start - b.start })
	end := len(p.text)
	for i := len(marks) - 1; i >= 0; i-- {
		p.l.Sections[marks[i].key] = trimSpan(p.text, Span{marks[i].start, end})
		end = marks[i].start
	}
	p.l.Sections[SectionHeader] = trimSpan(p.text, Span{0, end})
	p.endDecisions()
}

// endDecisions ends the decisions at the first heading after their own
// (an appendix that follows the letter, such as rendered findings).
func (p *parser) endDecisions() {
	d, ok := p.l.Sections[SectionDecisions]
	if !ok {
		return
	}
	for _, para := range p.paras {
		if para.Start > d.Start && para.Start < d.End && isHeading(p.at(para)) && !isItem(p.at(para)) {
			p.l.Sections[SectionDecisions] = trimSpan(p.text, Span{d.Start, para.Start})
			return
		}
	}
}

// layout names the letter's layout from its landmarks: the 2013
// notice's title and decision sentences, the 2016 header table, the
// 2014 headings.
func (p *parser) layout() string {
	_, summary := p.l.Sections[SectionSummary]
	_, decisions := p.l.Sections[SectionDecisions]
	head := p.at(p.l.Sections[SectionHeader])
	switch {
	case textpat.ContainsAny(p.text, "Notice of Independent Medical Review Determination",
		"INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE", "MAXIMUS Federal Services, Inc. has determined the request"):
		return LayoutNotice
	case strings.Contains(head, "Case Number:") && strings.Contains(head, "Date Assigned:") && (summary || decisions):
		return LayoutFDL2016
	case summary || decisions:
		return LayoutFDL2014
	}
	return LayoutUnknown
}

// fill replaces nil lists with empty ones so that JSON shows [].
func (l *Letter) fill() {
	if l.Reviewer.Licensure == nil {
		l.Reviewer.Licensure = []Fact[string]{}
	}
	if l.Reviewer.Specialty == nil {
		l.Reviewer.Specialty = []Fact[string]{}
	}
	if l.Claimant.InjuryDates == nil {
		l.Claimant.InjuryDates = []Fact[string]{}
	}
	if l.Diagnoses == nil {
		l.Diagnoses = []Diagnosis{}
	}
	if l.Items == nil {
		l.Items = []Item{}
	}
	for i := range l.Items {
		it := &l.Items[i]
		if it.Guidelines.Citations == nil {
			it.Guidelines.Citations = []Citation{}
		}
		if it.Rationale.Quantities == nil {
			it.Rationale.Quantities = []Quantity{}
		}
	}
}
