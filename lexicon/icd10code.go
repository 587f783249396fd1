package lexicon

import (
	"fmt"
	mathbits "math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
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
//
// The codings of phrases up to 1 KB are remembered (up to 16,384 of
// them), since the diagnoses of letters recur.
func (cs *CodeSet) Code(phrase, side string) (Coding, bool) {
	key := side + "\x00" + phrase
	if c, ok := cs.codings.lookup(key); ok {
		return c, c.Code != ""
	}
	q := cs.parse(phrase, side)
	var c Coding
	if best := cs.rank(q, 1); len(best) > 0 {
		c = Coding{ICD10: best[0].ICD10, Match: best[0].match, Hedged: q.hedged}
		if c.Match != MatchCategory && !q.hedged && cs.says(q.words, c.Description) {
			c.Match = MatchExact
		}
	}
	cs.codings.keep(key, c)
	return c, c.Code != ""
}

// Forget drops the codings remembered (for benchmarks of coding from
// nothing, and to bound memory in a long-running process).
func (cs *CodeSet) Forget() {
	cs.codings.mu.Lock()
	cs.codings.m = nil
	cs.codings.mu.Unlock()
}

// codingCache keeps the codings of phrases (an empty Coding for none).
type codingCache struct {
	mu sync.RWMutex
	m  map[string]Coding
}

func (c *codingCache) lookup(key string) (Coding, bool) {
	c.mu.RLock()
	r, ok := c.m[key]
	c.mu.RUnlock()
	return r, ok
}

func (c *codingCache) keep(key string, r Coding) {
	if len(key) > maxPhraseLen {
		return
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]Coding{}
	}
	if len(c.m) < maxPhrases {
		c.m[key] = r
	}
	c.mu.Unlock()
}

// Candidates returns up to n codes considered for a phrase, best first,
// each with its score and the reasons for it.
func (cs *CodeSet) Candidates(phrase, side string, n int) []Candidate {
	var out []Candidate
	for _, s := range cs.rank(cs.parse(phrase, side), n) {
		out = append(out, Candidate{ICD10: s.ICD10, Score: s.score, Why: strings.Join(s.why, "; ")})
	}
	return out
}

// named is one thing a phrase names: the description wordings it may take,
// as stems, preferred first.
type named struct {
	written string
	alts    [][]int32 // word IDs
	decay   float64   // what each later wording loses
}

