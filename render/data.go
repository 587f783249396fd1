package render

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// LetterData is what a letter template receives: the letter's parts in
// their order, as normalized text (wrapped lines joined into one line per
// paragraph) and normalized facts.
type LetterData struct {
	ID     string         // the case number, else the input's base name without extension
	Source extract.Source // the input the letter was read from

	Header    Header
	Reviewer  Reviewer
	Summary   []string // paragraphs of the clinical case summary, without its heading
	Decisions Decisions

	WithFindings bool      // the findings appendix was asked for
	Findings     []Finding // every finding, letter-wide ones first, then by item

	Letter *extract.Letter // the extracted letter itself, for what the fields above leave out
}

// Header holds the header facts of a letter in a fixed order.
type Header struct {
	Fields []Field  // Case Number, Date Assigned, Date of Injury, Decision Date, UR Denial Date, Priority, Application Received: those the letter has
	Notes  []string // other paragraphs before the first section (none in the 2016-17 layout)
}

// Field is one header fact: its label as the letter prints it, with the
// colon, and its value written one way (dates as MM/DD/YYYY).
type Field struct {
	Label string // "Case Number:"
	Value string // "CM16-0213037"
}

// Reviewer is the part that says how the determination was made.
type Reviewer struct {
	Paragraphs []string // the prose, without the heading and the credential lines
	Licensure  []string // states of licensure
	Specialty  []string // certifications and specialties
}

// Decisions is the part with the disputed items.
type Decisions struct {
	Intro      []string // paragraphs before the first item, without the heading
	Items      []Item
	Upheld     int // items upheld
	Overturned int // items overturned
}

// Item is one disputed item and its decision.
type Item struct {
	Number     int      // 1-based
	Line       string   // the item line as the letter writes it, without its outcome ("MRI of the right shoulder without contrast")
	Header     string   // the item's request (for a partial certification, the remaining portion)
	Service    string   // the treatment without counts ("Cognitive behavioral therapy")
	Concept    string   // lexicon concept of the service, or ""
	Category   string   // service category, or ""
	Outcome    string   // "Upheld", "Overturned", or "" when the letter states none
	Quantity   string   // the count written one way ("14 sessions"), or ""
	Partial    *Partial // nil unless partly certified
	Claims     Guideline
	Maximus    Guideline
	Rationale  []string // paragraphs of the decision rationale, without its label
	Conclusion string   // "not medically necessary", "medically necessary", another phrase, or ""
	Findings   []Finding
}

// Partial is a partial certification.
type Partial struct {
	Original, Authorized, Remaining string
}

// Guideline is what one party based its decision on.
type Guideline struct {
	// Statements are the guideline text cut at each "Decision based on":
	// "Decision based on MTUS Chronic Pain Medical Treatment 2016.", or
	// the sentence saying no evidence was cited. Empty when the letter
	// has no such guideline.
	Statements []string
	NoneCited  bool
	Citations  []Citation // this party's citations, as parsed
}

// Citation is one parsed guideline citation.
type Citation struct {
	Value    string // one normal form: "MTUS Chronic Pain Medical Treatment 2016, Opioids, p. 80"
	Text     string // as cited
	Source   string // MTUS, ACOEM, ODG or other
	Chapter  string
	Year     string
	Sections []string
	Pages    []string
}

// Finding is one problem check found in the letter.
type Finding struct {
	Code     string
	Severity string // "info", "warning" or "error"
	Message  string
	Item     int // 1-based item number, 0 for the letter as a whole
	Evidence []Evidence
}

// Evidence is one side of a finding, with its printable place.
type Evidence struct {
	Role     string // "header", "rationale", "summary", ...
	Text     string // the letter's text of the span
	Page     int
	Line     int // in the source text: the file, or the PDF's text layer
	Column   int
	PageLine int // PDF input: the line on its page as a reader counts them; else 0
}

// newLetterData builds the template data of one letter.
func newLetterData(e Entry, withFindings bool) *LetterData {
	l := e.Letter
	d := &LetterData{ID: LetterID(l), Source: l.Source, Letter: l, WithFindings: withFindings}
	d.Header = header(l)
	d.Reviewer = reviewer(l)
	d.Summary = sectionParagraphs(l, extract.SectionSummary)
	d.Decisions = decisions(l)
	if withFindings {
		d.Findings = findings(e.Findings)
		for _, f := range d.Findings {
			if f.Item > 0 && f.Item <= len(d.Decisions.Items) {
				it := &d.Decisions.Items[f.Item-1]
				it.Findings = append(it.Findings, f)
			}
		}
	}
	return d
}

// LetterID names a letter: its case number, else its input's base name
// without extension, else "letter".
func LetterID(l *extract.Letter) string {
	if l.CaseNumber != nil && l.CaseNumber.Value != "" {
		return l.CaseNumber.Value
	}
	base := filepath.Base(l.Source.Path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if base == "" || base == "." || base == "-" || base == string(filepath.Separator) {
		return "letter"
	}
	return base
}

// paragraphs cuts the normalized text of a span at blank lines.
func paragraphs(l *extract.Letter, s extract.Span) []string {
	var out []string
	for _, p := range strings.Split(l.Slice(s), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// headingPrefixes are the section headings the letters use; a section's
// first paragraph starts with one of them.
var headingPrefixes = []string{
	"HOW THE IMR FINAL DETERMINATION WAS MADE",
	"Medical Qualifications of the Expert Reviewer",
	"CLINICAL CASE SUMMARY",
	"Expert Reviewer Case Summary:",
	"Case Summary:",
	"IMR ISSUES, DECISIONS AND RATIONALES",
}

// sectionParagraphs returns a section's paragraphs without its heading.
func sectionParagraphs(l *extract.Letter, key string) []string {
	s, ok := l.Sections[key]
	if !ok {
		return nil
	}
	return dropHeading(paragraphs(l, s))
}

// dropHeading removes the heading that opens the first paragraph,
// keeping any text that follows it there.
func dropHeading(ps []string) []string {
	if len(ps) == 0 {
		return ps
	}
	for _, h := range headingPrefixes {
		if rest, ok := strings.CutPrefix(ps[0], h); ok {
			if rest = strings.TrimSpace(rest); rest != "" {
				return append([]string{rest}, ps[1:]...)
			}
			return ps[1:]
		}
	}
	return ps
}

func findings(fs []check.Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		v := Finding{Code: f.Code, Severity: f.Severity.String(), Message: f.Message, Item: f.Item + 1}
		if f.Item < 0 {
			v.Item = 0
		}
		for _, e := range f.Evidence {
			v.Evidence = append(v.Evidence, Evidence{Role: e.Role, Text: collapse(e.Text), Page: e.Page, Line: e.Line, Column: e.Column, PageLine: e.PageLine})
		}
		out = append(out, v)
	}
	sortFindings(out)
	return out
}

// collapse joins runs of white space into single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// Where names what a finding is about: "item 2" or "letter".
func (f Finding) Where() string {
	if f.Item > 0 {
		return "item " + strconv.Itoa(f.Item)
	}
	return "letter"
}

// Where names the place of evidence: "page 2, line 14" (the line of the
// page) in a PDF, "page 1, line 55, column 7" (the line of the file) in
// text.
func (e Evidence) Where() string {
	if e.PageLine > 0 {
		return "page " + strconv.Itoa(e.Page) + ", line " + strconv.Itoa(e.PageLine)
	}
	return "page " + strconv.Itoa(e.Page) + ", line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column)
}
