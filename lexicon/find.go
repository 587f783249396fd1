package lexicon

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Find returns the mentions of concepts of the given kinds (all kinds when
// none are given) in text, left to right, without overlaps, preferring the
// longest; between mentions of one span, the fewest edits, then the kind
// listed first among service, drug, diagnosis, body part, chapter and
// unit. A body part's match carries the laterality its words give.
func (l *Lexicon) Find(text string, kinds ...Kind) []Match {
	if l == nil || l.ix == nil {
		return nil
	}
	return l.find(text, kinds)
}

// FindEach is Find for each list of kinds in turn over one text: the
// answers are those of one Find per list, but the text's words are read
// and looked up once for all of them.
func (l *Lexicon) FindEach(text string, kinds ...[]Kind) [][]Match {
	out := make([][]Match, len(kinds))
	if l == nil || l.ix == nil {
		return out
	}
	// Short texts go through the cache; the lists it does not answer
	// are found together, in one walk of the text.
	var todo [][]Kind
	var at []int
	keys := make([]cacheKey, len(kinds))
	for k, ks := range kinds {
		if keys[k] = l.phraseKey(text, ks); keys[k].cacheable {
			if r, ok := l.ix.phrases.lookup(keys[k].phraseKey); ok {
				out[k] = slices.Clone(r)
				continue
			}
		}
		todo, at = append(todo, ks), append(at, k)
	}
	if len(todo) == 0 {
		return out
	}
	m := newMatcher(l.ix, text)
	defer m.release()
	for j, hits := range m.findEach(todo) {
		k := at[j]
		out[k] = m.matches(make([]Match, 0, len(hits)), hits)
		if keys[k].cacheable {
			l.ix.phrases.keep(keys[k].phraseKey, out[k])
		}
	}
	return out
}

// cacheKey is the key of a text and a list of kinds in the cache of
// phrases, and whether the cache may hold them (short texts only).
type cacheKey struct {
	phraseKey
	cacheable bool
}

// phraseKey returns the cache key of a text and a list of kinds.
func (l *Lexicon) phraseKey(text string, ks []Kind) cacheKey {
	bits, ok := kindBits(ks)
	return cacheKey{phraseKey{text: text, kinds: bits}, ok && len(text) <= maxPhraseLen}
}

// findAll is Find without the cache.
func (l *Lexicon) findAll(text string, kinds []Kind) []Match {
	m := newMatcher(l.ix, text)
	defer m.release()
	hits := m.find(kinds)
	return m.matches(make([]Match, 0, len(hits)), hits)
}

// find returns the hits of the given kinds in the matcher's text (see
// Find).
func (m *matcher) find(kinds []Kind) []hit {
	for i := 0; i < len(m.toks); {
		h, ok := m.best(i, kinds)
		if !ok {
			i++
			continue
		}
		m.found = append(m.found, h)
		i = h.last + 1
	}
	return m.found
}

// findEach is find for several lists of kinds at once: each list reads
// the tokens find would read for it, and one walk of the trie at a token
// serves every list that reads it there.
func (m *matcher) findEach(lists [][]Kind) [][]hit {
	out := m.hitLists(len(lists))
	next := make([]int, len(lists)) // the token each list reads next
	best := make([]hit, len(lists))
	found := make([]bool, len(lists))
	for i := range m.toks {
		if slices.Min(next) > i {
			continue
		}
		clear(found)
		m.walk(i, 0, i, 0, func(h hit) {
			kind := m.ix.concepts[h.concept].Kind
			for k, ks := range lists {
				if next[k] <= i && hasKind(ks, kind) && (!found[k] || m.ix.better(h, best[k])) {
					best[k], found[k] = h, true
				}
			}
		})
		for k := range lists {
			if next[k] <= i && found[k] {
				out[k] = append(out[k], best[k])
				next[k] = best[k].last + 1
			}
		}
	}
	return out
}

// hitLists returns n empty lists of hits in the matcher's memory, which
// it keeps from text to text.
func (m *matcher) hitLists(n int) [][]hit {
	m.each = slices.Grow(m.each[:0], n)[:n]
	for k := range m.each {
		m.each[k] = m.each[k][:0]
	}
	return m.each
}

// matcher holds one text while it is searched. Matchers are reused (see
// release): the matches they return hold none of their memory.
type matcher struct {
	ix    *index
	text  string
	toks  []tok
	slots []slot // per token, filled on demand
	found []hit
	each  [][]hit   // the hits of each list (see findEach)
	lower lowered   // the lower case of its words, kept from text to text
	marks partMarks // the tokens of body parts found (see bodyParts)
	ms    []Match   // the matches of found, when not returned (see Best)
	in    []Match   // the matches of one part (see Best)
}

var matchers = sync.Pool{New: func() any { return new(matcher) }}

// slot holds what a token was found to be.
type slot struct {
	single []unit // the words the token is on its own
	units  []unit // those and the words it starts joined with the next
	done   uint8  // 1: single filled, 2: units filled too
}

// unit is a vocabulary word read at a token: one token, or two written
// apart ("phys ical", "Electro- diagnostic"), with the edits it took.
type unit struct {
	word int32
	n    int
	dist int
}

// hit is an alias found from token first to token last: the place of
// its concept in the lexicon, the side it carries (an index in
// sideNames) and the edits it took.
type hit struct {
	first, last int
	concept     int32
	side        uint8
	dist        int
}

func newMatcher(ix *index, text string) *matcher {
	m := matchers.Get().(*matcher)
	m.ix, m.text = ix, text
	m.toks = scanLowered(m.toks[:0], text, &m.lower)
	m.slots = slices.Grow(m.slots[:0], len(m.toks))[:len(m.toks)]
	clear(m.slots)
	ix.seen.recall(m.toks, m.slots)
	m.found = m.found[:0]
	return m
}

// release gives the matcher back for reuse. The words and slots it keeps
// are overwritten when it is next used, and dropped with it when the pool
// is emptied at a garbage collection.
func (m *matcher) release() {
	m.ix, m.text = nil, ""
	matchers.Put(m)
}

// best returns the longest alias of the given kinds starting at token i.
func (m *matcher) best(i int, kinds []Kind) (hit, bool) {
	var b hit
	found := false
	m.walk(i, 0, i, 0, func(h hit) {
		if hasKind(kinds, m.ix.concepts[h.concept].Kind) && (!found || m.ix.better(h, b)) {
			b, found = h, true
		}
	})
	return b, found
}

// better orders hits of one start: longer, fewer edits, earlier kind,
// earlier concept.
func (ix *index) better(a, b hit) bool {
	if a.last != b.last {
		return a.last > b.last
	}
	if a.dist != b.dist {
		return a.dist < b.dist
	}
	if ra, rb := ix.ranks[a.concept], ix.ranks[b.concept]; ra != rb {
		return ra < rb
	}
	return a.concept < b.concept
}

// walk follows the trie from node n with the words read from token i on,
// calling visit for each alias that ends.
func (m *matcher) walk(first int, n int32, i, dist int, visit func(hit)) {
	if i >= len(m.toks) || i > first && !aliasGap(m.text[m.toks[i-1].end:m.toks[i].start]) {
		return
	}
	for _, u := range m.unitsAt(i) {
		child, ok := m.ix.t.child(n, u.word)
		if !ok {
			continue
		}
		for _, r := range m.ix.t.endsOf(child) {
			visit(hit{first: first, last: i + u.n - 1, concept: r.concept, side: r.side, dist: dist + u.dist + int(r.cost)})
		}
		m.walk(first, child, i+u.n, dist+u.dist, visit)
	}
}

// aliasGap tells whether the words of one alias may stand this far apart:
// spaces, a line break and at most two marks such as "/", "-" or "(",
// but no sentence punctuation.
func aliasGap(gap string) bool {
	marks, lines := 0, 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '\r':
		case '\n':
			lines++
		case '.', ';', ':':
			return false
		default:
			marks++
		}
	}
	return marks <= 2 && lines <= 1
}