// query is a phrase read for coding.
type query struct {
	words      []string // the phrase's (see codeWords)
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
	q.words = words
	for i := 0; i < len(words); {
		t, n := cs.termAt(words, i)
		if t == nil {
			q.word(cs, words[i])
			i++
			continue
		}
		q.term(cs, t, strings.Join(words[i:i+n], " "))
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
	s := cs.id(cs.stem(w))
	alts := [][]int32{{s}}
	if s < 0 || len(cs.post[s]) == 0 {
		alts = append(alts, cs.near(w)...)
	}
	q.slots = append(q.slots, named{written: w, alts: alts})
}

// near returns the code set's words within the lexicon's edit budget of
// a word none of whose descriptions has, as stems.
func (cs *CodeSet) near(w string) [][]int32 {
	max := budget(len(w))
	if max == 0 {
		return nil
	}
	var out [][]int32
	for _, id := range cs.initials()[w[0]] {
		if distance(w, cs.vocab[id], max) <= max {
			out = append(out, []int32{id})
		}
	}
	return out
}

// initials returns, by first byte, the words some description has, in
// order of word ID.
func (cs *CodeSet) initials() *[256][]int32 {
	cs.byInitialOnce.Do(func() {
		for id, s := range cs.vocab {
			if s != "" && len(cs.post[id]) > 0 {
				cs.byInitial[s[0]] = append(cs.byInitial[s[0]], int32(id))
			}
		}
	})
	return &cs.byInitial
}

// term adds what a term says of the phrase.
func (q *query) term(cs *CodeSet, t *term, written string) {
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
		q.slots = append(q.slots, named{written: written, alts: [][]int32{{cs.id("fractur")}}})
	case "status":
		q.status = t
	case "cause":
		q.cause = append(q.cause, named{written: written, alts: t.meanIDs})
	case "procedure":
		q.procedure = true
		q.slots = append(q.slots, named{written: written, alts: t.meanIDs})
	default:
		q.slots = append(q.slots, named{written: written, alts: t.meanIDs, decay: decayOf(t)})
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
		q.slots = []named{{written: "status post", alts: q.status.meanIDs[:1]}}
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
	why   []string
}

// bonusMax is the most the side, the Index defaults and the chapter can
// add to the score of an entry for a query.
func bonusMax(q *query) float64 {
	b := 0.2 // an entry of an Index default
	switch {
	case q.side != "":
		b += 0.5
	case q.letterSide != "":
		b += 0.3
	}
	if len(q.defaults) > 0 {
		b += 0.4
	}
	if q.chapter != 0 {
		b += 0.3
	}
	return b
}

// rank scores the entries that share words with the query and returns
// the n best, going down from the entries that may say the most things
// named (their hits, see tally). It stops where even an entry saying h of
// them could not beat the n best so far, and skips an entry whose words
// the query leaves out already cost it the place. The entries with h
// hits or more are all among the postings of any len(q.slots)-h+1
// slots, so the slots with the longest postings are read last, and only
// when the ranking gets down to them.
func (cs *CodeSet) rank(q *query, n int) []scored {
	if len(q.slots) == 0 {
		return nil
	}
	t := cs.tallies.Get().(*tally)
	defer cs.tallies.Put(t)
	defer t.clear()
	t.start(cs, q)
	var out []scored
	bonus, m := bonusMax(q), len(q.slots)
	for h := m; h > 0; h-- {
		top := float64(2*h-m) + bonus
		if len(out) >= n && top < out[len(out)-1].score {
			break
		}
		t.reach(cs, m-h+1)
		for _, id := range t.by[h] {
			if len(out) >= n && cs.beaten(id, t, top, out[len(out)-1].score) {
				continue
			}
			if c, ok := cs.score(q, id, n > 1); ok {
				out = keepBest(out, c, n)
			}
		}
	}
	for i := range out {
		out[i].ICD10 = cs.variant(&cs.entries[out[i].entry], q.seventh)
	}
	return out
}

// beaten reports whether an entry scores below worst whatever it says:
// whether top, less the least its left-out words cost, is below it.
// Those are its words no wording of the query has (said, by word ID; see
// leftOut), summed until the sum alone beats it; but first, without
// reading the entry, the least its costly words the query's sketch
// rules out cost (see costlyList).
func (cs *CodeSet) beaten(id int32, t *tally, top, worst float64) bool {
	if k := mathbits.OnesCount64(cs.costlyList()[id] &^ t.saidBits); top-minCostly*float64(k)+1e-9 < worst {
		return true
	}
	e := &cs.entries[id]
	sum := 0.0
	for i, w := range cs.wordsOf(e) {
		if !e.negates(i) && !t.said[w] {
			if sum += cs.costOf[w]; top-sum < worst {
				return true
			}
		}
	}
	return false
}

// tally is the scratch space of rank, kept in a pool. An entry's hits
// are the slots of the query (the things it names) that its words may
// say: those one of whose wordings has its rarest word among them (an
// entry must have all the words of a wording to say it).
type tally struct {
	seen     []bool   // entry ID: gathered
	said     []bool   // word ID: a wording of the query has it
	slotsOf  []uint64 // word ID: the slots it is the rarest word of a wording of, a bit each (the first 64)
	keys     [][]int32
	order    []int     // the slots, shortest postings first
	reached  int       // the slots of order whose postings were gathered
	pending  uint64    // the slots not yet gathered, a bit each (with 64 slots or fewer)
	keyBits  uint64    // the sketch bits of the keys of the slots not yet gathered
	saidBits uint64    // the sketch bits of the words in said
	by       [][]int32 // hits: the entries gathered with that many
	touched  []int32   // the entries gathered
	marked   []int32   // the words set in said and slotsOf
}

// start readies a tally for a query.
func (t *tally) start(cs *CodeSet, q *query) {
	if len(t.seen) < len(cs.entries) {
		t.seen = make([]bool, len(cs.entries))
	}
	if len(t.said) < len(cs.vocab) {
		t.said, t.slotsOf = make([]bool, len(cs.vocab)), make([]uint64, len(cs.vocab))
	}
	m := len(q.slots)
	for len(t.keys) < m {
		t.keys = append(t.keys, nil)
	}
	for len(t.by) <= m {
		t.by = append(t.by, nil)
	}
	sizes := make([]int, m)
	t.order = t.order[:0]
	for i, sl := range q.slots {
		t.keys[i] = t.keys[i][:0]
		for _, alt := range sl.alts {
			for _, w := range alt {
				t.mark(w)
			}
			if s := cs.rarest(alt); s >= 0 && !slices.Contains(t.keys[i], s) {
				t.keys[i] = append(t.keys[i], s)
				sizes[i] += len(cs.post[s])
				if i < 64 {
					t.slotsOf[s] |= 1 << i
				}
			}
		}
		t.order = append(t.order, i)
	}
	slices.SortStableFunc(t.order, func(a, b int) int { return sizes[a] - sizes[b] })
	t.pending = 1<<m - 1
}

// mark records a word of the query's wordings.
func (t *tally) mark(w int32) {
	if w >= 0 && !t.said[w] {
		t.said[w] = true
		t.saidBits |= sketchBit(uint16(w))
		t.marked = append(t.marked, w)
	}
}

// reach gathers the postings of the first k slots of order, grouping
// each entry not yet gathered by its hits: one, without reading the
// entry, when its sketch has no key of the slots not yet gathered.
func (t *tally) reach(cs *CodeSet, k int) {
	sketches := cs.sketchList()
	for ; t.reached < k; t.reached++ {
		i := t.order[t.reached]
		if i < 64 {
			t.pending &^= 1 << i
		}
		t.keyBits = t.sketchOf(t.order[t.reached+1:])
		for _, s := range t.keys[i] {
			for _, id := range cs.post[s] {
				if !t.seen[id] {
					t.seen[id] = true
					t.touched = append(t.touched, id)
					h := 1
					if sketches[id]&t.keyBits != 0 {
						h = t.hits(cs.wordsOf(&cs.entries[id]))
					}
					t.by[h] = append(t.by[h], id)
				}
			}
		}
	}
}

// sketchOf returns the sketch bits of the keys of slots: an entry whose
// sketch has none of them has none of their keys, and one hit.
func (t *tally) sketchOf(slots []int) uint64 {
	var bits uint64
	for _, i := range slots {
		for _, s := range t.keys[i] {
			bits |= sketchBit(uint16(s))
		}
	}
	return bits
}

// hits counts the slots whose keys are among the words of an entry
// first gathered now: the slot being gathered, and those of the slots
// not yet gathered.
func (t *tally) hits(words []uint16) int {
	if len(t.order) <= 64 {
		if t.pending == 0 {
			return 1
		}
		var bits uint64
		for _, w := range words {
			bits |= t.slotsOf[w]
		}
		return 1 + mathbits.OnesCount64(bits&t.pending)
	}
	n := 0
	for _, i := range t.order {
		if slices.ContainsFunc(t.keys[i], func(s int32) bool { return slices.Contains(words, uint16(s)) }) {
			n++
		}
	}
	return n
}

// clear empties a tally for its next query.
func (t *tally) clear() {
	for _, id := range t.touched {
		t.seen[id] = false
	}
	for _, w := range t.marked {
		t.said[w], t.slotsOf[w] = false, 0
	}
	for i := range t.by {
		t.by[i] = t.by[i][:0]
	}
	t.touched, t.marked, t.reached, t.saidBits = t.touched[:0], t.marked[:0], 0, 0
}

// rarest returns the word of a wording that the fewest descriptions
// have (an entry must have them all to say it), or -1 when one is in
// none.
func (cs *CodeSet) rarest(alt []int32) int32 {
	best := int32(-1)
	for _, s := range alt {
		if s < 0 || len(cs.post[s]) == 0 {
			return -1
		}
		if best < 0 || len(cs.post[s]) < len(cs.post[best]) {
			best = s
		}
	}
	return best
}

// keepBest inserts c into out, kept sorted best first (ties by code) and
// at most n long.
func keepBest(out []scored, c scored, n int) []scored {
	i := sort.Search(len(out), func(i int) bool { return better(c, out[i]) })
	if i >= n {
		return out
	}
	out = slices.Insert(out, i, c)
	return out[:min(n, len(out))]
}

// better orders candidates: higher score, then the lower code.
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.entry < b.entry
}

