package check

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/textpat"
	"github.com/imrkit/imrkit/lexicon"
)

// letter is the letter under check with what the checks share: its
// normalized text, the lexicon and the sentences of its parts.
type letter struct {
	*extract.Letter
	text  string
	lower string // text in ASCII lower case, byte for byte
	lex   *lexicon.Lexicon
	sents []sentence // every sentence of the text, in order

	// What the lexicon finds in the whole text, read once: matching is
	// costly, and spans of the text take their share.
	allParts    []part
	allServices []mention
	found       bool
	allDates    []dated // every date of the text, read once
	datesRead   bool
	reviews     []dated // the dates the summary gives the review, read once
	reviewsRead bool
	items       map[int]*lexicon.Concept        // item services, read once
	byService   map[*lexicon.Concept]int        // items per canonical service
	bySide      map[string]int                  // items per sided body part, "concept side"
	caseSents   map[extract.Span][]extract.Span // caseSentences, per span
	pointerSent map[int][]extract.Span          // pointerSentences, per item
}

func newLetter(l *extract.Letter, lex *lexicon.Lexicon) *letter {
	if lex == nil {
		lex = lexicon.Default()
	}
	text := l.NormalizedText()
	d := &letter{Letter: withMentions(l, lex), text: text, lower: textpat.Lower(text), lex: lex}
	for _, s := range sentences(text, extract.Span{End: len(text)}) {
		d.sents = append(d.sents, sentence{s})
	}
	return d
}

// withMentions returns the letter with its mentions read: the letter
// itself when they are, else a copy (the caller's letter is not
// changed).
func withMentions(l *extract.Letter, lex *lexicon.Lexicon) *extract.Letter {
	if l.Mentions != nil {
		return l
	}
	c := *l
	c.Items = append([]extract.Item(nil), l.Items...)
	c.FindMentionsOf(lex, compared)
	return &c
}

// compared are the kinds of mention the checks compare: counts and ages
// they take from the letter's own facts, and the judged requests.
const compared = extract.MentionServices | extract.MentionBodyParts | extract.MentionDates | extract.MentionSex

// eachMentions calls f with the mentions of every part of the letter, in
// the order of the text.
func (d *letter) eachMentions(f func(*extract.Mentions)) {
	if d.Mentions == nil {
		return
	}
	f(&d.Mentions.Header)
	f(&d.Mentions.Summary)
	for i := range d.Items {
		if m := d.Items[i].Mentions; m != nil {
			f(&m.ItemLine)
			f(&m.ClaimsAdministrator)
			f(&m.Maximus)
			f(&m.Rationale)
		}
	}
}

// has reports whether a span holds one of the keys (lower case): a
// cheap test before a regular expression that needs one of them.
func (d *letter) has(in extract.Span, keys ...string) bool {
	t := d.lower[in.Start:in.End]
	for _, k := range keys {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// at returns the text of a span.
func (d *letter) at(s extract.Span) string { return d.text[s.Start:s.End] }

// low returns the text of a span with its ASCII letters in lower case,
// which case-insensitive patterns search without lowering it again.
func (d *letter) low(s extract.Span) string { return d.lower[s.Start:s.End] }

// section returns the span of a part of the letter, or an empty span.
func (d *letter) section(key string) extract.Span {
	return d.Sections[key]
}

// summary returns the clinical case summary.
func (d *letter) summary() extract.Span { return d.section(extract.SectionSummary) }

// sentencesIn returns the sentences that lie inside a span.
func (d *letter) sentencesIn(in extract.Span) []extract.Span {
	ss := inside(d.sents, in)
	out := make([]extract.Span, 0, len(ss)+1)
	if s, ok := d.openingSentence(in); ok {
		out = append(out, s)
	}
	for _, s := range ss {
		out = append(out, s.Span)
	}
	return out
}

// openingSentence returns the part of a sentence that begins before a
// span and ends inside it, clipped to the span: a part whose label
// shares its sentence ("Decision rationale: This is a request for ...")
// opens with the label's sentence.
func (d *letter) openingSentence(in extract.Span) (extract.Span, bool) {
	k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].span().Start >= in.Start })
	if k == 0 {
		return extract.Span{}, false
	}
	s := d.sents[k-1].span()
	if s.End <= in.Start || s.End > in.End || !label(d.text[s.Start:in.Start]) {
		return extract.Span{}, false
	}
	return trim(d.text, extract.Span{Start: in.Start, End: s.End}), true
}

