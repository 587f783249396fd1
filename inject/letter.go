package inject

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// letter is a letter as the operators see it: its facts, its normalized
// text, the lexicon and the choices of one copy.
type letter struct {
	*extract.Letter
	text string
	lex  *lexicon.Lexicon
	rng  *rand.Rand

	parts     []mention // body parts from the summary on, found on first use
	partsRead bool
}

// mention is a lexicon match placed in the normalized text.
type mention struct {
	extract.Span
	concept *lexicon.Concept
	side    string       // "left", "right", "bilateral" or ""
	word    extract.Span // the side word, where it is "left" or "right"
}

func (d *letter) at(s extract.Span) string { return d.Slice(s) }

// body is the letter from its summary on (the whole letter where no
// summary was found).
func (d *letter) body() extract.Span {
	s, ok := d.Sections[extract.SectionSummary]
	if !ok {
		return extract.Span{End: len(d.text)}
	}
	return extract.Span{Start: s.Start, End: len(d.text)}
}

// summary is the clinical case summary's span, empty where absent.
func (d *letter) summary() extract.Span { return d.Sections[extract.SectionSummary] }

// find returns the lexicon's matches of kinds inside s.
func (d *letter) find(s extract.Span, kinds ...lexicon.Kind) []mention {
	var out []mention
	for _, m := range d.lex.Find(d.at(s), kinds...) {
		out = append(out, mention{
			Span:    extract.Span{Start: s.Start + m.Start, End: s.Start + m.End},
			concept: m.Concept, side: m.Laterality,
		})
	}
	return out
}

// bodyParts returns the body parts inside s, each with its side word.
func (d *letter) bodyParts(s extract.Span) []mention {
	out := d.find(s, lexicon.KindBodyPart)
	for i := range out {
		out[i].word = d.sideWord(s, out[i])
	}
	return out
}

// allParts returns the body parts of the letter from the summary on.
func (d *letter) allParts() []mention {
	if !d.partsRead {
		d.parts, d.partsRead = d.bodyParts(d.body()), true
	}
	return d.parts
}

var sideRe = regexp.MustCompile(`(?i)\b(left|right)\b`)

// sideWord finds the word that gives a body part its side: the last
// "left" or "right" in the few words before it, else the first just
// after it, inside s.
func (d *letter) sideWord(s extract.Span, m mention) extract.Span {
	if m.side != "left" && m.side != "right" {
		return extract.Span{}
	}
	from := max(s.Start, m.Start-40)
	before := d.text[from:m.Start]
	if cut := strings.LastIndexAny(before, ".;:"); cut >= 0 {
		from, before = from+cut+1, before[cut+1:]
	}
	if ws := sideRe.FindAllStringIndex(before, -1); len(ws) > 0 {
		w := ws[len(ws)-1]
		if strings.EqualFold(before[w[0]:w[1]], m.side) {
			return extract.Span{Start: from + w[0], End: from + w[1]}
		}
	}
	after := d.text[m.End:min(s.End, m.End+12)]
	if w := sideRe.FindStringIndex(after); w != nil && strings.EqualFold(after[w[0]:w[1]], m.side) {
		return extract.Span{Start: m.End + w[0], End: m.End + w[1]}
	}
	return extract.Span{}
}

// regions returns the body regions of the mentions' concepts.
func (d *letter) regions(ms ...mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, d.lex.Region(m.concept)...)
	}
	return out
}

// near reports whether a region of a lies within one of b or the other
// way round.
func near(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if lexicon.Within(x, y) || lexicon.Within(y, x) {
				return true
			}
		}
	}
	return false
}

// judged is the phrase that names the request item i's rationale's
// conclusion judges, where extract read one with a body part (empty
// otherwise): the side of the pairs of body parts and sides.
func (d *letter) judged(i int) extract.Span {
	it := d.item(i)
	if it == nil || it.Rationale.Judged == nil || it.Rationale.Judged.BodyPart == nil {
		return extract.Span{}
	}
	return it.Rationale.Judged.Span
}

// bodyMentions returns the mentions of the letter's parts from the
// summary on (the summary, then each item's line, guidelines and
// rationale), as extract read them; none where they were not read.
func (d *letter) bodyMentions() []*extract.Mentions {
	if d.Mentions == nil {
		return nil
	}
	out := []*extract.Mentions{&d.Mentions.Summary}
	for i := range d.Items {
		if m := d.Items[i].Mentions; m != nil {
			out = append(out, &m.ItemLine, &m.ClaimsAdministrator, &m.Maximus, &m.Rationale)
		}
	}
	return out
}

// item returns item i, or nil.
func (d *letter) item(i int) *extract.Item {
	if i < 0 || i >= len(d.Items) {
		return nil
	}
	return &d.Items[i]
}

// pick draws one of n choices.
func (d *letter) pick(n int) int { return d.rng.IntN(n) }

// matchCase writes to in the case of from: "Left" gives "Right".
func matchCase(from, to string) string {
	switch {
	case from == "" || to == "":
		return to
	case from == strings.ToUpper(from) && len(from) > 1:
		return strings.ToUpper(to)
	case from[:1] == strings.ToUpper(from[:1]):
		return strings.ToUpper(to[:1]) + to[1:]
	}
	return to
}

var otherSide = map[string]string{"left": "right", "right": "left"}

// flipSide is the edit that turns a side word to the other side.
func (d *letter) flipSide(w extract.Span) edit {
	return edit{w, matchCase(d.at(w), otherSide[strings.ToLower(d.at(w))])}
}

var digitsRe = regexp.MustCompile(`\d+`)

// changeNumber is the edit that changes the first number inside s by a
// drawn amount (up or down, never to zero or below); it returns the old
// and new values.
func (d *letter) changeNumber(s extract.Span) (edit, int, int, bool) {
	w := digitsRe.FindStringIndex(d.at(s))
	if w == nil {
		return edit{}, 0, 0, false
	}
	old, err := strconv.Atoi(d.at(s)[w[0]:w[1]])
	if err != nil || old > 100000 {
		return edit{}, 0, 0, false
	}
	deltas := []int{2, 4, 6, -2, -4}
	n := old + deltas[d.pick(len(deltas))]
	if n <= 0 || n == old {
		n = old + 2
	}
	span := extract.Span{Start: s.Start + w[0], End: s.Start + w[1]}
	return edit{span, strconv.Itoa(n)}, old, n, true
}
