package check

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/imrkit/imrkit/extract"
)

// date is a calendar day as a letter writes it. Years are kept as
// written (3026 is a typing error a check should see), two-digit years
// read as 19xx or 20xx.
type date struct {
	y, m, d int
}

const monthNames = `Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`

var (
	dateRe = patternOf(`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b|\b(` + monthNames + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	isoRe  = patternOf(`^(\d{4})-(\d{2})-(\d{2})$`)
)

var monthNumbers = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// dated is a date found in the text with its span.
type dated struct {
	extract.Span
	date
}

// dates returns the dates written inside a span, left to right.
func (d *letter) dates(in extract.Span) []dated {
	if !d.datesRead {
		d.datesRead = true
		d.eachMentions(func(m *extract.Mentions) {
			for _, x := range m.Dates {
				if v, ok := parseDate(x.Value); ok {
					d.allDates = append(d.allDates, dated{x.Span, v})
				}
			}
		})
		d.allDates = ordered(d.allDates)
	}
	return inside(d.allDates, in)
}

// hasDate reports whether a span holds a date.
func (d *letter) hasDate(in extract.Span) bool { return len(d.dates(in)) > 0 }

// parseDate reads one date as written: 10/13/2016, 10-13-16, October 13,
// 2016; or a YYYY-MM-DD value.
func parseDate(s string) (date, bool) {
	if g := isoRe.FindStringSubmatch(s); g != nil {
		return valid(date{atoi(g[1]), atoi(g[2]), atoi(g[3])})
	}
	g := dateRe.FindStringSubmatch(s)
	if g == nil || len(g[0]) != len(s) {
		return date{}, false
	}
	if g[1] != "" {
		v := date{atoi(g[3]), atoi(g[1]), atoi(g[2])}
		if len(g[3]) == 2 {
			v.y += 1900
			if v.y < 1950 {
				v.y += 100
			}
		}
		return valid(v)
	}
	return valid(date{atoi(g[6]), monthNumbers[strings.ToLower(g[4][:3])], atoi(g[5])})
}

// valid accepts a date whose month and day exist; any four-digit year.
func valid(v date) (date, bool) {
	if v.m < 1 || v.m > 12 || v.d < 1 || v.y < 1000 || v.d > daysIn(v.m, v.y) {
		return date{}, false
	}
	return v, true
}

func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// factDate reads the value of a header date fact.
func factDate(f *extract.Fact[string]) (date, bool) {
	if f == nil {
		return date{}, false
	}
	return parseDate(f.Value)
}

func (v date) time() time.Time { return time.Date(v.y, time.Month(v.m), v.d, 0, 0, 0, 0, time.UTC) }

// before reports whether v is an earlier day than w.
func (v date) before(w date) bool { return v.time().Before(w.time()) }

// days is the number of days from v to w.
func (v date) days(w date) int { return int(w.time().Sub(v.time()).Hours() / 24) }

// String writes the date as letters' headers do: 01/02/2017.
func (v date) String() string { return fmt.Sprintf("%02d/%02d/%04d", v.m, v.d, v.y) }

// add returns the date n days later.
func (v date) add(n int) date {
	t := v.time().AddDate(0, 0, n)
	return date{t.Year(), int(t.Month()), t.Day()}
}
