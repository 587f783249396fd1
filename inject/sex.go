package inject

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Sex: the summary's sex word and the pronouns used from the summary on
// agree; the word flips, or every pronoun of that sex flips.

var (
	otherSex = map[string]string{"male": "female", "female": "male", "man": "woman", "woman": "man",
		"gentleman": "lady", "lady": "gentleman"}
	toFemale = map[string]string{"he": "she", "his": "her", "him": "her", "himself": "herself"}
	toMale   = map[string]string{"she": "he", "hers": "his", "herself": "himself"}
	// objectNext are words after which "her" is an object ("him"), not a
	// possessive ("his").
	objectNext = regexp.MustCompile(`(?i)^\s*(?:[.,;:)]|$|to\b|with\b|and\b|that\b|for\b|on\b|in\b|at\b|as\b|about\b|from\b|again\b|back\b|off\b|up\b|out\b|down\b|over\b|through\b)`)
)

// sexWord returns the claimant's sex as a word, where the summary states
// one.
func (d *letter) sexWord() (*extract.Fact[string], bool) {
	s := d.Claimant.Sex
	if s == nil || otherSex[strings.ToLower(s.Text)] == "" {
		return nil, false
	}
	return s, true
}

// pronounsOf returns the claimant's pronouns of a sex from the summary
// on, as extract read them (not the reviewer's "He/she"), in order.
func (d *letter) pronounsOf(sex string) []extract.Span {
	var out []extract.Span
	for _, m := range d.bodyMentions() {
		for _, x := range m.Sex {
			if x.By == "pronoun" && x.Value == sex && !slices.Contains(out, x.Span) {
				out = append(out, x.Span)
			}
		}
	}
	slices.SortFunc(out, func(a, b extract.Span) int { return a.Start - b.Start })
	return out
}

func sexWord(d *letter, _ int) (plan, bool) {
	s, ok := d.sexWord()
	if !ok {
		return plan{}, false
	}
	ps := d.pronounsOf(s.Value)
	if len(ps) == 0 {
		return plan{}, false
	}
	to := matchCase(s.Text, otherSex[strings.ToLower(s.Text)])
	return plan{edits: []edit{{s.Span, to}}, pair: ps[0], change: fmt.Sprintf("sex word: %s to %s", s.Text, to)}, true
}

func pronouns(d *letter, _ int) (plan, bool) {
	s, ok := d.sexWord()
	if !ok {
		return plan{}, false
	}
	ps := d.pronounsOf(s.Value)
	if len(ps) == 0 {
		return plan{}, false
	}
	var edits []edit
	for _, p := range ps {
		edits = append(edits, edit{p, matchCase(d.at(p), d.flipPronoun(p))})
	}
	change := fmt.Sprintf("pronouns flipped to the other sex's (%d), against the sex word %q", len(edits), s.Text)
	return plan{edits: edits, pair: s.Span, change: change}, true
}

// flipPronoun gives a pronoun of the other sex; "her" becomes "him"
// before a word that ends a phrase, else "his".
func (d *letter) flipPronoun(p extract.Span) string {
	w := strings.ToLower(d.at(p))
	if to, ok := toFemale[w]; ok {
		return to
	}
	if to, ok := toMale[w]; ok {
		return to
	}
	if objectNext.MatchString(d.text[p.End:min(len(d.text), p.End+12)]) {
		return "him"
	}
	return "his"
}

// Age: two or more statements of the claimant's age ("a 48 year old",
// "48-year-old"), as extract read them, agree; one of them, not the
// first, changes.

func age(d *letter, _ int) (plan, bool) {
	a := d.Claimant.Age
	if a == nil {
		return plan{}, false
	}
	var same []extract.Span
	for _, m := range d.bodyMentions() {
		for _, x := range m.Ages {
			if x.Value == a.Value && !slices.Contains(same, x.Span) {
				same = append(same, x.Span)
			}
		}
	}
	slices.SortFunc(same, func(a, b extract.Span) int { return a.Start - b.Start })
	if len(same) < 2 {
		return plan{}, false
	}
	s := same[1+d.pick(len(same)-1)]
	n := a.Value + []int{3, 5, 7, -3, -5, -7}[d.pick(6)]
	to := strconv.Itoa(n)
	return plan{edits: []edit{{s, to}}, pair: same[0], change: fmt.Sprintf("age statement: %d to %s", a.Value, to)}, true
}
