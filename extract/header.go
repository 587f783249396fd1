package extract

import (
	"regexp"
	"strings"
)

var (
	caseLabelRe = regexp.MustCompile(`(?i)\b(?:IMR )?Case (?:Number|No\.?|#):?\s*([A-Z]{2}\d{2}-\d{5,8})\b`)
	caseRe      = regexp.MustCompile(`\b(CM\d{2}-\d{5,8})\b`)
	priorityRe  = regexp.MustCompile(`(?i)\bPriority:\s*(Standard|Expedited|Regular|Urgent)\b`)
)

// dateLabel ties a header label to the date it sets.
type dateLabel struct {
	re  *regexp.Regexp
	set func(*Dates) **Fact[string]
}

func labelled(label string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b` + label + `\s*(` + datePattern + `)`)
}

// key is a lower-case word the label's text must hold.
func (dl dateLabel) key() string {
	s := strings.TrimPrefix(dl.re.String(), `(?i)\b`)
	s = strings.TrimPrefix(s, "(?:")
	if i := strings.IndexAny(s, ` \(:|`); i > 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

var dateLabels = []dateLabel{
	{labelled(`Date Assigned:`), func(d *Dates) **Fact[string] { return &d.Assigned }},
	{labelled(`Date of Injury:`), func(d *Dates) **Fact[string] { return &d.Injury }},
	{labelled(`Decision Date:`), func(d *Dates) **Fact[string] { return &d.Decision }},
	{labelled(`(?:UR Denial Date|Date of UR Decision|UR Decision Date):`), func(d *Dates) **Fact[string] { return &d.URDenial }},
	{labelled(`Application Received:`), func(d *Dates) **Fact[string] { return &d.ApplicationReceived }},
	{labelled(`Dated:`), func(d *Dates) **Fact[string] { return &d.Decision }},
}

// narrativeDates are the 2013 notice's sentences that state the dates.
var narrativeDates = []dateLabel{
	{labelled(`application for Independent Medical Review was filed on`), func(d *Dates) **Fact[string] { return &d.ApplicationReceived }},
	{labelled(`disputing the Utilization Review Denial dated`), func(d *Dates) **Fact[string] { return &d.URDenial }},
	{labelled(`Request for Information was provided to the above parties on`), func(d *Dates) **Fact[string] { return &d.Assigned }},
}

// header reads the case number, dates and priority from the header part
// (the whole letter for the labels the header lacks).
func (p *parser) header() {
	head := p.l.Sections[SectionHeader]
	all := Span{0, len(p.text)}
	p.caseNumber(head, all)
	for _, dl := range dateLabels {
		p.setDate(dl, head, all)
	}
	for _, dl := range narrativeDates {
		p.setDate(dl, all, all)
	}
	if s, ok := p.match(priorityRe, head, 1); ok {
		f := fact(p, s, strings.ToLower(p.at(s)))
		p.l.Priority = &f
	}
}

// setDate sets a date from its label, looking in the header first.
func (p *parser) setDate(dl dateLabel, head, all Span) {
	dst := dl.set(&p.l.Dates)
	if *dst != nil {
		return
	}
	key := dl.key()
	s, ok := Span{}, false
	if strings.Contains(p.lower()[head.Start:head.End], key) {
		s, ok = p.match(dl.re, head, 1)
	}
	if !ok && strings.Contains(p.lower(), key) {
		s, ok = p.match(dl.re, all, 1)
	}
	if !ok {
		return
	}
	if v, ok := parseDate(p.at(s)); ok {
		f := fact(p, s, v)
		*dst = &f
	}
}

func (p *parser) caseNumber(head, all Span) {
	s, ok := p.match(caseLabelRe, head, 1)
	if !ok {
		s, ok = p.match(caseLabelRe, all, 1)
	}
	if !ok {
		s, ok = p.match(caseRe, all, 1)
	}
	if ok {
		p.l.CaseNumber = p.str(s)
	}
}

var (
	licensureRe = regexp.MustCompile(`State\(s\) of Licensure:[ \t]*([^\n]+)`)
	specialtyRe = regexp.MustCompile(`Certification\(s\)/Specialty:[ \t]*([^\n]+)`)
	boardRe     = regexp.MustCompile(`(?i)Board Certified in ([^.]+?) and is licensed to practice in ([^.]+?)\.`)
)

// reviewer reads the reviewer's licensure and specialty lists.
func (p *parser) reviewer() {
	in, ok := p.section(SectionReviewer)
	if !ok {
		in = Span{0, len(p.text)}
	}
	if s, ok := p.match(licensureRe, in, 1); ok {
		p.l.Reviewer.Licensure = p.list(s, false)
	}
	if s, ok := p.match(specialtyRe, in, 1); ok {
		p.l.Reviewer.Specialty = p.list(s, false)
	}
	if len(p.l.Reviewer.Licensure)+len(p.l.Reviewer.Specialty) > 0 {
		return
	}
	if s, ok := p.match(boardRe, in, 1); ok {
		p.l.Reviewer.Specialty = p.list(s, false)
	}
	if s, ok := p.match(boardRe, in, 2); ok {
		p.l.Reviewer.Licensure = p.list(s, true)
	}
}

var listSepRe = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+and\s+`)
var commaRe = regexp.MustCompile(`\s*,\s*`)

// list splits a comma-separated list (and "and" too when and is true)
// into facts.
func (p *parser) list(in Span, and bool) []Fact[string] {
	in = trimPunct(p.text, in)
	sep := commaRe
	if and {
		sep = listSepRe
	}
	var out []Fact[string]
	start := in.Start
	for _, m := range append(p.matches(sep, in, 0), Span{in.End, in.End}) {
		if s := trimPunct(p.text, Span{start, m.Start}); s.Len() > 0 {
			out = append(out, *p.str(s))
		}
		start = m.End
	}
	return out
}
