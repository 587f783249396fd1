package check

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Durations that date the injury or its treatment: "the injury is a
// month ago", "has been experiencing pain for 10 months", "has been on
// chronic opioid treatment, at least 6 months". Each is measured back from
// the date of its sentence, else from the UR denial date. Durations are
// loose words, so these findings are graded info.

const countWord = `(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`

var (
	// injuryAgoRe gives the injury's age: "The injury is a month ago".
	injuryAgoRe = patternOf(`(?i)\b(?:the injury (?:is|was|occurred)|(?:was|got) injured)\s+(?:about |approximately )?` + countWord + `\s+(weeks?|months?|years?)\s+ago\b`)
	// ongoingRe gives how long something has gone on: "has been
	// experiencing pain for 10 months", "has been on chronic opioid
	// treatment, at least 6 months".
	ongoingRe = patternOf(`(?i)\b(?:has|have) been (?:experiencing|having|on|taking|using|treated)\b([^.;]{0,50}?)(?:for|,)\s+(at least |over |more than )?(?:about |approximately )?` + countWord + `\s+(weeks?|months?|years?)\b`)
	// ongoingWhat is what an ongoing statement must be about: the pain or
	// its care, not a habit or another condition.
	ongoingWhat = patternOf(`(?i)\b(?:pain|symptoms?|complaints?|treatment|therapy|opioids?|medications?)\b`)
	// notOngoing marks a history that predates the claim.
	notOngoing = patternOf(`(?i)\b(?:prior|previous|history|before the injury)\b`)
)

var numbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// durations finds durations that put the injury, or the care of it,
// before the date of injury.
func (d *letter) durations() []Finding {
	head, ok := factDate(d.Dates.Injury)
	if !ok {
		return nil
	}
	var out []Finding
	for _, s := range d.sents {
		sent := s.Span
		if d.summary().Len() == 0 || sent.Start < d.summary().Start {
			continue
		}
		// Both readings need a span of weeks, months or years.
		if !d.has(sent, "week", "month", "year") {
			continue
		}
		if f, ok := d.injuryAgo(sent, head); ok {
			out = append(out, f)
		} else if f, ok := d.ongoing(sent, head); ok {
			out = append(out, f)
		}
	}
	return out
}

// injuryAgo checks a statement of the injury's age against the date of
// injury: off by more than a month and by more than half the age.
func (d *letter) injuryAgo(sent extract.Span, head date) (Finding, bool) {
	m := injuryAgoRe.FindIn(d.at(sent), d.low(sent))
	if m == nil {
		return Finding{}, false
	}
	days := spanDays(d.at(sent)[m[2]:m[3]], d.at(sent)[m[4]:m[5]])
	anchor := d.anchor(sent)
	implied := anchor.date.add(-days)
	off := implied.days(head)
	if off < 0 {
		off = -off
	}
	if off <= 30 || off*2 <= days {
		return Finding{}, false
	}
	s := extract.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}
	msg := fmt.Sprintf("%q (from %s, about %s) vs the date of injury %s", d.at(s), anchor.date, implied, head)
	return d.durationFinding(s, anchor, msg), true
}

// ongoing checks a statement of how long pain or care has gone on: it
// must not start more than a month before the date of injury.
func (d *letter) ongoing(sent extract.Span, head date) (Finding, bool) {
	t := d.at(sent)
	m := ongoingRe.FindStringSubmatchIndex(t)
	if m == nil || notOngoing.MatchString(t) || !ongoingWhat.MatchString(t[m[0]:m[1]]) {
		return Finding{}, false
	}
	days := spanDays(t[m[6]:m[7]], t[m[8]:m[9]])
	anchor := d.anchor(sent)
	start := anchor.date.add(-days)
	if start.days(head) <= 30 {
		return Finding{}, false
	}
	s := extract.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}
	msg := fmt.Sprintf("%q (from %s, since about %s) starts before the date of injury %s", d.at(s), anchor.date, start, head)
	return d.durationFinding(s, anchor, msg), true
}

func (d *letter) durationFinding(s extract.Span, anchor dated, msg string) Finding {
	evs := []Evidence{d.ev(s, d.role(s.Start)), d.ev(d.labelLine(d.Dates.Injury.Span), "header")}
	if anchor.Len() > 0 && !in(anchor.Span, d.sentenceAt(s.Start)) {
		evs = append(evs, d.ev(d.clause(anchor.Span), d.role(anchor.Start)))
	}
	return Finding{Code: CodeDateOrder, Severity: Info, Message: msg, Item: d.rationaleItem(s.Start), Evidence: evs}
}

// anchor is the date a duration counts back from: the date its sentence
// gives, else the UR denial date.
func (d *letter) anchor(sent extract.Span) dated {
	if ds := d.dates(sent); len(ds) > 0 {
		return ds[0]
	}
	v, _ := factDate(d.Dates.URDenial)
	if d.Dates.URDenial == nil {
		return dated{date: v}
	}
	return dated{d.labelLine(d.Dates.URDenial.Span), v}
}

// spanDays reads "a month", "6 weeks" as a number of days.
func spanDays(n, unit string) int {
	k, ok := numbers[strings.ToLower(n)]
	if !ok {
		k = atoi(n)
	}
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "week"):
		return 7 * k
	case strings.HasPrefix(u, "month"):
		return 30 * k
	}
	return 365 * k
}

// rationaleItem returns the item whose rationale holds off, or -1.
func (d *letter) rationaleItem(off int) int {
	i := d.itemAt(off)
	if i < 0 || off < d.Items[i].Rationale.Start || off >= d.Items[i].Rationale.End {
		return -1
	}
	return i
}
