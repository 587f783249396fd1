package extract

import (
	"strconv"
	"strings"
)

// datePattern matches the date forms letters use: 10/13/2016, 10-13-16,
// 8/6/94, October 13, 2016, Oct. 13, 2016.
const datePattern = `(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|` +
	`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`

// dateAt reads, at offset i of s, a date in one of the forms of
// datePattern, letters in any case, and returns its end or -1.
func dateAt(s string, i int) int {
	if j := numericDate(s, i); j >= 0 {
		return j
	}
	return wordDateAt(s, i)
}

// numericDate reads 10/13/2016, 10-13-16, 8/6/94.
func numericDate(s string, i int) int {
	i = dayOrMonth(s, i)
	i = dayOrMonth(s, i)
	if j := digits(s, i, 4, 4); j >= 0 {
		return j
	}
	return digits(s, i, 2, 2)
}

// dayOrMonth reads one or two digits and a slash or hyphen (\d{1,2}[/-]).
func dayOrMonth(s string, i int) int {
	if i < 0 || i >= len(s) || !isDigit(s[i]) {
		return -1
	}
	if j := byteIn(s, i+1, "/-"); j >= 0 {
		return j
	}
	if i+1 < len(s) && isDigit(s[i+1]) {
		return byteIn(s, i+2, "/-")
	}
	return -1
}

// wordDateAt reads October 13, 2016, Oct. 13th 2016.
func wordDateAt(s string, i int) int {
	m := monthName(s, i)
	i = digits(s, space1(s, optional(m, byteIn(s, m, "."))), 1, 2)
	i = optional(i, litsFold(s, i, "st", "nd", "rd", "th"))
	i = optional(i, byteIn(s, i, ","))
	return digits(s, space1(s, i), 4, 4)
}

// monthName reads a month's name or its abbreviation, in any case.
func monthName(s string, i int) int {
	if j := litFold(s, i, "sep"); j >= 0 {
		j = optional(j, litFold(s, j, "t"))
		return optional(j, litFold(s, j, "ember"))
	}
	for _, m := range monthNames {
		if j := litFold(s, i, m[0]); j >= 0 {
			return optional(j, litFold(s, j, m[1]))
		}
	}
	return -1
}

// monthNames are the months but September: the abbreviation and the rest
// of the name.
var monthNames = [][2]string{
	{"jan", "uary"}, {"feb", "ruary"}, {"mar", "ch"}, {"apr", "il"}, {"may", ""}, {"jun", "e"},
	{"jul", "y"}, {"aug", "ust"}, {"oct", "ober"}, {"nov", "ember"}, {"dec", "ember"},
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
	a := dayOrMonth(s, 0)
	b := dayOrMonth(s, a)
	if b < 0 || len(s)-b != 4 && len(s)-b != 2 || digitsEnd(s, b) != len(s) {
		return "", "", "", false
	}
	return s[:a-1], s[a : b-1], s[b:], true
}

// wordParts splits a whole date with a month's name, "Oct. 13th, 2016",
// into the name, the day and the year.
func wordParts(s string) (name, d, y string, ok bool) {
	n := 0
	for n < len(s) && isLetter(s[n]) {
		n++
	}
	if n == 0 {
		return "", "", "", false
	}
	j := space1(s, optional(n, byteIn(s, n, ".")))
	e := digits(s, j, 1, 2)
	k := optional(e, lits(s, e, "st", "nd", "rd", "th"))
	k = space1(s, optional(k, byteIn(s, k, ",")))
	if k < 0 || len(s)-k != 4 || digitsEnd(s, k) != len(s) {
		return "", "", "", false
	}
	return s[:n], s[j:e], s[k:], true
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