// unitsAt returns the vocabulary words token i can start.
func (m *matcher) unitsAt(i int) []unit {
	s := &m.slots[i]
	if s.done < 2 {
		s.units = m.singleAt(i)
		if i+1 < len(m.toks) {
			s.units = m.joined(i, slicesClip(s.units))
		}
		s.done = 2
	}
	return s.units
}

// singleAt returns the vocabulary words token i is on its own.
func (m *matcher) singleAt(i int) []unit {
	s := &m.slots[i]
	if s.done == 0 {
		s.single, s.done = m.ix.cached(&m.toks[i]), 1
	}
	return s.single
}

func slicesClip(us []unit) []unit { return us[:len(us):len(us)] }

// joined adds the words tokens i and i+1 make written together, across a
// hyphen ("Electro- diagnostic", free) or a single space or line break
// ("phys ical", one edit). The word they make must be spelled as an
// alias spells it.
// Across a space, one of the two must be no word of the vocabulary, lest
// two real words be read as one.
func (m *matcher) joined(i int, out []unit) []unit {
	a, b := &m.toks[i], &m.toks[i+1]
	if !a.alpha || !b.alpha {
		return out
	}
	cost, ok := textJoin(m.text[a.end:b.start])
	if !ok || cost > 0 && len(out) > 0 && len(m.singleAt(i+1)) > 0 {
		return out
	}
	return addUnits(out, m.ix.joinedWord(a.lower, b.lower), 2, cost)
}

