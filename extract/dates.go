package extract

import (
	"strconv"
	"strings"
)

// datePattern matches the date forms letters use: 10/13/2016, 10-13-16,
// 8/6/94, October 13, 2016, Oct. 13, 2016.
const datePattern = `(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|` +
	`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`

// dateHere reads a date at the start of the text.
var dateHere = patternOf(`(?i)^` + datePattern)

// The whole dates parseDate reads, in their parts: 10/13/2016, 10-13-16;
// Oct. 13th, 2016.
var (
	numericDate = patternOf(`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$`)
	wordDate    = patternOf(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
)

// dateAt returns the end of the date at offset i of the lower-case text
// low, or -1.
func dateAt(low string, i int) int {
	if m := dateHere.Lowered().FindStringIndex(low[i:]); m != nil {
		return i + m[1]
	}
	return -1
}

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// parseDate turns a date as written into YYYY-MM-DD. Two-digit years
// below 50 are taken as 20xx, others as 19xx. Any four-digit year from
// 1000 is kept as written: "December 9, 3026" is a date stated with a
// typing error, which check compares with the others.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	var y, m, d int
	if ms, ds, ys, ok := numericParts(s); ok {
		m, d, y = atoi(ms), atoi(ds), atoi(ys)
		if len(ys) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
	} else if name, ds, ys, ok := wordParts(s); ok && len(name) >= 3 {
		m, d, y = months[strings.ToLower(name[:3])], atoi(ds), atoi(ys)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(m, y) || y < 1000 || y > 9999 {
		return "", false
	}
	b := strconv.AppendInt(make([]byte, 0, 10), int64(y), 10)
	return string(twoDigits(twoDigits(b, m), d)), true
}

// twoDigits appends "-" and n in two digits.
func twoDigits(b []byte, n int) []byte {
	return append(b, '-', byte('0'+n/10), byte('0'+n%10))
}

// numericParts splits a whole numeric date, 10/13/2016 or 10-13-16, into
// its month, day and year.
func numericParts(s string) (m, d, y string, ok bool) {
	g := numericDate.Regexp().FindStringSubmatch(s)
	if g == nil {
		return "", "", "", false
	}
	return g[1], g[2], g[3], true
}

// wordParts splits a whole date with a month's name, "Oct. 13th, 2016",
// into the name, the day and the year.
func wordParts(s string) (name, d, y string, ok bool) {
	g := wordDate.Regexp().FindStringSubmatch(s)
	if g == nil {
		return "", "", "", false
	}
	return g[1], g[2], g[3], true
}

func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
