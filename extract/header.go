package extract

import "strings"

// The header's patterns run folded, but caseRe.
var (
	caseLabelRe = patternOf(`(?i)\b(?:IMR )?Case (?:Number|No\.?|#):?\s*([A-Z]{2}\d{2}-\d{5,8})\b`).StartsWith("ic").Needing("case ").Within(len("imr "))
	caseRe      = patternOf(`\b(CM\d{2}-\d{5,8})\b`).StartsWithCase("C").Needing("cm").Within(0)
	priorityRe  = patternOf(`(?i)\bPriority:\s*(Standard|Expedited|Regular|Urgent)\b`).StartsWith("p").Needing("priority:").Within(0)
)

// dateLabel ties a header label to the date it sets.
type dateLabel struct {
	pt  *pattern
	set func(*Dates) **Fact[string]
	key string // a lower-case word the label's text must hold
}

// newDateLabel makes the dateLabel of a label (see labelled).
func newDateLabel(label string, set func(*Dates) **Fact[string]) dateLabel {
	pt := labelled(label)
	return dateLabel{pt: pt, set: set, key: labelKey(pt)}
}

// labelled returns the pattern of a label and the date after it. The
// label is words or an alternation of them, "(?:A|B):".
func labelled(label string) *pattern {
	alts := []string{label}
	if rest, ok := strings.CutPrefix(label, "(?:"); ok {
		inner, after, _ := strings.Cut(rest, ")")
		alts = strings.Split(inner, "|")
		for i := range alts {
			alts[i] = strings.ToLower(alts[i] + after)
		}
	}
	alts[0] = strings.ToLower(alts[0])
	first := ""
	for _, a := range alts {
		first += a[:1]
	}
	return patternOf(`(?i)\b` + label + `\s*(` + datePattern + `)`).StartsWith(first).Needing(alts...).Within(0)
}

// labelKey is a lower-case word the text of a label's pattern must hold.
func labelKey(pt *pattern) string {
	s := strings.TrimPrefix(pt.String(), `(?i)\b`)
	s = strings.TrimPrefix(s, "(?:")
	if i := strings.IndexAny(s, ` \(:|`); i > 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

var dateLabels = []dateLabel{
	newDateLabel(`Date Assigned:`, func(d *Dates) **Fact[string] { return &d.Assigned }),
	newDateLabel(`Date of Injury:`, func(d *Dates) **Fact[string] { return &d.Injury }),
	newDateLabel(`Decision Date:`, func(d *Dates) **Fact[string] { return &d.Decision }),
	newDateLabel(`(?:UR Denial Date|Date of UR Decision|UR Decision Date):`, func(d *Dates) **Fact[string] { return &d.URDenial }),
	newDateLabel(`Application Received:`, func(d *Dates) **Fact[string] { return &d.ApplicationReceived }),
	newDateLabel(`Dated:`, func(d *Dates) **Fact[string] { return &d.Decision }),
}

// narrativeDates are the 2013 notice's sentences that state the dates.
var narrativeDates = []dateLabel{
	newDateLabel(`application for Independent Medical Review was filed on`, func(d *Dates) **Fact[string] { return &d.ApplicationReceived }),
	newDateLabel(`disputing the Utilization Review Denial dated`, func(d *Dates) **Fact[string] { return &d.URDenial }),
	newDateLabel(`Request for Information was provided to the above parties on`, func(d *Dates) **Fact[string] { return &d.Assigned }),
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
	if s, ok := p.matchFolded(priorityRe, head, 1); ok {
		f := fact(p, s, toLower(p.at(s), "standard", "expedited", "regular", "urgent"))
		p.l.Priority = &f
	}
}

// setDate sets a date from its label, looking in the header first.
func (p *parser) setDate(dl dateLabel, head, all Span) {
	dst := dl.set(&p.l.Dates)
	if *dst != nil {
		return
	}
	key := dl.key
	s, ok := Span{}, false
	if strings.Contains(p.lower()[head.Start:head.End], key) {
		s, ok = p.matchFolded(dl.pt, head, 1)
	}
	if !ok && strings.Contains(p.lower(), key) {
		s, ok = p.matchFolded(dl.pt, all, 1)
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
	s, ok := p.matchFolded(caseLabelRe, head, 1)
	if !ok {
		s, ok = p.matchFolded(caseLabelRe, all, 1)
	}
	if !ok {
		s, ok = p.matchFolded(caseRe, all, 1)
	}
	if ok {
		p.l.CaseNumber = p.str(s)
	}
}

var (
	licensureRe = patternOf(`State\(s\) of Licensure:[ \t]*([^\n]+)`).StartsWithCase("S").Needing("state(s) of licensure:").Within(0)
	specialtyRe = patternOf(`Certification\(s\)/Specialty:[ \t]*([^\n]+)`).StartsWithCase("C").Needing("certification(s)/specialty:").Within(0)
	boardRe     = patternOf(`(?i)Board Certified in ([^.]+?) and is licensed to practice in ([^.]+?)\.`)
)

// reviewer reads the reviewer's licensure and specialty lists.
func (p *parser) reviewer() {
	in, ok := p.section(SectionReviewer)
	if !ok {
		in = Span{0, len(p.text)}
	}
	if s, ok := p.matchFolded(licensureRe, in, 1); ok {
		p.l.Reviewer.Licensure = p.list(s, false)
	}
	if s, ok := p.matchFolded(specialtyRe, in, 1); ok {
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

var listSepRe = patternOf(`\s*,\s*(?:and\s+)?|\s+and\s+`).StartsWith(" ,")
var commaRe = patternOf(`\s*,\s*`).StartsWith(" ,")

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
	for _, m := range append(p.spansOf(sep, in), Span{in.End, in.End}) {
		if s := trimPunct(p.text, Span{start, m.Start}); s.Len() > 0 {
			out = append(out, p.strFact(s))
		}
		start = m.End
	}
	return out
}

// matchFolded finds a pattern run folded (see matches) in a span and returns
// the absolute span of group g of the leftmost match. A span whose lower
// case holds none of the texts the pattern needs is not searched, and
// the search starts near the first of them when the pattern tells how.
func (p *parser) matchFolded(pt *pattern, in Span, g int) (Span, bool) {
	from, ok := pt.SearchFrom(p.lower()[in.Start:in.End])
	if !ok {
		return Span{}, false
	}
	re, s := p.textFor(pt, in)
	m := pt.FindFrom(re, s, from)
	if m == nil || m[2*g] < 0 {
		return Span{}, false
	}
	return Span{in.Start + m[2*g], in.Start + m[2*g+1]}, true
}
