package render

import (
	"sort"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// header returns the header facts in the order the letters print them.
func header(l *extract.Letter) Header {
	d := l.Dates
	var h Header
	add := func(label string, f *extract.Fact[string], value func(string) string) {
		if f != nil && f.Value != "" {
			h.Fields = append(h.Fields, Field{Label: label, Value: value(f.Value)})
		}
	}
	same := func(s string) string { return s }
	add("Case Number:", l.CaseNumber, same)
	add("Date Assigned:", d.Assigned, usDate)
	add("Date of Injury:", d.Injury, usDate)
	add("Decision Date:", d.Decision, usDate)
	add("UR Denial Date:", d.URDenial, usDate)
	add("Priority:", l.Priority, capitalize)
	add("Application Received:", d.ApplicationReceived, usDate)
	h.Notes = headerNotes(l)
	return h
}

// headerNotes returns the paragraphs of the header part that are not
// lines of the facts table.
func headerNotes(l *extract.Letter) []string {
	s, ok := l.Sections[extract.SectionHeader]
	if !ok {
		return nil
	}
	var out []string
	for _, p := range paragraphs(l, s) {
		if !isFactTable(p) {
			out = append(out, collapse(p))
		}
	}
	return out
}

// factLabels open the lines of the header table.
var factLabels = []string{"Case Number:", "Date Assigned:", "Date of Injury:", "Decision Date:", "UR Denial Date:",
	"Priority:", "Application Received:", "Application", "Received:"}

// isFactTable reports whether every line of a paragraph opens with a
// header label.
func isFactTable(p string) bool {
	for _, line := range strings.Split(p, "\n") {
		if !hasAnyPrefix(strings.TrimSpace(line), factLabels) {
			return false
		}
	}
	return true
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// usDate writes a YYYY-MM-DD value as MM/DD/YYYY, as the letters do.
func usDate(v string) string {
	parts := strings.Split(v, "-")
	if len(parts) != 3 {
		return v
	}
	return parts[1] + "/" + parts[2] + "/" + parts[0]
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// credentialLabels open the reviewer's credential lines.
var credentialLabels = []string{"State(s) of Licensure:", "Certification(s)/Specialty:"}

// reviewer returns the reviewer part: its prose and the credentials as
// lists.
func reviewer(l *extract.Letter) Reviewer {
	var r Reviewer
	for _, p := range sectionParagraphs(l, extract.SectionReviewer) {
		if !hasAnyPrefix(p, credentialLabels) {
			r.Paragraphs = append(r.Paragraphs, p)
		}
	}
	r.Licensure = values(l.Reviewer.Licensure)
	r.Specialty = values(l.Reviewer.Specialty)
	return r
}

func values(fs []extract.Fact[string]) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return out
}

// decisions returns the decisions part: the paragraphs before the first
// item and the items.
func decisions(l *extract.Letter) Decisions {
	var d Decisions
	s, ok := l.Sections[extract.SectionDecisions]
	if ok {
		if len(l.Items) > 0 && l.Items[0].Block.Start > s.Start && l.Items[0].Block.Start <= s.End {
			s.End = l.Items[0].Block.Start
		}
		d.Intro = dropHeading(paragraphs(l, s))
	}
	for i := range l.Items {
		it := item(l, i)
		switch it.Outcome {
		case "Upheld":
			d.Upheld++
		case "Overturned":
			d.Overturned++
		}
		d.Items = append(d.Items, it)
	}
	return d
}

// item returns the template view of item i.
func item(l *extract.Letter, i int) Item {
	x := &l.Items[i]
	it := Item{Number: i + 1, Line: itemLine(l, x), Header: factValue(x.Header), Outcome: outcome(x.Outcome)}
	if x.Service != nil {
		it.Service, it.Concept, it.Category = x.Service.Value, string(x.Service.Concept), string(x.Service.Category)
	}
	if x.Quantity != nil {
		it.Quantity = Quantity(x.Quantity.Value, string(x.Quantity.Unit))
	}
	if p := x.Partial; p != nil {
		it.Partial = &Partial{Original: factValue(p.Original), Authorized: factValue(p.Authorized), Remaining: factValue(p.Remaining)}
	}
	it.Claims = guideline(l, x.Guidelines.ClaimsAdministrator, x.Guidelines.Citations, extract.ByClaimsAdministrator)
	it.Maximus = guideline(l, x.Guidelines.Maximus, x.Guidelines.Citations, extract.ByMaximus)
	if x.Rationale.Len() > 0 {
		it.Rationale = paragraphs(l, x.Rationale.Span)
	}
	it.Conclusion = factValue(x.Rationale.Conclusion)
	return it
}

func factValue(f *extract.Fact[string]) string {
	if f == nil {
		return ""
	}
	return f.Value
}

func outcome(f *extract.Fact[string]) string {
	if f == nil {
		return ""
	}
	return capitalize(f.Value)
}

// itemLine returns the item line as the letter writes it, up to its
// outcome. Where the outcome is not on the item's first paragraph (the
// 2013 notice states it in a separate sentence) the line is made from
// the facts: the partial certification, else the header.
func itemLine(l *extract.Letter, x *extract.Item) string {
	if x.Outcome != nil && x.Outcome.Start > x.Block.Start {
		line := l.Slice(extract.Span{Start: x.Block.Start, End: x.Outcome.Start})
		if !strings.Contains(line, "\n\n") {
			return strings.TrimRight(strings.TrimSpace(line), ": \n")
		}
	}
	p := x.Partial
	if p == nil || p.Original == nil || p.Remaining == nil {
		return factValue(x.Header)
	}
	s := p.Original.Value + " was the original request. "
	if p.Authorized != nil {
		s += p.Authorized.Value + " was authorized by the Claims Administrator. "
	}
	return s + "The remaining IMR eligible portion of the original request, " + p.Remaining.Value + " is"
}

// basedOn opens each citation statement of a guideline.
const basedOn = "Decision based on "

// guideline returns one party's guideline: its text cut into "Decision
// based on" statements, and its citations.
func guideline(l *extract.Letter, f *extract.Fact[string], cites []extract.Citation, by string) Guideline {
	var g Guideline
	for _, c := range cites {
		if c.By == by {
			g.Citations = append(g.Citations, citation(c))
		}
	}
	switch {
	case f == nil:
	case f.Value == "none cited":
		g.NoneCited = true
		g.Statements = []string{sentence(collapse(f.Text))}
	default:
		for i, p := range strings.Split(f.Value, ". "+basedOn) {
			if i > 0 || saysBasedOn(l, f.Span) {
				p = basedOn + p
			}
			g.Statements = append(g.Statements, sentence(p))
		}
	}
	return g
}

// saysBasedOn reports whether the letter opens the guideline value at s
// with "Decision based on".
func saysBasedOn(l *extract.Letter, s extract.Span) bool {
	before := l.Slice(extract.Span{Start: s.Start - len(basedOn) - 2, End: s.Start})
	return strings.HasSuffix(strings.ToLower(collapse(before)), strings.ToLower(strings.TrimSpace(basedOn)))
}

// sentence ends s with a full stop unless it ends with one already.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

func citation(c extract.Citation) Citation {
	return Citation{Value: c.Value, Text: collapse(c.Text), Source: c.Source, Chapter: string(c.Chapter),
		Year: string(c.Year), Sections: c.Sections, Pages: c.Pages}
}

// Quantity writes a count one way: the number without trailing zeros,
// then the unit, plural unless the count is one ("14 sessions",
// "1 session", "60"). A count without unit is the bare number.
func Quantity(v float64, unit string) string {
	n := strconv.FormatFloat(v, 'f', -1, 64)
	switch {
	case unit == "":
		return n
	case v == 1:
		return n + " " + unit
	}
	return n + " " + plural(unit)
}

// plural makes the plural of a unit noun.
func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "x"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "sh"):
		return s + "es"
	case strings.HasSuffix(s, "y") && len(s) > 1 && !strings.ContainsRune("aeiou", rune(s[len(s)-2])):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// sortFindings orders findings: letter-wide first, then by item, then by
// severity (highest first), code and message.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Item != b.Item {
			return a.Item < b.Item
		}
		if a.Severity != b.Severity {
			return severityRank(a.Severity) > severityRank(b.Severity)
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Message < b.Message
	})
}

func severityRank(s string) int {
	switch s {
	case "error":
		return 2
	case "warning":
		return 1
	}
	return 0
}
