package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// datePattern matches the date forms letters use: 10/13/2016, 10-13-16,
// 8/6/94, October 13, 2016, Oct. 13, 2016.
const datePattern = `(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|` +
	`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`

var (
	numDateRe = regexp.MustCompile(`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$`)
	wordDate  = regexp.MustCompile(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
)

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// parseDate turns a date as written into YYYY-MM-DD. Two-digit years
// below 50 are taken as 20xx, others as 19xx.
func parseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	var y, m, d int
	if g := numDateRe.FindStringSubmatch(s); g != nil {
		m, d, y = atoi(g[1]), atoi(g[2]), atoi(g[3])
		if len(g[3]) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
	} else if g := wordDate.FindStringSubmatch(s); g != nil && len(g[1]) >= 3 {
		m, d, y = months[strings.ToLower(g[1][:3])], atoi(g[2]), atoi(g[3])
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(m, y) || y < 1900 || y > 2100 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
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
