package extract

import (
	"regexp"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

var (
	citeSplit  = regexp.MustCompile(`(?i)(?:^|\.\s+)Decision based on\s+`)
	mtusAnd    = regexp.MustCompile(`,?\s+and\s+(?:MTUS\s+)?(?:[A-Z][A-Za-z,&/ -]{2,60}?)\s+(?:\d{4}\b|Section\(s\)|Page\(s\))`)
	pagesRe    = regexp.MustCompile(`(?i)Page\(s\):\s*([\d ,\-–]+)`)
	nonMTUS    = regexp.MustCompile(`(?i)^Non-MTUS Citation\s*`)
	chapterEnd = regexp.MustCompile(`(?i),|\s+(?:19|20)\d{2}\b|\s+Section\(s\)|\s+Page\(s\)|\bGuidelines?\b`)
	odgRe      = regexp.MustCompile(`(?i)\bODG\b|Official Disability Guidelines`)
	acoemRe    = regexp.MustCompile(`(?i)\bACOEM\b`)
)

// citations parses the guideline texts of an item into citations.
func (p *parser) citations(it *Item) {
	g := &it.Guidelines
	for _, src := range []struct {
		f  *Fact[string]
		by string
	}{{g.ClaimsAdministrator, ByClaimsAdministrator}, {g.Maximus, ByMaximus}} {
		if src.f == nil || src.f.Value == "none cited" {
			continue
		}
		for _, seg := range p.citeSegments(src.f.Span) {
			g.Citations = append(g.Citations, p.citation(seg, src.by)...)
		}
	}
}

// citeSegments cuts a guideline text at each "Decision based on".
func (p *parser) citeSegments(in Span) []Span {
	var out []Span
	start := in.Start
	if !strings.Contains(lowerASCII(p.at(in)), "decision based on") {
		return []Span{trimPunct(p.text, in)}
	}
	for _, m := range p.matches(citeSplit, in, 0) {
		if m.Start > start {
			out = append(out, trimPunct(p.text, Span{start, m.Start}))
		}
		start = m.End
	}
	return append(out, trimPunct(p.text, Span{start, in.End}))
}

// citation parses one segment: MTUS chapters (several joined by "and"),
// or a non-MTUS citation (ODG, ACOEM, other).
func (p *parser) citation(seg Span, by string) []Citation {
	if m, ok := p.match(nonMTUS, seg, 0); ok {
		seg.Start = m.End
		return []Citation{p.cite(seg, by, p.nonMTUSSource(seg))}
	}
	if strings.HasPrefix(p.at(seg), "MTUS") {
		seg.Start += len("MTUS")
		var out []Citation
		for _, part := range p.mtusParts(trimSpan(p.text, seg)) {
			out = append(out, p.cite(part, by, SourceMTUS))
		}
		return out
	}
	return []Citation{p.cite(seg, by, p.nonMTUSSource(seg))}
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
	for _, m := range p.matches(mtusAnd, in, 0) {
		out = append(out, trimPunct(p.text, Span{start, m.Start}))
		k := strings.Index(p.at(m), "and ") + len("and ")
		start = m.Start + k
	}
	return append(out, trimPunct(p.text, Span{start, in.End}))
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
		if m := pagesRe.FindStringSubmatch(t); m != nil {
			c.Pages = splitList(m[1])
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
	guidePrefix = regexp.MustCompile(`(?i)^(?:\s|\(|\)|ODG|Official Disability Guidelines|Guidelines?|Treatment|,)*`)
	yearWords   = regexp.MustCompile(`(?i)^(?:\s|,|\(|\)|Guidelines?|(?:19|20)\d{2}|Online version|Web version)*`)
)

// plainChapter sets the chapter from the citation's first words and
// returns where they end.
func (p *parser) plainChapter(c *Citation, s Span) int {
	t := p.at(s)
	start := 0
	if c.Source == SourceODG {
		start = len(guidePrefix.FindString(t))
	}
	end := len(t)
	if m := chapterEnd.FindStringIndex(t[start:]); m != nil && m[0] > 0 {
		end = start + m[0]
	}
	c.Chapter = Str(strings.Trim(collapse(t[start:end]), " ,.():"))
	return s.Start + end
}

// bareSections reads the section a citation names after its chapter
// without a "Section(s):" label: "Psychological Treatment Page(s): 101".
func (p *parser) bareSections(rest Span) []string {
	t := p.at(rest)
	t = t[len(yearWords.FindString(t)):]
	if i := strings.Index(t, "Page(s)"); i >= 0 {
		t = t[:i]
	}
	if t = strings.Trim(collapse(t), " ,.;:"); t != "" {
		return []string{t}
	}
	return []string{}
}

// citationValue writes a citation in one normal form.
func citationValue(c Citation) string {
	parts := []string{c.Source}
	if c.Chapter != "" {
		parts[0] += " " + string(c.Chapter)
	}
	if c.Year != "" {
		parts[0] += " " + string(c.Year)
	}
	if len(c.Sections) > 0 {
		parts = append(parts, strings.Join(c.Sections, "; "))
	}
	if len(c.Pages) > 0 {
		parts = append(parts, "p. "+strings.Join(c.Pages, ", "))
	}
	return strings.Join(parts, ", ")
}

// splitList splits a comma-separated list, trimmed.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.Trim(collapse(x), " .;"); x != "" {
			out = append(out, x)
		}
	}
	return out
}