// textJoin tells whether two words of a text may be one word split, and
// at what cost.
func textJoin(gap string) (int, bool) {
	if gap == " " {
		return 1, true // the most of them
	}
	switch t := strings.TrimSpace(gap); {
	case t == "-":
		return 0, true
	case t == "" && (gap == " " || gap == "\n" || gap == "\r\n"):
		return 1, true
	}
	return 0, false
}

// single returns the vocabulary words one token can be.
func (ix *index) single(t *tok, out []unit) []unit {
	if t.upper {
		out = addUnits(out, ix.t.byAbbr(t.text), 1, 0)
	}
	if a := abbrPlural(t.text); a != "" {
		out = addUnits(out, ix.t.byAbbr(a), 1, 0)
	}
	return ix.lookup(t, 1, 0, out)
}

// lookup adds the words t is as written or as stemmed or, failing those,
// with edits.
// A word whose stem is a vocabulary stem with another ending is another
// word of the same root ("preventive", "prevention"), not a misspelling;
// nor is a word whose stem is never matched with edits, which is stemmed
// only when some word is near it.
// A word found as written is not stemmed: the words filed under a form
// as written are the one word of its stem and ending (see intern), which
// is all its stem would find.
func (ix *index) lookup(t *tok, n, cost int, out []unit) []unit {
	start := len(out)
	lower, stem := ix.t.list(t.lower), &noForm
	if lower.lower.n == 0 && ix.mayStem(t.lower, lower) {
		stem = ix.t.list(t.stemmed())
	}
	out = ix.exact(t, lower, stem, n, cost, out)
	if len(out) > start || !t.alpha || lower.not || stem.stem.n > 0 {
		return out
	}
	near := ix.near(t.lower, n, cost, out)
	if len(near) == len(out) || ix.t.not(t.stemmed()) {
		return out
	}
	return near
}

// exact adds the words t is as written (filed in lower) or, when its stem
// may be a vocabulary stem (see mayStem), as stemmed (in stem), each
// costing cost. A word found by its stem must have the same ending.
func (ix *index) exact(t *tok, lower, stem *formList, n, cost int, out []unit) []unit {
	out = addUnits(out, ix.t.idsOf(lower.lower), n, cost)
	if stem.stem.n == 0 {
		return out
	}
	s := t.stemmed()
	for _, id := range ix.t.idsOf(stem.stem) {
		w := &ix.words[id]
		if !hasUnit(out, id, n) && ending(t.lower, s) == ending(w.lower, w.stem) {
			out = append(out, unit{word: id, n: n, dist: cost})
		}
	}
	return out
}