// score scores one entry for a query: one for each thing named that the
// description says (less for a later wording), minus one for each it
// does not, minus what the description says that the phrase leaves out,
// and the side; with explain, it says why.
func (cs *CodeSet) score(q *query, id int32, explain bool) (scored, bool) {
	e, sketch := &cs.entries[id], cs.sketchList()[id]
	words := cs.wordsOf(e)
	var buf [64]bool
	used := buf[:min(len(words), 64)]
	if len(words) > 64 {
		used = make([]bool, len(words))
	}
	var ks [16]int
	s, matched, missed := 0.0, 0, 0
	for i, sl := range q.slots {
		k := matchSlot(words, sketch, sl.alts, used)
		if i < len(ks) {
			ks[i] = k
		}
		if k < 0 {
			s--
			missed++
			continue
		}
		matched++
		s += 1 - sl.decay*float64(min(k, 3))
	}
	if matched == 0 {
		return scored{}, false
	}
	left := cs.leftOut(e, used)
	side := sideScore(q, sides[e.side])
	s += side - left
	if e.index {
		s += 0.2
	}
	def := ""
	for _, d := range q.defaults {
		if strings.HasPrefix(cs.codeOf(e), d) {
			s, def = s+0.4, d
			break
		}
	}
	if q.chapter != 0 && int(e.chapter) == q.chapter {
		s += 0.3
	}
	c := scored{entry: id, score: s, match: matchOf(missed)}
	if explain {
		c.why = cs.reasons(q, e, ks[:min(len(q.slots), len(ks))], left, side, def)
	}
	return c, true
}

