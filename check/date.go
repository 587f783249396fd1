package check

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/textpat"
)

// Dates a letter states twice: the date of injury (header against the
// summary's and the rationales' statements) and the date of the UR
// denial (header against the summary's account of the review).

const (
	// urTerm names the utilization review a letter reviews.
	urTerm = `(?:utilization review|UR|(?:prior|previous|original|earlier) (?:utilization )?(?:review|determination|decision))(?:\s*\([^)]{1,40}\))?`
	// datePat is any date as letters write it.
	datePat = `(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|(?:` + monthNames + `)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`
	denied  = `(?:non-?certified|noncertified|denied|modified|not certified|determined|reviewed|found)`
)

var (
	// urDateRes are the ways a letter dates the review: the date's group is 1.
	urDateRes = []*textpat.Pattern{
		// "The UR dated 11-14-16", "utilization review (12-01-2016)", "prior review dated 11/13/2016",
		// "utilization review report dated November 15, 2016", "the Utilization Review on 11-9-16"
		// "A Utilization Review letter is dated 11-29-16"
		patternOf(`(?i)\b` + urTerm + `(?:,?\s+(?:report|letter|documentation|form|notice)(?:\s+(?:is|was))?)?,?\s*(?:dated|on|of|from|with a decision date of)?\s*\(?(` + datePat + `)\)?`).StartsWith("eopu"),
		// "On 12-16-2016 Utilization Review non-certified", "On November 16, 2016 the Utilization Review determined"
		patternOf(`(?i)^On (` + datePat + `),?\s+(?:the\s+)?` + urTerm + `\s+` + denied),
		// "noncertified by Utilization Review on December 22, 2016"
		patternOf(`(?i)\b` + denied + `\s+by\s+` + urTerm + `\s+on\s+(` + datePat + `)`).StartsWith("dfmnr"),
		// "The UR (utilization review board) denied certification on December 29, 2016"
		patternOf(`(?i)\b` + urTerm + `\s+` + denied + `(?:\s+certification)?\s+on\s+(` + datePat + `)`).StartsWith("eopu"),
		// "The request was previously reviewed on 12/02/2016", "The treatment was denied on 12/21/2016"
		patternOf(`(?i)\b(?:request|requests|treatment|treatments)\s+(?:was|were)\s+(?:previously\s+)?` + denied + `\s+on\s+(` + datePat + `)`).StartsWith("rt"),
		// "On December 9, 2016, a request for an MRI ... was denied by utilization review"
		patternOf(`(?i)^On (` + datePat + `),?\s+(?:a |the )?(?:request|requests)\b[^.]*?\b(?:was|were)\s+(?:non-?certified|noncertified|denied|modified)\b`),
	}

	// urDateNeeds are, for each of urDateRes, words (lower case) one of
	// which every match holds; "\b" before a word asks for it at a word
	// start ("UR" in urTerm).
	urDateNeeds = [][]string{{"review", "determination", "decision", `\bur`}, {"on "}, {"by"}, {"on"}, {"request", "treatment"}, {"on "}}

	// notURDate marks a sentence whose dates are of other events, unless
	// the date is tied to the review by name (the first four of urDateRes).
	notURDate = patternOf(`(?i)request (?:was|were) (?:received|made|submitted)|certified and`)
	// otherDateBefore ends the text before a date of another kind: "Rx
	// date 11-17-2016", "date of service of 12/01/2016".
	otherDateBefore = patternOf(`(?i)(?:date of service|\bRx date)\s*(?:of|:|was|is)?\s*$`)
	// injuryDateRe is a rationale's statement of the date of injury.
	injuryDateRe = patternOf(`(?i)\b(?:date of (?:the )?injury|injur(?:y|ed)|DOI)\b(?:\s+(?:is|was|of|on|dated|:))+\s*(` + datePat + `)`)
)

// checkDates compares the header's date of injury and UR denial date with
// the dates the text gives them.
func checkDates(d *letter) []Finding {
	var out []Finding
	out = append(out, d.injuryDates()...)
	out = append(out, d.urDates()...)
	return append(out, d.firstReportDates()...)
}