// mayStem reports whether a word's stem can be the stem of a vocabulary
// word, so that stemming it is worth the time: a stem is the word less an
// ending of up to seven bytes, with a final y read as i. whole is what
// is filed under the word; the hash of each shorter beginning tried
// goes on from the one before.
func (ix *index) mayStem(lower string, whole *formList) bool {
	if len(lower) < 3 {
		return false
	}
	if whole.stemHead {
		return true
	}
	from := max(3, len(lower)-7)
	h := hashWord(lower[:from])
	for n := from; n < len(lower); n++ {
		if ix.t.listHashed(h, lower[:n]).stemHead {
			return true
		}
		h = hashMore(h, lower[n:n+1])
	}
	return false
}

// abbrPlural returns the abbreviation a plural such as "ESIs" or "MRI's"
// is made from, or "".
func abbrPlural(s string) string {
	var base string
	switch {
	case strings.HasSuffix(s, "'s"):
		base = s[:len(s)-2]
	case strings.HasSuffix(s, "\u2019s"):
		base = s[:len(s)-len("\u2019s")]
	case strings.HasSuffix(s, "s"):
		base = s[:len(s)-1]
	}
	if len(base) < 2 || !isUpperWord(base) {
		return ""
	}
	return base
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// near adds the words within the edit budget of a lower-cased word that
// start with the same letter. The words of a length whose budget does not
// reach the word's length are passed over; and an edit adds or removes at
// most two letters from the set of letters a word has, which rules out
// most other candidates before their distance is computed.
func (ix *index) near(lower string, n, cost int, out []unit) []unit {
	if len(lower) < 4 || len(lower) > maxWord || lower[0] < 'a' || lower[0] > 'z' || !isASCII(lower) {
		return out
	}
	set := letters(lower)
	byLen := &ix.edits[lower[0]-'a']
	for l := max(6, len(lower)-2); l <= min(maxWord, len(lower)+2); l++ {
		edits := budget(l) - cost
		if edits <= 0 || abs(l-len(lower)) > edits {
			continue // verify turns down every word of the length
		}
		for _, w := range byLen[l] {
			if bits.OnesCount32(set^w.letters) <= 2*edits {
				out = ix.verify(lower, w.id, n, cost, out)
			}
		}
	}
	return out
}

// maxWord is the longest word tried with edits.
const maxWord = 40

// verify adds word id when lower is within its budget of it.
func (ix *index) verify(lower string, id int32, n, cost int, out []unit) []unit {
	w := ix.words[id].lower
	max := budget(len(w)) - cost
	if max <= 0 || w[0] != lower[0] || abs(len(w)-len(lower)) > max || hasUnit(out, id, n) {
		return out
	}
	if d := distance(lower, w, max); d <= max {
		out = append(out, unit{word: id, n: n, dist: cost + d})
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func addUnits(out []unit, ids []int32, n, dist int) []unit {
	for _, id := range ids {
		if !hasUnit(out, id, n) {
			out = append(out, unit{word: id, n: n, dist: dist})
		}
	}
	return out
}

func hasUnit(us []unit, id int32, n int) bool {
	for _, u := range us {
		if u.word == id && u.n == n {
			return true
		}
	}
	return false
}

// matches appends to out the matches the hits are, giving body parts
// their laterality.
func (m *matcher) matches(out []Match, hits []hit) []Match {
	marks := m.bodyParts(hits)
	for _, h := range hits {
		start, end := m.toks[h.first].start, m.toks[h.last].end
		end = closeBracket(m.text, start, end)
		c := m.ix.concepts[h.concept]
		mt := Match{Concept: c, Start: start, End: end, Text: m.text[start:end], Distance: h.dist}
		if c.Kind == KindBodyPart {
			mt.Laterality = sideNames[h.side]
			if mt.Laterality == "" {
				mt.Laterality = m.side(h, marks)
			}
		}
		out = append(out, mt)
	}
	return out
}

// closeBracket extends a match that opens a bracket over the bracket that
// closes it: "Pain (Chronic)", not "Pain (Chronic".
func closeBracket(text string, start, end int) int {
	for _, p := range []string{"()", "[]"} {
		open := strings.Count(text[start:end], p[:1]) - strings.Count(text[start:end], p[1:])
		if open > 0 && end < len(text) && text[end] == p[1] {
			return end + 1
		}
	}
	return end
}
