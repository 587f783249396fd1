package inject

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/imrkit/imrkit/extract"
)

// Dates: the header's date of injury and UR denial date, stated again in
// the summary, move; the decision date moves before the date assigned.

const isoDate = "2006-01-02"

// numericDateRe is a date written with numbers: 10/13/2016, 10-13-16.
var numericDateRe = regexp.MustCompile(`^(\d{1,2})([/-])(\d{1,2})[/-](\d{4}|\d{2})$`)

// factTime reads a date fact's value.
func factTime(f *extract.Fact[string]) (time.Time, bool) {
	if f == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(isoDate, f.Value)
	return t, err == nil
}

// writeDate writes t in the numeric form of as: "10/13/2016" gives
// "08/29/2016", "10-13-16" "8-29-16".
func writeDate(as string, t time.Time) (string, bool) {
	g := numericDateRe.FindStringSubmatch(as)
	if g == nil {
		return "", false
	}
	month, day, year := strconv.Itoa(int(t.Month())), strconv.Itoa(t.Day()), strconv.Itoa(t.Year())
	if len(g[1]) == 2 && len(month) == 1 {
		month = "0" + month
	}
	if len(g[3]) == 2 && len(day) == 1 {
		day = "0" + day
	}
	if len(g[4]) == 2 {
		year = year[2:]
	}
	return month + g[2] + day + g[2] + year, true
}

// moveDate plans the header date f moved to t; pair is where the letter
// states the date it is compared with.
func moveDate(f *extract.Fact[string], t time.Time, pair extract.Span, name string, took func(*extract.Letter) *extract.Fact[string]) (plan, bool) {
	text, ok := writeDate(f.Text, t)
	if !ok || text == f.Text {
		return plan{}, false
	}
	want := t.Format(isoDate)
	return plan{
		edits:  []edit{{f.Span, text}},
		pair:   pair,
		change: fmt.Sprintf("header %s: %s to %s", name, f.Text, text),
		took: func(c *extract.Letter) bool {
			g := took(c)
			return g != nil && g.Value == want
		},
	}, true
}

func dateInjury(d *letter, _ int) (plan, bool) {
	head, ok := factTime(d.Dates.Injury)
	if !ok {
		return plan{}, false
	}
	for _, s := range d.Claimant.InjuryDates {
		if s.Value == d.Dates.Injury.Value {
			days := 30 + d.pick(300)
			return moveDate(d.Dates.Injury, head.AddDate(0, 0, -days), s.Span, "date of injury",
				func(c *extract.Letter) *extract.Fact[string] { return c.Dates.Injury })
		}
	}
	return plan{}, false
}

// urRe names the utilization review in a summary sentence.
var urRe = regexp.MustCompile(`(?i)\butilization review\b|\bUR\b`)

// dateURDenial moves the UR denial date later, at most to the
// application's receipt (or 60 days): never across another header date,
// nor before a request for authorization the summary dates.
func dateURDenial(d *letter, _ int) (plan, bool) {
	head, ok := factTime(d.Dates.URDenial)
	stated, found := d.summaryDate(head)
	if !ok || !found {
		return plan{}, false
	}
	hi := head.AddDate(0, 0, 60)
	if t, ok := factTime(d.Dates.ApplicationReceived); ok && t.Before(hi) {
		hi = t
	}
	later := int(hi.Sub(head).Hours() / 24)
	if later < 1 {
		return plan{}, false
	}
	return moveDate(d.Dates.URDenial, head.AddDate(0, 0, 1+d.pick(later)), stated, "UR denial date",
		func(c *extract.Letter) *extract.Fact[string] { return c.Dates.URDenial })
}

// summaryDate finds, in a summary sentence about the utilization
// review, the date t.
func (d *letter) summaryDate(t time.Time) (extract.Span, bool) {
	for _, sent := range d.sentences(d.summary()) {
		if !urRe.MatchString(d.at(sent)) {
			continue
		}
		for _, m := range anyDateRe.FindAllStringIndex(d.at(sent), -1) {
			if v, ok := parseDate(d.at(sent)[m[0]:m[1]]); ok && v.Equal(t) {
				return extract.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}, true
			}
		}
	}
	return extract.Span{}, false
}

var anyDateRe = regexp.MustCompile(`\b\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\b`)

// parseDate reads a date as letters write it.
func parseDate(s string) (time.Time, bool) {
	if g := numericDateRe.FindStringSubmatch(s); g != nil {
		y, _ := strconv.Atoi(g[4])
		if len(g[4]) == 2 {
			y += 2000
		}
		m, _ := strconv.Atoi(g[1])
		day, _ := strconv.Atoi(g[3])
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		return t, t.Month() == time.Month(m) && t.Day() == day
	}
	for _, layout := range []string{"January 2, 2006", "January 2 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateOrder moves the decision date a few days before the date assigned.
func dateOrder(d *letter, _ int) (plan, bool) {
	assigned, ok := factTime(d.Dates.Assigned)
	if _, ok2 := factTime(d.Dates.Decision); !ok || !ok2 {
		return plan{}, false
	}
	return moveDate(d.Dates.Decision, assigned.AddDate(0, 0, -1-d.pick(10)), d.Dates.Assigned.Span, "decision date",
		func(c *extract.Letter) *extract.Fact[string] { return c.Dates.Decision })
}
