package extract

import (
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

var (
	citeSplit  = patternOf(`(?i)(?:^|\.\s+)Decision based on\s+`).StartsWith(".d").Needing("decision based on") // run folded
	mtusAnd    = patternOf(`,?\s+and\s+(?:MTUS\s+)?(?:[A-Z][A-Za-z,&/ -]{2,60}?)\s+(?:\d{4}\b|Section\(s\)|Page\(s\))`).StartsWith(", ")
	pagesRe    = patternOf(`(?i)Page\(s\):\s*([\d ,\-–]+)`).StartsWith("p")
	nonMTUS    = patternOf(`(?i)^Non-MTUS Citation\s*`).Needing("non-mtus citation").Within(0) // run folded
	chapterEnd = patternOf(`(?i),|\s+(?:19|20)\d{2}\b|\s+Section\(s\)|\s+Page\(s\)|\bGuidelines?\b`).StartsWith(", g")
	odgRe      = patternOf(`(?i)\bODG\b|Official Disability Guidelines`).StartsWith("o")
	acoemRe    = patternOf(`(?i)\bACOEM\b`).StartsWith("a")
)

// citations parses the guideline texts of an item into citations.
func (p *parser) citations(it *Item) {
	g := &it.Guidelines
	b := p.buffers()
	clear(b.cites)
	b.cites = b.cites[:0]
	for _, src := range []struct {
		f  *Fact[string]
		by string
	}{{g.ClaimsAdministrator, ByClaimsAdministrator}, {g.Maximus, ByMaximus}} {
		if src.f == nil || src.f.Value == "none cited" {
			continue
		}
		for _, seg := range p.citeSegments(src.f.Span) {
			p.bufs.cites = p.citation(p.bufs.cites, seg, src.by)
		}
	}
	if len(p.bufs.cites) > 0 {
		g.Citations = append(g.Citations, p.bufs.cites...)
	}
}

// citeSegments cuts a guideline text at each "Decision based on".
func (p *parser) citeSegments(in Span) []Span {
	var out []Span
	start := in.Start
	if !strings.Contains(p.lowerAt(in), "decision based on") {
		return []Span{trimPunct(p.text, in)}
	}
	for _, m := range p.spansOf(citeSplit, in) {
		if m.Start > start {
			out = append(out, trimPunct(p.text, Span{start, m.Start}))
		}
		start = m.End
	}
	return append(out, trimPunct(p.text, Span{start, in.End}))
}

// citation appends to out the citations of one segment: MTUS chapters
// (several joined by "and"), or a non-MTUS citation (ODG, ACOEM, other).
func (p *parser) citation(out []Citation, seg Span, by string) []Citation {
	if m, ok := p.matchFolded(nonMTUS, seg, 0); ok {
		seg.Start = m.End
		return append(out, p.cite(seg, by, p.nonMTUSSource(seg)))
	}
	if strings.HasPrefix(p.at(seg), "MTUS") {
		seg.Start += len("MTUS")
		for _, part := range p.mtusParts(trimSpan(p.text, seg)) {
			out = append(out, p.cite(part, by, SourceMTUS))
		}
		return out
	}
	return append(out, p.cite(seg, by, p.nonMTUSSource(seg)))
}

func (p *parser) nonMTUSSource(seg Span) string {
	switch t := p.at(seg); {
	case odgRe.MatchString(t):
		return SourceODG
	case acoemRe.MatchString(t):
		return SourceACOEM
	}
	return SourceOther
}

// mtusParts cuts "Low Back Complaints 2004, Section(s): Summary, and
// Chronic Pain Medical Treatment 2016, Section(s): Facet blocks" into
// one span per chapter.
func (p *parser) mtusParts(in Span) []Span {
	var out []Span
	start := in.Start
	if !strings.Contains(p.at(in), " and ") {
		return []Span{trimPunct(p.text, in)}
	}
	var names []Span // read when first needed
	for k, m := range p.spansOf(mtusAnd, in) {
		if k == 0 {
			names = p.chapterSpans(in)
		}
		if inside(m.Start+strings.Index(p.at(m), "and "), names) {
			continue // the "and" of a chapter's name: "Neck and Upper Back Complaints"
		}
		out = append(out, trimPunct(p.text, Span{start, m.Start}))
		k := strings.Index(p.at(m), "and ") + len("and ")
		start = m.Start + k
	}
	return append(out, trimPunct(p.text, Span{start, in.End}))
}

// chapterSpans returns where the lexicon reads chapter names in a span.
func (p *parser) chapterSpans(in Span) []Span {
	var out []Span
	for _, m := range p.lex.Chapters(p.at(in)) {
		out = append(out, Span{in.Start + m.Start, in.Start + m.End})
	}
	return out
}

// inside reports whether off falls within one of the spans.
func inside(off int, spans []Span) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// cite makes a citation from its span: chapter, year, sections, pages.
func (p *parser) cite(s Span, by, source string) Citation {
	t := p.at(s)
	c := Citation{Fact: fact(p, s, ""), By: by, Source: source, Sections: []string{}, Pages: []string{}}
	p.chapter(&c, s)
	if source == SourceMTUS {
		c.Year = Str(yearOf(t))
	}
	if i := strings.Index(t, "Section(s):"); i >= 0 {
		sec := t[i+len("Section(s):"):]
		if j := strings.Index(sec, "Page(s):"); j >= 0 {
			sec = sec[:j]
		}
		c.Sections = splitList(sec)
	}
	if strings.Contains(t, "Page(s)") {
		if m := pagesRe.Find(t); m != nil {
			c.Pages = splitList(t[m[2]:m[3]])
		}
	}
	c.Value = citationValue(c)
	return c
}

// yearOf returns the first year (19xx or 20xx) standing alone in t.
func yearOf(t string) string {
	for i := 0; i+4 <= len(t); i++ {
		y := t[i : i+4]
		if (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) &&
			(i == 0 || !isDigit(t[i-1])) && (i+4 == len(t) || !isDigit(t[i+4])) {
			return y
		}
	}
	return ""
}

// chapter sets the chapter from the lexicon, else from the words before
// the year or the first comma; what follows the chapter up to the pages
// is its section when the citation has no "Section(s):".
func (p *parser) chapter(c *Citation, s Span) {
	rest := s
	if m, ok := p.lexChapter(c.Source, s); ok {
		c.Chapter = Str(m.Concept.Name)
		if len(m.Concept.Regions) > 0 {
			c.Region = Str(m.Concept.Regions[0])
		}
		rest.Start = s.Start + m.End
	} else {
		rest.Start = p.plainChapter(c, s)
	}
	if !strings.Contains(p.at(s), "Section(s):") {
		c.Sections = p.bareSections(rest)
	}
}

// lexChapter finds the guideline chapter a citation names.
func (p *parser) lexChapter(source string, s Span) (lexicon.Match, bool) {
	for _, m := range p.lex.Find(p.at(s), lexicon.KindChapter) {
		if m.Concept.Source == "" || strings.EqualFold(m.Concept.Source, source) || source == SourceOther {
			return m, true
		}
	}
	return lexicon.Match{}, false
}

var (
	guidePrefix = patternOf(`(?i)^(?:\s|\(|\)|ODG|Official Disability Guidelines|Guidelines?|Treatment|,)*`)
	yearWords   = patternOf(`(?i)^(?:\s|,|\(|\)|Guidelines?|(?:19|20)\d{2}|Online version|Web version)*`)
)

// plainChapter sets the chapter from the citation's first words and
// returns where they end.
func (p *parser) plainChapter(c *Citation, s Span) int {
	t := p.at(s)
	start := 0
	if c.Source == SourceODG {
		start = guidePrefix.Find(t)[1]
	}
	end := len(t)
	if m := chapterEnd.Find(t[start:]); m != nil && m[0] > 0 {
		end = start + m[0]
	}
	c.Chapter = Str(trimSet(collapse(t[start:end]), " ,.():"))
	return s.Start + end
}

// bareSections reads the section a citation names after its chapter
// without a "Section(s):" label: "Psychological Treatment Page(s): 101".
func (p *parser) bareSections(rest Span) []string {
	t := p.at(rest)
	t = t[yearWords.FindIn(t, p.lowerAt(rest))[1]:]
	if i := strings.Index(t, "Page(s)"); i >= 0 {
		t = t[:i]
	}
	if t = trimSet(collapse(t), " ,.;:"); t != "" {
		return []string{t}
	}
	return []string{}
}

// citationValue writes a citation in one normal form: "MTUS Chapter
// 2004, Section; Section, p. 1, 2". It is written on the stack and copied
// once.
func citationValue(c Citation) string {
	var arr [128]byte
	b := append(arr[:0], c.Source...)
	b = appendWith(b, " ", string(c.Chapter))
	b = appendWith(b, " ", string(c.Year))
	b = appendList(b, ", ", c.Sections, "; ")
	b = appendList(b, ", p. ", c.Pages, ", ")
	return string(b)
}

// appendWith appends sep and s to b, when s is not empty.
func appendWith(b []byte, sep, s string) []byte {
	if s == "" {
		return b
	}
	return append(append(b, sep...), s...)
}

// appendList appends lead and the list joined by sep to b, when the list
// is not empty.
func appendList(b []byte, lead string, list []string, sep string) []byte {
	for i, s := range list {
		if i == 0 {
			b = append(b, lead...)
		} else {
			b = append(b, sep...)
		}
		b = append(b, s...)
	}
	return b
}

// splitList splits a comma-separated list, trimmed.
func splitList(s string) []string {
	var out []string
	for x := range strings.SplitSeq(s, ",") {
		if x = trimSet(collapse(x), " .;"); x != "" {
			out = append(out, x)
		}
	}
	return out
}