// reasons says why an entry scored as it did, for Candidates.
func (cs *CodeSet) reasons(q *query, e *codeEntry, ks []int, left, side float64, def string) []string {
	var why []string
	for i, k := range ks {
		sl := &q.slots[i]
		if k < 0 {
			why = append(why, fmt.Sprintf("-1 %q not said", sl.written))
			continue
		}
		why = append(why, fmt.Sprintf("%+.2f %q as %q", 1-sl.decay*float64(min(k, 3)), sl.written, cs.wording(sl.alts[k])))
	}
	if left > 0 {
		why = append(why, fmt.Sprintf("-%.2f words the phrase leaves out", left))
	}
	if side != 0 {
		why = append(why, fmt.Sprintf("%+.1f side %q", side, sides[e.side]))
	}
	if e.index {
		why = append(why, "+0.2 the Alphabetic Index default")
	}
	if def != "" {
		why = append(why, fmt.Sprintf("+0.4 the Alphabetic Index default %s", def))
	}
	if q.chapter != 0 && int(e.chapter) == q.chapter {
		why = append(why, fmt.Sprintf("+0.3 chapter %d", q.chapter))
	}
	return why
}

// matchOf names how well a code fits its phrase, short of exact (see
// says).
func matchOf(missed int) string {
	if missed > 0 {
		return MatchCategory
	}
	return MatchDerived
}

