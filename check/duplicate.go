package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// A sentence or paragraph written twice in a row by mistake: a run of
// sentences followed at once by the same run, within one part of the
// letter (the summary, one rationale). Sentences are compared word by
// word, ignoring case and punctuation, and end at a colon too, so that
// "...all medical records:61 yr. old female" repeats "...all medical
// records:". A sentence said again later is not a mistake: rationales
// restate their criteria and conclusions, and paired items often have
// identical rationales.

// minWords is the fewest words a repeated run must have.
const minWords = 5

// A sentence restated back to back with small edits ("Prior care has
// included therapy; injections and medications. Prior care included
// therapy, injections and medications.") is a repeat too: two adjacent
// sentences of one part, each of at least minNearWords words, whose sets
// of word pairs (2-word shingles, case and punctuation ignored) have a
// Jaccard similarity of at least nearShare. Sentences that differ in one
// name only ("the request for X is not medically necessary", then for Y)
// share about half their pairs and stay apart.
const (
	minNearWords = 6
	nearShare    = 0.6
)

// unit is a sentence or a colon-ended clause with its words.
type unit struct {
	extract.Span
	words    string
	n        int
	shingles []shingle // its word pairs, sorted, made when first needed
	buckets  *buckets  // its word pairs counted by hash, made when first needed
}

// buckets count a unit's word pairs (repeats too) by their hash modulo
// their number: a cheap upper bound on the pairs two units share, and a
// lower bound on the distinct pairs each has, which together rule out
// most pairs of units before their pairs are sorted and compared. full
// tells that a count outgrew its byte, and bounds nothing.
type buckets struct {
	n    [128]uint8
	full bool
}

// shingle is a word pair with its hash: pairs sort by hash, then text,
// so that most comparisons are of two numbers and none is wrong.
type shingle struct {
	hash uint64
	text string
}

func compareShingles(a, b shingle) int {
	switch {
	case a.hash < b.hash:
		return -1
	case a.hash > b.hash:
		return 1
	}
	return strings.Compare(a.text, b.text)
}

// hashText is the 64-bit FNV-1a hash of s.
func hashText(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// checkDuplicate finds runs of sentences repeated at once.
func checkDuplicate(d *letter) []Finding {
	var out []Finding
	for _, p := range d.repeatParts() {
		out = append(out, d.repeats(p)...)
	}
	return out
}

// repeatParts returns the parts repeats are looked for in: the reviewer
// paragraphs, the summary, each rationale.
func (d *letter) repeatParts() []extract.Span {
	var out []extract.Span
	for _, k := range []string{extract.SectionReviewer, extract.SectionSummary} {
		if s := d.section(k); s.Len() > 0 {
			out = append(out, s)
		}
	}
	for _, it := range d.Items {
		if it.Rationale.Len() > 0 {
			out = append(out, it.Rationale.Span)
		}
	}
	return out
}

// units splits a part into sentences and colon-ended clauses.
func (d *letter) units(in extract.Span) []unit {
	var out []unit
	for _, s := range d.sentencesIn(in) {
		start := s.Start
		for _, c := range append(colonEnds(d.at(s)), s.Len()) {
			u := trim(d.text, extract.Span{Start: start, End: s.Start + c})
			start = s.Start + c
			if u.Len() == 0 {
				continue
			}
			words, n := d.unitWords(u)
			out = append(out, unit{Span: u, words: words, n: n})
		}
	}
	return out
}

// unitWords returns a unit's words in lower case, joined by single
// spaces, and their number: the runs of letters and digits.
func (d *letter) unitWords(u extract.Span) (string, int) {
	low := d.lower[u.Start:u.End]
	if !isASCII(low) {
		ws := strings.FieldsFunc(strings.ToLower(d.at(u)), notWordRune)
		return strings.Join(ws, " "), len(ws)
	}
	b := make([]byte, 0, len(low))
	n := 0
	for i := 0; i < len(low); {
		for i < len(low) && !isAlnum(low[i]) {
			i++
		}
		j := i
		for j < len(low) && isAlnum(low[j]) {
			j++
		}
		if j > i {
			if n > 0 {
				b = append(b, ' ')
			}
			b = append(b, low[i:j]...)
			n++
		}
		i = j
	}
	return string(b), n
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isAlnum reports whether an ASCII byte is a letter or a digit, as
// unicode.IsLetter and unicode.IsDigit read it.
func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) }

