package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// The count an item line requests against the count its rationale
// judges: the count of the rationale's concluding request ("the request
// for 12 sessions of CBT is not medically necessary"), else of a count
// the rationale passes a verdict on ("the additional two sessions is not
// necessary", "the 24 sessions are excessive"). Counts the guidelines give
// ("ODG allows 6 visits") are not the request. For a partial
// certification the item line is the remaining portion; a rationale that
// judges the original request is said to. An item line's own dosing
// ("one tablet twice daily 14 days #40") must also add up.

const countNum = `(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-four|thirty|sixty|ninety)`

var (
	// verdictRe passes a verdict on what a sentence names.
	verdictRe = patternOf(`(?i)\bnot (?:medically )?(?:necessary|supported|warranted|indicated|appropriate|recommended|reasonable|certified)\b|\bexcessive\b|\bexceeds?\b|\b(?:is|are) (?:medically necessary|supported|warranted|appropriate|indicated)\b`).StartsWith("aein")
	// judgedRe is a count a verdict sentence names as the request's.
	judgedRe = patternOf(`(?i)\b(?:the|these|this|an?)\s+(?:(?:additional|requested|remaining|further|proposed|extra|current)\s+)?(` + countNum + `)\s+(?:(?:more|additional|further)\s+)?(?:[a-z/-]+\s+){0,3}?(sessions?|visits?|treatments?|tablets?|capsules?|patch(?:es)?|injections?)\b`).StartsWith("at")
	// guidelineAfter marks a count the guidelines give.
	guidelineAfter = patternOf(`(?i)^[^.;]{0,30}?\b(?:recommended|allowed|supported by|per (?:the )?guidelines?|(?:are|is) recommended)\b`)
)

// checkQuantity compares each item's count with the count its rationale
// judges, and an item's dosing with its count.
func checkQuantity(d *letter) []Finding {
	return d.eachItem(d.judgedCount, d.judgesOriginal, d.dosing)
}

// originalWords name a partial certification's original request in a
// conclusion: "the initial request", "the original request", "as
// originally requested".
var originalWords = patternOf(`(?i)\b(?:the\s+(?:initial|original)(?:ly)?\s+requests?|(?:as|was|were)\s+(?:initially|originally)\s+requested)\b`)

