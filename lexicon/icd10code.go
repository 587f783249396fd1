package lexicon

import (
	"fmt"
	"slices"
	"strings"
)

// Matches a Coding can be.
const (
	MatchExact    = "exact"    // the phrase says what the description says
	MatchDerived  = "derived"  // through synonyms, abbreviations or defaults
	MatchCategory = "category" // only the code's 3-character category is supported
)

// Coding is the ICD-10-CM code chosen for a diagnosis phrase.
type Coding struct {
	ICD10
	Match  string // MatchExact, MatchDerived or MatchCategory
	Hedged bool   // the phrase is uncertain ("possible", "rule out"): coded to the sign it names
}

// Candidate is a code considered for a phrase: its score and why.
type Candidate struct {
	ICD10
	Score float64
	Why   string
}

// Code chooses the code for a diagnosis phrase, following the
// conventions of ICD-10-CM: the most specific code the phrase supports;
// the side it states, else side (the letter's single stated side, or
// ""); the 7th character A unless it says subsequent encounter, sequela,
// delayed or routine healing or an open fracture; combination codes when
// it states both parts; and, for a hedged phrase ("possible", "rule
// out"), the sign or symptom the condition is documented by. It reports
// false when no code fits.
func (cs *CodeSet) Code(phrase, side string) (Coding, bool) {
	q := cs.parse(phrase, side)
	best := cs.rank(q, 1)
	if len(best) == 0 {
		return Coding{}, false
	}
	return Coding{ICD10: best[0].ICD10, Match: best[0].match, Hedged: q.hedged}, true
}

// Candidates returns up to n codes considered for a phrase, best first,
// each with its score and the reasons for it.
func (cs *CodeSet) Candidates(phrase, side string, n int) []Candidate {
	var out []Candidate
	for _, s := range cs.rank(cs.parse(phrase, side), n) {
		out = append(out, Candidate{ICD10: s.ICD10, Score: s.score, Why: s.why})
	}
	return out
}

// named is one thing a phrase names: the description wordings it may take,
// as stems, preferred first.
type named struct {
	written string
	alts    [][]string
	derived bool    // read through a term, not as written
	decay   float64 // what each later wording loses
}

// query is a phrase read for coding.
type query struct {
	slots      []named
	side       string // as stated
	letterSide string // the letter's, where the phrase states none
	seventh    byte
	hedged     bool
	status     *term // "status post", coded to its code when the phrase names a procedure
	procedure  bool
	signs      []string // the signs of the hedged conditions named
	chapter    int      // the chapter its terms prefer
	defaults   []string // the Alphabetic Index defaults of its terms that are code prefixes ("S83.24")
	cause      []named  // external causes, coded only when it names nothing else
}

// parse reads a phrase into the things it names, the side, the encounter
// and its certainty.
func (cs *CodeSet) parse(phrase, side string) *query {
	q := &query{letterSide: side, seventh: 'A'}
	words := codeWords(phrase)
	for i := 0; i < len(words); {
		t, n := cs.termAt(words, i)
		if t == nil {
			q.word(cs, words[i])
			i++
			continue
		}
		q.term(t, strings.Join(words[i:i+n], " "))
		i += n
	}
	return cs.settle(q)
}

// word adds a word no term names: itself, unless it holds digits (a
// spinal level, a date).
func (q *query) word(cs *CodeSet, w string) {
	if strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return
	}
	s := cs.stem(w)
	alts := [][]string{{s}}
	if _, known := cs.post[s]; !known {
		alts = append(alts, cs.near(w)...)
	}
	q.slots = append(q.slots, named{written: w, alts: alts})
}