// inside returns the spans, or things with a span, that lie inside in.
// xs are in order of their start, so a binary search finds the first
// and the cost is that of the answer, not of the whole list. When every
// one starting inside lies inside, as is usual, the answer is that run
// of xs itself (capped, so that an append copies it); callers only read
// it.
func inside[T spanned](xs []T, in extract.Span) []T {
	first := sort.Search(len(xs), func(k int) bool { return xs[k].span().Start >= in.Start })
	stop := max(in.End, in.Start+1) // what starts before stop may lie inside
	end := first
	for end < len(xs) && xs[end].span().Start < stop && xs[end].Within(in) {
		end++
	}
	if end == len(xs) || xs[end].span().Start >= stop { // no exception: the run itself
		if end == first {
			return nil
		}
		return xs[first:end:end]
	}
	out := slices.Clone(xs[first:end])
	for k := end; k < len(xs) && xs[k].span().Start < stop; k++ {
		if xs[k].Within(in) {
			out = append(out, xs[k])
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// spanned is a span or a thing with one.
type spanned interface {
	Within(extract.Span) bool
	span() extract.Span
}

// sentence is a sentence's span.
type sentence struct{ extract.Span }

func (s sentence) span() extract.Span { return s.Span }
func (p part) span() extract.Span     { return p.Span }
func (m mention) span() extract.Span  { return m.Span }
func (x dated) span() extract.Span    { return x.Span }

// sentenceAt returns the sentence holding offset off.
func (d *letter) sentenceAt(off int) extract.Span {
	k := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].End > off })
	if k < len(d.sents) && off >= d.sents[k].Start {
		return d.sents[k].Span
	}
	return extract.Span{Start: off, End: off}
}

// itemAt returns the index of the item whose block holds off, or -1.
func (d *letter) itemAt(off int) int {
	k := sort.Search(len(d.Items), func(k int) bool { return d.Items[k].Block.End > off })
	if k < len(d.Items) && off >= d.Items[k].Block.Start {
		return k
	}
	return -1
}

// in reports whether span s lies inside span in.
func in(s, in extract.Span) bool { return s.Within(in) && in.End > in.Start }

// ev makes an evidence of a span.
func (d *letter) ev(s extract.Span, role string) Evidence {
	return Evidence{Span: s, Text: d.at(s), Role: role}
}

// find returns the spans of group g of every match of re inside a span.
func (d *letter) find(re *textpat.Pattern, in extract.Span, g int) []extract.Span {
	var out []extract.Span
	for _, m := range re.FindAllIn(d.at(in), d.low(in)) {
		if m[2*g] >= 0 {
			out = append(out, extract.Span{Start: in.Start + m[2*g], End: in.Start + m[2*g+1]})
		}
	}
	return out
}