// judgesOriginal finds a partial certification whose conclusion judges
// the original request, with no count of its own, where the original
// count differs from the remaining portion's.
func (d *letter) judgesOriginal(i int) (Finding, bool) {
	it := &d.Items[i]
	c := it.Rationale.Conclusion
	if it.Quantity == nil || c == nil {
		return Finding{}, false
	}
	orig, ok := d.originalCount(i)
	if !ok || orig.value == it.Quantity.Value {
		return Finding{}, false
	}
	var words []extract.Span
	for _, w := range d.find(originalWords, d.sentenceAt(c.Start), 0) {
		// "the remaining portion of the original request" is the portion.
		if !strings.HasSuffix(strings.ToLower(d.text[max(0, w.Start-20):w.Start]), "portion of ") {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return Finding{}, false
	}
	return Finding{
		Code:     CodeQuantity,
		Severity: Warning,
		Message: fmt.Sprintf("the remaining portion under review is %s (%q) but the rationale concludes on %q, the original request of %s",
			num(it.Quantity.Value), d.at(it.Quantity.Span), d.at(d.clause(words[0])), num(orig.value)),
		Item:     i,
		Evidence: []Evidence{d.ev(it.Quantity.Span, "header"), d.ev(d.clause(words[0]), "rationale"), d.ev(orig.Span, "original request")},
	}, true
}

// count is a count with its unit and span.
type count struct {
	extract.Span
	value float64
	unit  string
}

// judgedCount compares an item's count with the count its rationale
// judges.
func (d *letter) judgedCount(i int) (Finding, bool) {
	it := &d.Items[i]
	if it.Quantity == nil {
		return Finding{}, false
	}
	head := count{it.Quantity.Span, it.Quantity.Value, string(it.Quantity.Unit)}
	judged, ok := d.rationaleCount(i)
	if !ok || judged.value == head.value || !sameUnit(head.unit, judged.unit) {
		return Finding{}, false
	}
	msg := fmt.Sprintf("the item line requests %s (%q) but the rationale judges %s (%q)",
		num(head.value), d.at(head.Span), num(judged.value), d.at(judged.Span))
	if orig, ok := d.originalCount(i); ok && orig.value == judged.value {
		msg = fmt.Sprintf("the remaining portion under review is %s (%q) but the rationale judges %s (%q), the original request, not the remaining portion",
			num(head.value), d.at(head.Span), num(judged.value), d.at(judged.Span))
	}
	return Finding{
		Code:     CodeQuantity,
		Severity: Error,
		Message:  msg,
		Item:     i,
		Evidence: []Evidence{d.ev(head.Span, "header"), d.ev(judged.Span, "rationale")},
	}, true
}

// rationaleCount returns the count a rationale judges: the one the
// extraction read from its conclusion, else the last count a verdict
// sentence names.
func (d *letter) rationaleCount(i int) (count, bool) {
	r := d.Items[i].Rationale
	if len(r.Quantities) > 0 {
		q := r.Quantities[0]
		return count{q.Span, q.Value, string(q.Unit)}, true
	}
	sents := d.sentencesIn(r.Span)
	for k := len(sents) - 1; k >= 0; k-- {
		if c, ok := d.verdictCount(sents[k]); ok {
			return c, true
		}
	}
	return count{}, false
}

// verdictCount reads the last count a verdict sentence names, other than
// one the guidelines give.
func (d *letter) verdictCount(sent extract.Span) (count, bool) {
	if !verdictRe.MatchIn(d.at(sent), d.low(sent)) {
		return count{}, false
	}
	var found count
	ok := false
	for _, m := range judgedRe.FindAllIn(d.at(sent), d.low(sent)) {
		s := extract.Span{Start: sent.Start + m[2], End: sent.Start + m[5]}
		if guidelineAfter.MatchString(d.text[s.End:sent.End]) {
			continue
		}
		v, good := readNumber(d.text[sent.Start+m[2] : sent.Start+m[3]])
		if good {
			found, ok = count{s, v, unitWord(d.text[sent.Start+m[4] : sent.Start+m[5]])}, true
		}
	}
	return found, ok
}

// originalCount reads the count of a partial certification's original
// request.
func (d *letter) originalCount(i int) (count, bool) {
	p := d.Items[i].Partial
	if p == nil || p.Original == nil {
		return count{}, false
	}
	q, ok := extract.Count(p.Original.Text, d.lex)
	if !ok {
		return count{}, false
	}
	s := extract.Span{Start: p.Original.Start + q.Start, End: p.Original.Start + q.End}
	return count{s, q.Value, string(q.Unit)}, true
}

// unitClasses groups the units that count the same things.
var unitClasses = map[string]string{
	"session": "visit", "visit": "visit", "treatment": "visit", "appointment": "visit",
	"unit": "dose", "tablet": "dose", "capsule": "dose", "pill": "dose", "patch": "dose", "injection": "dose",
}

// sameUnit reports whether two units count the same things; a count
// without a unit goes with any.
func sameUnit(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	ca, cb := unitClasses[a], unitClasses[b]
	return ca != "" && ca == cb
}

// unitWord names the unit a counted noun counts.
func unitWord(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasPrefix(w, "patch"):
		return "patch"
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

var spelledNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}

// readNumber reads a number written in digits or words.
func readNumber(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if v, ok := spelledNumbers[s]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// num writes a count without a needless fraction.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

var (
	// dosingRe is a dosing direction with a duration: "one tablet twice
	// daily 14 days".
	dosingRe = patternOf(`(?i)\b(one|two|three|1|2|3)\s+(?:tablets?|tabs?|capsules?|caps?|pills?)\b[^#;]{0,30}?\b(once|twice|three times|four times|BID|TID|QID|daily|every\s+\d+\s+hours|q\s?\d+\s?h)\b(?:\s+(?:a day|daily|per day))?[^#;]{0,15}?\b(?:for\s+|x\s*)?(\d+)\s*days?\b`)
	everyRe  = patternOf(`(?i)(\d+)`)
)

var perDay = map[string]float64{"once": 1, "daily": 1, "twice": 2, "bid": 2, "three times": 3, "tid": 3, "four times": 4, "qid": 4}

// dosing checks that an item line's dosing adds up to its count: "one
// tablet twice daily 14 days #40" asks for 28 tablets, not 40.
func (d *letter) dosing(i int) (Finding, bool) {
	it := &d.Items[i]
	if it.Quantity == nil || it.Header == nil || !strings.HasPrefix(it.Quantity.Text, "#") {
		return Finding{}, false
	}
	m := dosingRe.FindStringSubmatchIndex(it.Header.Text)
	if m == nil {
		return Finding{}, false
	}
	t := it.Header.Text
	n, _ := readNumber(t[m[2]:m[3]])
	f := frequency(t[m[4]:m[5]])
	days, _ := readNumber(t[m[6]:m[7]])
	want := n * f * days
	if f == 0 || want == it.Quantity.Value {
		return Finding{}, false
	}
	s := extract.Span{Start: it.Header.Start + m[0], End: it.Header.Start + m[1]}
	return Finding{
		Code:     CodeQuantity,
		Severity: Warning, // the dosing's product is a reading, not a stated count
		Message:  fmt.Sprintf("the item line requests %s (%q) but its dosing %q makes %s", num(it.Quantity.Value), it.Quantity.Text, d.at(s), num(want)),
		Item:     i,
		Evidence: []Evidence{d.ev(it.Quantity.Span, "header"), d.ev(s, "header")},
	}, true
}

// frequency reads doses a day: "twice" 2, "every 8 hours" 3.
func frequency(s string) float64 {
	if f, ok := perDay[strings.ToLower(s)]; ok {
		return f
	}
	if h, ok := readNumber(everyRe.FindString(s)); ok && h > 0 && h <= 24 {
		return 24 / h
	}
	return 0
}