// says reports whether the words of a phrase are a description: the
// same words, but for joining words, the order, and the initial
// encounter a description adds by default.
func (cs *CodeSet) says(words []string, desc string) bool {
	a := cs.contentSet(words)
	if len(a) == 0 {
		return false
	}
	var buf [32]bool
	seen := buf[:min(len(a), len(buf))]
	if len(a) > len(buf) {
		seen = make([]bool, len(a))
	}
	for _, w := range codeWords(strings.TrimSuffix(desc, ", initial encounter")) {
		s := cs.stem(w)
		if c, ok := cs.cost[s]; ok && c <= 0 {
			continue
		}
		i, found := slices.BinarySearch(a, s)
		if !found {
			return false // a word the phrase does not have: no need to stem the rest
		}
		seen[i] = true
	}
	return !slices.Contains(seen, false)
}

// contentSet returns the stems of words but joining words, sorted, each
// once.
func (cs *CodeSet) contentSet(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		s := cs.stem(w)
		if c, ok := cs.cost[s]; !ok || c > 0 {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wording returns the stems of a wording.
func (cs *CodeSet) wording(alt []int32) string {
	var ws []string
	for _, id := range alt {
		if id >= 0 {
			ws = append(ws, cs.vocab[id])
		}
	}
	return strings.Join(ws, " ")
}

// matchSlot marks the words of the first wording of a slot that the
// description has, returning its index, or -1. It passes over the
// wordings whose words the description's sketch rules out.
func matchSlot(words []uint16, sketch uint64, alts [][]int32, used []bool) int {
	for k, alt := range alts {
		if !mayHave(sketch, alt) {
			continue
		}
		if idx, ok := findAll(words, alt, used); ok {
			for _, i := range idx {
				used[i] = true
			}
			return k
		}
	}
	return -1
}

// mayHave reports whether a description of a sketch may have all the
// words of a wording.
func mayHave(sketch uint64, alt []int32) bool {
	for _, s := range alt {
		if s < 0 || s > 0xFFFF || sketch&sketchBit(uint16(s)) == 0 {
			return false
		}
	}
	return true
}

// findAll finds each stem of alt among words, preferring words not yet
// used.
func findAll(words []uint16, alt []int32, used []bool) ([]int, bool) {
	var buf [8]int
	idx := buf[:0]
	for _, s := range alt {
		at := -1
		for i, w := range words {
			if int32(w) == s && (at < 0 || used[at] && !used[i]) {
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
	words := cs.wordsOf(e)
	var said uint64 // the sketch bits of the words matched
	for i, w := range words {
		if used[i] {
			said |= sketchBit(w)
		}
	}
	for i, w := range words {
		if used[i] || e.negates(i) || said&sketchBit(w) != 0 && usedWord(words, used, w) {
			continue
		}
		sum += cs.costOf[w]
	}
	return sum
}

// usedWord reports whether a word is matched elsewhere in a description
// that says it twice.
func usedWord(words []uint16, used []bool, w uint16) bool {
	for i, x := range words {
		if used[i] && x == w {
			return true
		}
	}
	return false
}

// sideScore scores a description's side against the phrase's, or the
// letter's where the phrase states none.
func sideScore(q *query, side string) float64 {
	want, bonus := q.side, 0.5
	if want == "" {
		want, bonus = q.letterSide, 0.3
	}
	switch {
	case side == "" && want != "" && want != "bilateral":
		return -0.1
	case side == "":
		return 0
	case want == "":
		return -0.3
	case side == want:
		return bonus
	}
	return -1
}

// variant returns the code of an entry with the 7th character wanted,
// else A, else its first.
func (cs *CodeSet) variant(e *codeEntry, want byte) ICD10 {
	sevenths := cs.seventhsOf(e)
	if len(sevenths) == 0 {
		return cs.icd10(cs.codeOf(e), cs.descOf(e))
	}
	pick := sevenths[0]
	for _, c := range []byte{'A', want} {
		for _, s := range sevenths {
			if s.char == c {
				pick = s
			}
		}
	}
	return cs.icd10(cs.codeOf(e)+string(pick.char), cs.descOf(e)+cs.suffixes[pick.suffix])
}