// colonEnds returns the offsets just after the colons that end a
// clause: not those of times (10:30) or labels inside a sentence start.
func colonEnds(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && i > 0 && !isDigit(s[i-1]) {
			out = append(out, i+1)
		}
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// repeats finds runs of units followed at once by the same units.
func (d *letter) repeats(in extract.Span) []Finding {
	us := d.units(in)
	var out []Finding
	for i := 0; i < len(us); i++ {
		for n := 1; i+2*n <= len(us); n++ {
			if !sameUnits(us[i:i+n], us[i+n:i+2*n]) {
				continue
			}
			if words(us[i:i+n]) >= minWords {
				out = append(out, d.duplicateFinding(us[i:i+n], us[i+n:i+2*n]))
				i += 2*n - 1
			}
			break
		}
		if i+1 < len(us) && near(&us[i], &us[i+1]) {
			f := d.duplicateFinding(us[i:i+1], us[i+1:i+2])
			f.Message = fmt.Sprintf("a sentence restated at once with small edits: %q", clip(d.at(us[i].Span), 80))
			out = append(out, f)
			i++
		} else if n := restatedRun(us, i); n > 0 {
			f := d.duplicateFinding(us[i:i+n], us[i+n:i+2*n])
			f.Message = fmt.Sprintf("%d sentences restated at once with small edits: %q", n, clip(d.at(us[i].Span), 80))
			out = append(out, f)
			i += 2*n - 1
		}
	}
	return out
}

// maxRun is the longest run of sentences restated with edits looked for.
const maxRun = 4

// restatedRun returns the length of a run of units starting at i that
// is restated at once, each unit the same or the same with small edits:
// "Medications have included: Norco; Flexeril 5mg. Notes dated ...
// Medications have included: Norco, Flexeril 5mg. Notes dated ...", or
// 0. Runs of one unit are near's.
func restatedRun(us []unit, i int) int {
	for n := 2; n <= maxRun && i+2*n <= len(us); n++ {
		edited, ok := false, true
		for k := 0; k < n && ok; k++ {
			a, b := &us[i+k], &us[i+n+k]
			switch {
			case a.words == b.words:
			case near(a, b):
				edited = true
			default:
				ok = false
			}
		}
		if ok && edited {
			return n
		}
	}
	return 0
}

// near reports whether two different units restate one sentence with
// small edits.
func near(a, b *unit) bool {
	// The Jaccard similarity is at most the ratio of the shorter count of
	// pairs to the longer.
	lo, hi := min(a.n, b.n)-1, max(a.n, b.n)-1
	if a.words == b.words || a.n < minNearWords || b.n < minNearWords || float64(lo) < nearShare*float64(hi) {
		return false
	}
	return mayShare(a.counts(), b.counts()) && pairsNear(a, b)
}

// pairsNear reports whether the sets of two units' word pairs have a
// Jaccard similarity of at least nearShare.
func pairsNear(a, b *unit) bool {
	x, y := a.pairs(), b.pairs()
	n := shared(x, y)
	return float64(n) >= nearShare*float64(len(x)+len(y)-n)
}

// mayShare reports whether two units whose pairs are counted in x and y
// may share enough pairs to be near: n shared of |x| and |y| distinct
// pairs, with n >= nearShare*(|x|+|y|-n), that is n*(1+nearShare) >=
// nearShare*(|x|+|y|). A pair both have falls in one bucket in both, so
// n is at most the sum over buckets of the smaller count; the distinct
// pairs of a unit fill at least as many buckets as are not empty. The
// margin keeps a pair of units it rules out clear of near's rounding.
func mayShare(x, y *buckets) bool {
	if x.full || y.full {
		return true
	}
	most, least := 0, 0
	for k := range x.n {
		most += int(min(x.n[k], y.n[k]))
		least += int(min(x.n[k], 1)) + int(min(y.n[k], 1))
	}
	return float64(most)*(1+nearShare) >= nearShare*float64(least)-1e-6
}

// counts returns the unit's word pairs counted by bucket, made once.
func (u *unit) counts() *buckets {
	if u.buckets == nil {
		u.buckets = new(buckets)
		b := u.buckets
		eachPair(u.words, func(p string) {
			k := hashText(p) % uint64(len(b.n))
			if b.n[k] == 255 {
				b.full = true
				return
			}
			b.n[k]++
		})
	}
	return u.buckets
}

// pairs returns the set of adjacent word pairs of a unit's words, made
// once: sorted, without repeats, each a slice of the unit's words.
func (u *unit) pairs() []shingle {
	if u.shingles == nil {
		u.shingles = make([]shingle, 0, u.n)
		eachPair(u.words, func(p string) { u.shingles = append(u.shingles, shingle{hashText(p), p}) })
		slices.SortFunc(u.shingles, compareShingles)
		u.shingles = slices.Compact(u.shingles)
	}
	return u.shingles
}

// eachPair calls f with each pair of adjacent words of words (single
// spaces apart), in order, repeats too.
func eachPair(words string, f func(string)) {
	first, second := 0, strings.IndexByte(words, ' ')
	for second >= 0 {
		next := strings.IndexByte(words[second+1:], ' ')
		end := len(words)
		if next >= 0 {
			end = second + 1 + next
		}
		f(words[first:end])
		first, second = second+1, next
		if next >= 0 {
			second = end
		}
	}
}

// shared counts the pairs two sorted sets have in common.
func shared(x, y []shingle) int {
	n, i, j := 0, 0, 0
	for i < len(x) && j < len(y) {
		switch c := compareShingles(x[i], y[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			n, i, j = n+1, i+1, j+1
		}
	}
	return n
}

func sameUnits(a, b []unit) bool {
	for k := range a {
		if a[k].words != b[k].words {
			return false
		}
	}
	return true
}

func words(us []unit) int {
	n := 0
	for _, u := range us {
		n += u.n
	}
	return n
}

func (d *letter) duplicateFinding(a, b []unit) Finding {
	first := extract.Span{Start: a[0].Start, End: a[len(a)-1].End}
	again := extract.Span{Start: b[0].Start, End: b[len(b)-1].End}
	what := "a sentence"
	if len(a) > 1 {
		what = fmt.Sprintf("%d sentences", len(a))
	}
	return Finding{
		Code:     CodeDuplicate,
		Severity: Warning,
		Message:  fmt.Sprintf("%s written twice in a row: %q", what, clip(d.at(first), 80)),
		Item:     d.itemAt(first.Start),
		Evidence: []Evidence{d.ev(first, d.role(first.Start)), d.ev(again, d.role(again.Start))},
	}
}

// clip shortens text to about n bytes at a word boundary, marking the cut.
func clip(s string, n int) string {
	s = collapse(s)
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		n = i
	}
	return s[:n] + " ..."
}