// sentences splits a span of text into sentences: they end at a line
// break, or at ".", "?" or "!" before a space or a capital, except after
// an abbreviation or an initial.
func sentences(text string, in extract.Span) []extract.Span {
	var out []extract.Span
	start := in.Start
	for i := in.Start; i < in.End; i++ {
		k := strings.IndexAny(text[i:in.End], ".?!\n") // the bytes that may end one
		if k < 0 {
			break
		}
		if i += k; !sentenceEnd(text, i, start, in.End) {
			continue
		}
		end := i
		if text[i] != '\n' {
			end = i + 1
		}
		if s := trim(text, extract.Span{Start: start, End: end}); s.Len() > 0 {
			out = append(out, s)
		}
		start = i + 1
	}
	if s := trim(text, extract.Span{Start: start, End: in.End}); s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

// sentenceEnd reports whether a sentence ends at text[i].
func sentenceEnd(text string, i, start, limit int) bool {
	c := text[i]
	if c == '\n' {
		return true
	}
	if c != '.' && c != '?' && c != '!' {
		return false
	}
	if i+1 < limit && text[i+1] == '"' {
		return false
	}
	if i+1 >= limit || text[i+1] == ' ' || text[i+1] == '\n' {
		return c != '.' || !abbreviation(text[start:i])
	}
	// "(right elbow).The UR": a period glued to the next sentence.
	return c == '.' && i+2 < limit && upperLower(text[i+1:i+3]) && i > start && (unicode.IsLower(rune(text[i-1])) || text[i-1] == ')')
}

func upperLower(s string) bool {
	return len(s) == 2 && unicode.IsUpper(rune(s[0])) && unicode.IsLower(rune(s[1]))
}

// abbreviation reports whether text before a period ends with an
// abbreviation or an initial.
func abbreviation(before string) bool {
	i := strings.LastIndexAny(before, " (\n") + 1
	w := strings.ToLower(before[i:])
	if len(w) == 1 && unicode.IsLetter(rune(w[0])) || strings.Contains(w, ".") {
		return true
	}
	switch w {
	case "dr", "mr", "mrs", "ms", "yr", "yrs", "vs", "st", "no", "approx", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pt", "etc", "fig", "mg", "tab", "tabs":
		return true
	}
	return false
}

// trim narrows a span to exclude white space at both ends.
func trim(text string, s extract.Span) extract.Span {
	for s.Start < s.End && isSpace(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpace(text[s.End-1]) {
		s.End--
	}
	return s
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

// collapse joins runs of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// clause widens a span to the clause around it: back to the sentence
// start or a comma, semicolon or colon, and on to the sentence end or the
// next of those, keeping at most about a dozen words on each side.
func (d *letter) clause(s extract.Span) extract.Span {
	sent := d.sentenceAt(s.Start)
	if sent.Len() == 0 {
		return s
	}
	start := s.Start
	for words := 0; start > sent.Start; start-- {
		c := d.text[start-1]
		if c == ',' || c == ';' || c == ':' || c == '(' {
			break
		}
		if c == ' ' {
			if words++; words > 12 {
				break
			}
		}
	}
	end := s.End
	for words := 0; end < sent.End; end++ {
		c := d.text[end]
		if c == ',' || c == ';' || c == ':' || c == ')' || (c == '.' && end+1 == sent.End) {
			break
		}
		if c == ' ' {
			if words++; words > 12 {
				break
			}
		}
	}
	return trim(d.text, extract.Span{Start: start, End: end})
}

// label reports whether a text is a short label ending in a colon, at
// most four words: "Decision rationale:".
func label(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ":") && len(strings.Fields(s)) <= 4
}

// sortedKeys returns the keys of a map in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// lookup gathers the body parts, services and drugs the extraction read
// in the letter's parts, in the order of the text.
func (d *letter) lookup() {
	if d.found {
		return
	}
	d.found = true
	d.eachMentions(func(m *extract.Mentions) {
		for _, b := range m.BodyParts {
			if c := d.lex.Concept(b.Value); c != nil {
				d.allParts = append(d.allParts, part{b.Span, c, string(b.Side)})
			}
		}
		for _, x := range m.Services {
			if c := d.lex.Concept(x.Value); c != nil {
				d.allServices = append(d.allServices, mention{x.Span, c})
			}
		}
	})
	d.allParts = ordered(d.allParts)
	d.allServices = ordered(d.allServices)
}

// ordered sorts things with a span by their start and drops repeats of a
// span (parts of a letter may overlap).
func ordered[T spanned](xs []T) []T {
	sort.SliceStable(xs, func(a, b int) bool { return xs[a].span().Start < xs[b].span().Start })
	out := xs[:0]
	for _, x := range xs {
		if len(out) == 0 || x.span() != out[len(out)-1].span() {
			out = append(out, x)
		}
	}
	return out
}

// parts returns the body parts the lexicon finds inside a span.
func (d *letter) parts(in extract.Span) []part {
	d.lookup()
	return inside(d.allParts, in)
}

// services returns the services and drugs the lexicon finds inside a
// span.
func (d *letter) services(in extract.Span) []mention {
	d.lookup()
	return inside(d.allServices, in)
}
