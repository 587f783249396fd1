package check

import (
	"fmt"
	"strconv"

	"github.com/imrkit/imrkit/extract"
)

// The claimant's age as the letter states it more than once: ages ("a 61
// year old female") that differ by more than a year, two birth dates, or
// a birth date that gives another age at the UR denial. Ages that are not
// the claimant's ("since 13 years old", "patients over age 30") are not
// statements of the claimant's age.

var (
	// claimantAgeRe is an age given the claimant: "is a 61 year old",
	// "a 34-year-old male".
	claimantAgeRe = patternOf(`(?i)\b(?:is|was|an?)\s+(\d{1,3})(?:\s*|-)(?:years?|yrs?\.?)(?:\s*|-)old\b|\b(\d{1,3})(?:\s*|-)(?:years?|yrs?\.?)(?:\s*|-)old\s+(?:male|female|man|woman|gentleman|lady|claimant|patient|applicant|employee|individual|(?:injured )?worker)\b|\b(\d{1,3})\s*y/o\b`).StartsWith("0123456789aiw")
	birthRe       = patternOf(`(?i)\b(?:birth ?dates?|dates? of birth|DOB|born(?: on)?)\b(?:\s*(?:as|is|was|of|on|:))*\s*`)
)

// checkAge compares the claimant's age statements and birth dates.
func checkAge(d *letter) []Finding {
	all := extract.Span{Start: d.summary().Start, End: len(d.text)}
	if d.summary().Len() == 0 {
		return nil
	}
	if f, ok := d.ageStatements(all); ok {
		return []Finding{f}
	}
	if f, ok := d.birthDates(all); ok {
		return []Finding{f}
	}
	return nil
}

type ageAt struct {
	extract.Span
	years int
}

// ages returns the claimant's age statements.
func (d *letter) ages(in extract.Span) []ageAt {
	var out []ageAt
	for _, sent := range d.sentencesIn(in) {
		if !d.has(sent, "old", "y/o") {
			continue
		}
		for _, m := range claimantAgeRe.FindAllIn(d.at(sent), d.low(sent)) {
			for g := 1; g <= 3; g++ {
				if m[2*g] >= 0 {
					s := extract.Span{Start: sent.Start + m[2*g], End: sent.Start + m[2*g+1]}
					n, _ := strconv.Atoi(d.at(s))
					out = append(out, ageAt{s, n})
				}
			}
		}
	}
	return out
}

// ageStatements finds two ages more than a year apart.
func (d *letter) ageStatements(in extract.Span) (Finding, bool) {
	as := d.ages(in)
	for _, a := range as[min(1, len(as)):] {
		if a.years > as[0].years+1 || a.years < as[0].years-1 {
			f := d.ageFinding(fmt.Sprintf("the claimant is %d years old and %d years old", as[0].years, a.years), as[0].Span, a.Span)
			f.Severity = Error // two stated ages
			return f, true
		}
	}
	return Finding{}, false
}

// birthDates finds two birth dates, or a birth date that gives another
// age at the UR denial than the first age stated.
func (d *letter) birthDates(in extract.Span) (Finding, bool) {
	if !d.has(in, "birth", "dob", "born") {
		return Finding{}, false
	}
	for _, m := range d.find(birthRe, in, 0) {
		sent := d.sentenceAt(m.Start)
		ds := d.dates(extract.Span{Start: m.End, End: min(sent.End, m.End+40)})
		if len(ds) == 0 || ds[0].Start > m.End+3 {
			continue
		}
		if len(ds) > 1 && ds[1].date != ds[0].date {
			s := extract.Span{Start: m.Start, End: ds[1].End}
			return d.ageFinding("two birth dates: "+d.at(s), s, ds[1].Span), true
		}
		if f, ok := d.ageFromBirth(ds[0], in); ok {
			return f, true
		}
	}
	return Finding{}, false
}

// ageFromBirth compares the age a birth date gives at the UR denial
// with the first age stated.
func (d *letter) ageFromBirth(born dated, in extract.Span) (Finding, bool) {
	as := d.ages(in)
	at, ok := factDate(d.Dates.URDenial)
	if len(as) == 0 || !ok {
		return Finding{}, false
	}
	years := born.days(at) / 365
	if years <= as[0].years+1 && years >= as[0].years-1 {
		return Finding{}, false
	}
	msg := fmt.Sprintf("the claimant is %d years old but was born %s, %d years before the UR denial", as[0].years, d.at(born.Span), years)
	return d.ageFinding(msg, as[0].Span, born.Span), true
}

func (d *letter) ageFinding(msg string, a, b extract.Span) Finding {
	return Finding{
		Code:     CodeAge,
		Severity: Warning,
		Message:  msg,
		Item:     -1,
		Evidence: []Evidence{d.ev(d.clause(a), d.role(a.Start)), d.ev(d.clause(b), d.role(b.Start))},
	}
}