// injuryDates compares the header's date of injury with the summary's,
// the rationales' and the day an onset the summary dates ("presented on
// 12-03-2016 with pain that started the day prior") implies. Where the
// summary gives several dates and one is the header's, the others are
// other injuries.
func (d *letter) injuryDates() []Finding {
	head, ok := factDate(d.Dates.Injury)
	if !ok {
		return nil
	}
	var stated []dated
	if summary := d.summaryInjuryDates(); !hasDate(summary, head) {
		stated = summary
	}
	stated = append(stated, d.rationaleInjuryDates()...)
	var out []Finding
	seen := map[date]bool{head: true}
	for _, s := range stated {
		if !seen[s.date] {
			seen[s.date] = true
			f := d.dateFinding("date of injury", d.Dates.Injury, head, s)
			f.Severity = Error // the header and the text both state the date of injury
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		out = d.onsetFindings(head)
	}
	return out
}

func hasDate(ds []dated, v date) bool {
	for _, s := range ds {
		if s.date == v {
			return true
		}
	}
	return false
}

// summaryInjuryDates are the summary's dates of injury.
func (d *letter) summaryInjuryDates() []dated {
	var out []dated
	for _, f := range d.Claimant.InjuryDates {
		if v, ok := parseDate(f.Value); ok {
			out = append(out, dated{f.Span, v})
		}
	}
	return out
}

// rationaleInjuryDates are the dates the rationales give as the date of
// injury.
func (d *letter) rationaleInjuryDates() []dated {
	var out []dated
	for _, it := range d.Items {
		if !d.hasDate(it.Rationale.Span) || !d.has(it.Rationale.Span, "injur", "doi") {
			continue
		}
		for _, s := range d.findOpening(injuryDateRe, it.Rationale.Span, 1, "date of", "injur", "doi") {
			if v, ok := parseDate(d.at(s)); ok {
				out = append(out, dated{s, v})
			}
		}
	}
	return out
}

var (
	// onsetRe is an onset dated relative to a visit: "pain that started
	// while pushing boxes the day prior".
	onsetRe = patternOf(`(?i)\b(?:started|began|begun|occurred|happened|onset)\b[^.;]{0,60}?\b(the day (?:prior|before)|the previous day|the prior day|yesterday|(?:one|two|three|\d) days? (?:ago|prior|before))`)
	daysRe  = patternOf(`(?i)\b(one|two|three|\d)\s+days?`)
)

// onsetFindings compares the header's date of injury with the day an
// onset the summary dates relative to a visit implies.
func (d *letter) onsetFindings(head date) []Finding {
	var out []Finding
	for _, sent := range d.sentencesIn(d.summary()) {
		if !d.has(sent, "start", "began", "begun", "occurr", "happen", "onset") {
			continue
		}
		rel := d.find(onsetRe, sent, 1)
		ds := d.dates(sent)
		if len(rel) == 0 || len(ds) != 1 || ds[0].Start > rel[0].Start {
			continue
		}
		onset := ds[0].date.add(-daysBack(d.at(rel[0])))
		if onset == head {
			continue
		}
		out = append(out, Finding{
			Code:     CodeDate,
			Severity: Warning,
			Message: fmt.Sprintf("header date of injury %s vs an onset %q before the visit of %s, that is %s",
				head, d.at(rel[0]), d.at(ds[0].Span), onset),
			Item:     -1,
			Evidence: []Evidence{d.ev(d.labelLine(d.Dates.Injury.Span), "header"), d.ev(d.clause(rel[0]), "summary")},
		})
	}
	return out
}

// daysBack reads how many days before a relative phrase points.
func daysBack(s string) int {
	m := daysRe.FindStringSubmatch(s)
	if m == nil {
		return 1
	}
	if n, ok := spelled[strings.ToLower(m[1])]; ok {
		return n
	}
	return atoi(m[1])
}

var spelled = map[string]int{"one": 1, "two": 2, "three": 3}

// urDates compares the header's UR denial date with the dates the
// summary gives the review.
func (d *letter) urDates() []Finding {
	head, ok := factDate(d.Dates.URDenial)
	if !ok {
		return nil
	}
	stated := d.reviewDates()
	for _, s := range stated {
		if s.date == head {
			return nil
		}
	}
	var out []Finding
	for _, s := range stated {
		out = append(out, d.dateFinding("UR denial date", d.Dates.URDenial, head, s))
	}
	return out
}

// reviewDates are the dates the summary gives the utilization review,
// read once.
func (d *letter) reviewDates() []dated {
	if !d.reviewsRead {
		d.reviewsRead = true
		d.reviews = d.readReviewDates()
	}
	return d.reviews
}

// namedReview is how many of urDateRes, first, tie the date to the
// review by name.
const namedReview = 4

// reviewWords are words one of which a sentence that dates the review
// holds.
var reviewWords = []string{"review", "ur ", "ur,", "ur)", "(ur", "denied", "certified", "modified", "determin", "found", "request", "treatment"}

func (d *letter) readReviewDates() []dated {
	var out []dated
	seen := map[int]bool{}
	for _, sent := range d.sentencesIn(d.summary()) {
		if !d.hasDate(sent) || !d.has(sent, reviewWords...) {
			continue
		}
		res := urDateRes
		if notURDate.MatchIn(d.at(sent), d.low(sent)) {
			res = res[:namedReview]
		}
		ascii := isASCII(d.at(sent))
		for k, re := range res {
			// Skip a pattern whose words the sentence lacks. The
			// test reads ASCII only, so it is made on ASCII text
			// alone, where it matches as the pattern does.
			if ascii && !d.hasNeeded(sent, urDateNeeds[k]) {
				continue
			}
			for _, s := range d.find(re, sent, 1) {
				v, ok := parseDate(d.at(s))
				if ok && !seen[s.Start] && !otherDateBefore.MatchString(d.text[max(sent.Start, s.Start-30):s.Start]) {
					seen[s.Start] = true
					out = append(out, dated{s, v})
				}
			}
		}
	}
	return out
}

// dateFinding reports a header date that the text states otherwise.
func (d *letter) dateFinding(what string, f *extract.Fact[string], head date, s dated) Finding {
	msg := fmt.Sprintf("header %s %s vs %s in the text", what, head, d.at(s.Span))
	if s.y > head.y+1 || s.y < 1900 {
		msg += fmt.Sprintf(" (impossible year %d)", s.y)
	}
	return Finding{
		Code:     CodeDate,
		Severity: Warning,
		Message:  msg,
		Item:     -1,
		Evidence: []Evidence{d.ev(d.labelLine(f.Span), "header"), d.ev(d.clause(s.Span), d.role(s.Start))},
	}
}

// labelLine widens a header value to its label: "Date of Injury:
// 10/10/2016".
func (d *letter) labelLine(s extract.Span) extract.Span {
	lineStart := strings.LastIndexByte(d.text[:s.Start], '\n') + 1
	if m := labelBefore.FindStringIndex(d.text[lineStart:s.Start]); m != nil {
		return extract.Span{Start: lineStart + m[0], End: s.End}
	}
	return s
}

// labelBefore is a header label just before its value.
var labelBefore = patternOf(`[A-Z][A-Za-z()/']*(?: [A-Za-z()/']+){0,4}:\s*$`)

// role names the part of the letter an offset lies in.
func (d *letter) role(off int) string {
	if i := d.itemAt(off); i >= 0 {
		it := d.Items[i]
		if off >= it.Rationale.Start && off < it.Rationale.End {
			return "rationale"
		}
		return "item"
	}
	for _, k := range []string{extract.SectionSummary, extract.SectionHeader, extract.SectionReviewer, extract.SectionDecisions} {
		if s := d.section(k); off >= s.Start && off < s.End {
			return k
		}
	}
	return "text"
}

var (
	// firstReportRes date the Doctor's First Report, of which a claim has
	// one: "On 11-23-2016 (Doctor's First Report", "a November 22, 2016
	// first report", "First Report (DFR) dated December 15, 2016".
	firstReportRes = patternsOf(
		`(?i)(`+datePat+`)[\s,(]{0,4}(?:Doctor'?s\s+)?first report\b`,
		`(?i)\bfirst report\b[^.;]{0,60}?\b(?:dated|on|done on)\s+(`+datePat+`)`,
	)
)

// firstReportDates compares the dates given the Doctor's First Report.
func (d *letter) firstReportDates() []Finding {
	var ds []dated
	if !d.has(extract.Span{End: len(d.text)}, "first report") {
		return nil
	}
	for k, re := range firstReportRes {
		for _, s := range d.findFirstReport(k, re, extract.Span{Start: d.summary().Start, End: len(d.text)}) {
			if v, ok := parseDate(d.at(s)); ok {
				ds = append(ds, dated{s, v})
			}
		}
	}
	for _, s := range ds[min(1, len(ds)):] {
		if s.date != ds[0].date {
			return []Finding{{
				Code:     CodeDate,
				Severity: Warning,
				Message:  fmt.Sprintf("the Doctor's First Report is dated %s and %s", d.at(ds[0].Span), d.at(s.Span)),
				Item:     -1,
				Evidence: []Evidence{d.ev(d.clause(ds[0].Span), d.role(ds[0].Start)), d.ev(d.clause(s.Span), d.role(s.Start))},
			}}
		}
	}
	return nil
}

// findFirstReport returns the dates (group 1) of the matches of
// firstReportRes[k] in a span: d.find's answer, found faster. Every
// match holds "first report": the second pattern opens with the words
// (see findOpening); the first ends with them, after a date, a few marks
// and "Doctor's", at most 40 bytes besides white space, so on ASCII text
// it runs over that window before each place the words are written.
func (d *letter) findFirstReport(k int, re *textpat.Pattern, in extract.Span) []extract.Span {
	const words = "first report"
	if k > 0 {
		return d.findOpening(re, in, 1, words)
	}
	if !isASCII(d.at(in)) {
		return d.find(re, in, 1)
	}
	var out []extract.Span
	for pos := in.Start; pos < in.End; {
		o := strings.Index(d.lower[pos:in.End], words)
		if o < 0 {
			break
		}
		o += pos
		at := max(pos, d.backOver(o, 40))
		m := re.FindStringSubmatchIndex(d.text[at:min(in.End, o+len(words)+1)])
		if m == nil {
			pos = o + 1
			continue
		}
		if m[2] >= 0 {
			out = append(out, extract.Span{Start: at + m[2], End: at + m[3]})
		}
		pos = at + m[1]
	}
	return out
}

// findOpening is d.find for a pattern whose every match opens, after
// \b, with one of the words (lower case; see anchored): on ASCII text
// the pattern runs anchored at each place one is written, not over the
// whole span.
func (d *letter) findOpening(re *textpat.Pattern, in extract.Span, g int, words ...string) []extract.Span {
	a := anchored(re.Regexp())
	if a == nil || !isASCII(d.at(in)) {
		return d.find(re, in, g)
	}
	var out []extract.Span
	for pos := in.Start; pos < in.End; {
		o := firstWord(d.lower[pos:in.End], words)
		if o < 0 {
			break
		}
		o += pos
		m := []int(nil)
		if o == in.Start || !textpat.IsWord(d.text[o-1]) {
			m = a.FindStringSubmatchIndex(d.text[o:in.End])
		}
		if m == nil {
			pos = o + 1
			continue
		}
		if m[2*g] >= 0 {
			out = append(out, extract.Span{Start: o + m[2*g], End: o + m[2*g+1]})
		}
		pos = o + max(m[1], 1)
	}
	return out
}

// firstWord returns the offset of the first of the words in s, or -1.
func firstWord(s string, words []string) int {
	first := -1
	for _, w := range words {
		if k := strings.Index(s, w); k >= 0 && (first < 0 || k < first) {
			first = k
		}
	}
	return first
}

// backOver returns the offset before off from which text[from:off]
// holds n bytes that are not white space, or 0.
func (d *letter) backOver(off, n int) int {
	for off > 0 {
		if !isSpace(d.text[off-1]) {
			if n == 0 {
				break
			}
			n--
		}
		off--
	}
	return off
}

// anchoredRes keeps the anchored forms of patterns, made once.
var anchoredRes sync.Map // *regexp.Regexp -> *regexp.Regexp, nil for none

// anchored returns the form of a pattern opening with (?i)\b that
// matches only at the start of the text, with the \b dropped: the caller
// tests the boundary, which the start of a cut text would always pass.
// It returns nil for a pattern that opens otherwise.
func anchored(re *regexp.Regexp) *regexp.Regexp {
	if a, ok := anchoredRes.Load(re); ok {
		return a.(*regexp.Regexp)
	}
	var a *regexp.Regexp
	if src, ok := strings.CutPrefix(re.String(), `(?i)\b`); ok {
		a = regexp.MustCompile(`^(?i:` + src + `)`)
	}
	v, _ := anchoredRes.LoadOrStore(re, a)
	return v.(*regexp.Regexp)
}

// hasNeeded reports whether a span holds one of the words (see
// urDateNeeds), reading ASCII letters only.
func (d *letter) hasNeeded(in extract.Span, words []string) bool {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(w, `\b`); ok {
			if d.hasWordStart(in, rest) {
				return true
			}
		} else if d.has(in, w) {
			return true
		}
	}
	return false
}

// hasWordStart reports whether a span holds a word (lower case) after a
// word boundary, as \b reads it.
func (d *letter) hasWordStart(in extract.Span, w string) bool {
	for i := in.Start; i < in.End; {
		k := strings.Index(d.lower[i:in.End], w)
		if k < 0 {
			return false
		}
		// The patterns run on the span's text alone: its start is a
		// boundary.
		if i += k; i == in.Start || !textpat.IsWord(d.lower[i-1]) {
			return true
		}
		i++
	}
	return false
}
