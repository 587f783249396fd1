package render

import (
	"fmt"
	"sort"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// ReportData is what a report template receives: counts over all the
// letters, then each letter with its findings.
type ReportData struct {
	Title    string
	Letters  int // letters read
	Items    int // disputed items over all letters
	Findings int // findings over all letters

	Outcomes   []Count // items by outcome: Upheld, Overturned, then "no outcome" if any
	Categories []Count // items by service category, most first ("uncategorized" for items without one)
	Diagnoses  []Count // items by the ICD-10-CM chapter of their letter's primary diagnosis, most first
	Codes      []Count // findings by code, most first
	Severities []Count // findings by severity: error, warning, info (those that occur)

	Entries []ReportEntry // in input order
}

// Count is one bar of a chart.
type Count struct {
	Label   string
	N       int
	Percent int // N as a whole percentage of the chart's total
	Width   int // N as a whole percentage of the chart's largest count, for bar lengths
}

// ReportEntry is one letter of a report.
type ReportEntry struct {
	ID         string // case number, else the input's base name
	Path       string // the input
	Items      int
	Upheld     int
	Overturned int
	Findings   []Finding // letter-wide first, then by item
}

// newReportData counts the entries.
func newReportData(entries []Entry, opt Options) *ReportData {
	d := &ReportData{Title: opt.Title, Letters: len(entries)}
	if d.Title == "" {
		d.Title = "IMR compliance report"
	}
	outcomes, categories, codes, severities := tally{}, tally{}, tally{}, tally{}
	groups, overturned := tally{}, tally{}
	for _, e := range entries {
		re := reportEntry(e)
		d.Entries = append(d.Entries, re)
		d.Items += re.Items
		d.Findings += len(re.Findings)
		group := diagnosisGroup(e.Letter)
		for _, it := range e.Letter.Items {
			outcomes.add(outcomeLabel(outcome(it.Outcome)))
			categories.add(categoryLabel(it.Service))
			groups.add(group)
			if outcome(it.Outcome) == "Overturned" {
				overturned.add(group)
			}
		}
		for _, f := range re.Findings {
			codes.add(f.Code)
			severities.add(f.Severity)
		}
	}
	d.Outcomes = outcomes.ordered([]string{"Upheld", "Overturned", "no outcome"})
	d.Categories = categories.byCount()
	d.Diagnoses = withRates(groups.byCount(), overturned)
	d.Codes = codes.byCount()
	d.Severities = severities.ordered([]string{"error", "warning", "info"})
	return d
}

func reportEntry(e Entry) ReportEntry {
	l := e.Letter
	re := ReportEntry{ID: LetterID(l), Path: l.Source.Path, Items: len(l.Items), Findings: findings(e.Findings)}
	for _, it := range l.Items {
		switch outcome(it.Outcome) {
		case "Upheld":
			re.Upheld++
		case "Overturned":
			re.Overturned++
		}
	}
	return re
}

func outcomeLabel(o string) string {
	if o == "" {
		return "no outcome"
	}
	return o
}

func categoryLabel(s *extract.Service) string {
	if s != nil && s.Category != "" {
		return string(s.Category)
	}
	return "uncategorized"
}

// diagnosisGroup labels a letter by the ICD-10-CM chapter of its primary
// diagnosis, the first it lists that has a code other than an external
// cause (chapter 20, never primary); "no coded diagnosis" where none
// has. Corpus stats group items the same way.
func diagnosisGroup(l *extract.Letter) string {
	for _, d := range l.Diagnoses {
		if c := d.ICD10CM; c != nil && c.Chapter != externalCauses {
			for _, ch := range lexicon.ICD10CM().Chapters() {
				if ch.Number == c.Chapter {
					return fmt.Sprintf("%d %s", ch.Number, ch.Name)
				}
			}
		}
	}
	return "no coded diagnosis"
}

// externalCauses is the ICD-10-CM chapter of external causes (V00-Y99).
const externalCauses = 20

// withRates adds each group's overturn rate to its label.
func withRates(cs []Count, overturned tally) []Count {
	for i := range cs {
		cs[i].Label = fmt.Sprintf("%s (%d%% overturned)", cs[i].Label, overturned[cs[i].Label]*100/cs[i].N)
	}
	return cs
}

// tally counts labels.
type tally map[string]int

func (t tally) add(label string) { t[label]++ }

// ordered returns the counts of the labels in the given order, leaving
// out those that did not occur.
func (t tally) ordered(labels []string) []Count {
	var out []Count
	for _, l := range labels {
		if t[l] > 0 {
			out = append(out, Count{Label: l, N: t[l]})
		}
	}
	return scale(out)
}

// byCount returns the counts, most first, then by label.
func (t tally) byCount() []Count {
	var out []Count
	for l, n := range t {
		out = append(out, Count{Label: l, N: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Label < out[j].Label
	})
	return scale(out)
}

// scale sets the percentages of a chart's counts.
func scale(cs []Count) []Count {
	total, top := 0, 0
	for _, c := range cs {
		total += c.N
		top = max(top, c.N)
	}
	for i := range cs {
		cs[i].Percent = percent(cs[i].N, total)
		cs[i].Width = percent(cs[i].N, top)
	}
	return cs
}