// near returns the code set's words within the lexicon's edit budget of
// a word none of whose descriptions has, as stems.
func (cs *CodeSet) near(w string) [][]string {
	max := budget(len(w))
	if max == 0 {
		return nil
	}
	var out [][]string
	for s := range cs.post {
		if s[0] == w[0] && distance(w, s, max) <= max {
			out = append(out, []string{s})
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// term adds what a term says of the phrase.
func (q *query) term(t *term, written string) {
	switch t.role {
	case "stop", "noise", "boilerplate":
	case "hedge":
		q.hedged = true
	case "left", "right", "bilateral":
		q.side = sideOf(q.side, t.role)
	case "subsequent", "routine":
		q.seventh = 'D'
	case "sequela":
		q.seventh = 'S'
	case "delayed":
		q.seventh = 'G'
	case "open":
		q.seventh = 'B'
		q.slots = append(q.slots, named{written: written, alts: [][]string{{"fractur"}}})
	case "status":
		q.status = t
	case "cause":
		q.cause = append(q.cause, named{written: written, alts: t.means, derived: true})
	case "procedure":
		q.procedure = true
		q.slots = append(q.slots, named{written: written, alts: t.means, derived: true})
	default:
		q.slots = append(q.slots, named{written: written, alts: t.means, derived: !sameWords(t.means[0], written),
			decay: decayOf(t)})
		if t.sign != "" {
			q.signs = append(q.signs, t.sign)
		}
		if t.chapter != 0 {
			q.chapter = t.chapter
		}
		if t.code != "" {
			q.defaults = append(q.defaults, t.code)
		}
	}
}

// decayOf is what a later wording of a term loses: much for an order of
// preference, a tie-breaker for equal wordings.
func decayOf(t *term) float64 {
	if t.prefer {
		return 0.3
	}
	return 0.02
}

func sameWords(stems []string, written string) bool {
	return strings.Join(stems, " ") == written
}

// settle applies the rules that read the whole phrase: a hedged
// condition is coded to its sign, an external cause only when the phrase
// names nothing else, and "status post" a procedure to the status code.
func (cs *CodeSet) settle(q *query) *query {
	if q.hedged && len(q.signs) > 0 {
		sign := cs.parse(q.signs[0]+" "+q.side, q.letterSide)
		sign.hedged = true
		return sign
	}
	if len(q.slots) == 0 {
		q.slots = q.cause
	}
	if q.status != nil && q.procedure {
		q.slots = []named{{written: "status post", alts: q.status.means[:1], derived: true}}
	}
	return q
}

// termAt returns the longest term written at words[i:], and its length
// in words.
func (cs *CodeSet) termAt(words []string, i int) (*term, int) {
	var best *term
	n := 0
	for _, t := range cs.first[words[i]] {
		for _, w := range t.words {
			if len(w) > n && i+len(w) <= len(words) && slices.Equal(w, words[i:i+len(w)]) {
				best, n = t, len(w)
			}
		}
	}
	return best, n
}

// scored is a candidate entry being ranked.
type scored struct {
	ICD10
	entry int32
	score float64
	match string
	why   string
}

// rank scores every entry that shares a word with the query and returns
// the n best.
func (cs *CodeSet) rank(q *query, n int) []scored {
	if len(q.slots) == 0 {
		return nil
	}
	seen := map[int32]bool{}
	var out []scored
	for _, sl := range q.slots {
		for _, alt := range sl.alts {
			for _, s := range alt {
				for _, id := range cs.post[s] {
					if !seen[id] {
						seen[id] = true
						if c, ok := cs.score(q, id); ok {
							out = append(out, c)
						}
					}
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out[:min(n, len(out))]
}

// score scores one entry for a query: one for each thing named that the
// description says (less for a later wording), minus one for each it
// does not, minus what the description says that the phrase leaves out,
// and the side.
func (cs *CodeSet) score(q *query, id int32) (scored, bool) {
	e := &cs.entries[id]
	used := make([]bool, len(e.words))
	var why []string
	s, matched, missed, derived := 0.0, 0, 0, false
	for _, sl := range q.slots {
		k := matchSlot(e.words, sl.alts, used)
		if k < 0 {
			s -= 1
			missed++
			why = append(why, fmt.Sprintf("-1 %q not said", sl.written))
			continue
		}
		matched++
		s += 1 - sl.decay*float64(min(k, 3))
		derived = derived || sl.derived || k > 0
	}
	if matched == 0 {
		return scored{}, false
	}
	left := cs.leftOut(e, used)
	s -= left
	if left > 0 {
		why = append(why, fmt.Sprintf("-%.2f words the phrase leaves out", left))
	}
	side, sideWhy := sideScore(q, e.side)
	s += side
	if sideWhy != "" {
		why = append(why, sideWhy)
	}
	if e.index {
		s += 0.2
		why = append(why, "+0.2 the Alphabetic Index default")
	}
	c := scored{entry: id, ICD10: cs.variant(e, q.seventh)}
	for _, d := range q.defaults {
		if strings.HasPrefix(c.Code, d) {
			s += 0.4
			why = append(why, fmt.Sprintf("+0.4 the Alphabetic Index default %s", d))
			break
		}
	}
	if q.chapter != 0 && c.Chapter == q.chapter {
		s += 0.3
		why = append(why, fmt.Sprintf("+0.3 chapter %d", q.chapter))
	}
	c.score, c.why = s, strings.Join(why, "; ")
	c.match = matchOf(missed, derived || q.side == "" && q.letterSide != "" && e.side != "", left)
	return c, true
}

// matchOf names how well a code fits its phrase.
func matchOf(missed int, derived bool, left float64) string {
	switch {
	case missed > 0:
		return MatchCategory
	case derived || left > 0.2:
		return MatchDerived
	}
	return MatchExact
}

// matchSlot marks the words of the first wording of a slot that the
// description has, returning its index, or -1.
func matchSlot(words []string, alts [][]string, used []bool) int {
	for k, alt := range alts {
		if idx, ok := findAll(words, alt, used); ok {
			for _, i := range idx {
				used[i] = true
			}
			return k
		}
	}
	return -1
}

// findAll finds each stem of alt among words, preferring words not yet
// used.
func findAll(words, alt []string, used []bool) ([]int, bool) {
	var idx []int
	for _, s := range alt {
		at := -1
		for i, w := range words {
			if w == s && (at < 0 || used[at] && !used[i]) {
				at = i
			}
		}
		if at < 0 {
			return nil, false
		}
		idx = append(idx, at)
	}
	return idx, true
}

// leftOut is what the description's unmatched words cost: nothing for
// joining words, words it says twice and the default state it negates
// ("without myelopathy", "not intractable"); little for boilerplate;
// more for "other" and "specified", which name what the phrase does not;
// most for qualifiers that must be stated to be coded ("pathological").
func (cs *CodeSet) leftOut(e *codeEntry, used []bool) float64 {
	sum := 0.0
	for i, w := range e.words {
		if used[i] || i < 64 && e.negated&(1<<i) != 0 || usedWord(e.words, used, w) {
			continue
		}
		if c, ok := cs.cost[w]; ok {
			sum += c
			continue
		}
		switch w {
		case "other", "specifi":
			sum += 0.35
		default:
			sum += 0.3
		}
	}
	return sum
}

// usedWord reports whether a word is matched elsewhere in a description
// that says it twice.
func usedWord(words []string, used []bool, w string) bool {
	for i, x := range words {
		if used[i] && x == w {
			return true
		}
	}
	return false
}

// sideScore scores a description's side against the phrase's, or the
// letter's where the phrase states none.
func sideScore(q *query, side string) (float64, string) {
	want, bonus := q.side, 0.5
	if want == "" {
		want, bonus = q.letterSide, 0.3
	}
	switch {
	case side == "" && want != "" && want != "bilateral":
		return -0.1, ""
	case side == "":
		return 0, ""
	case want == "":
		return -0.3, "-0.3 a side the phrase does not state"
	case side == want:
		return bonus, fmt.Sprintf("+%.1f side %s", bonus, side)
	}
	return -1, "-1 another side"
}

// variant returns the code of an entry with the 7th character wanted,
// else A, else its first.
func (cs *CodeSet) variant(e *codeEntry, want byte) ICD10 {
	if len(e.sevenths) == 0 {
		return cs.icd10(e.code, e.desc)
	}
	pick := e.sevenths[0]
	for _, c := range []byte{'A', want} {
		for _, s := range e.sevenths {
			if s.char == c {
				pick = s
			}
		}
	}
	return cs.icd10(e.code+string(pick.char), e.desc+pick.suffix)
}
