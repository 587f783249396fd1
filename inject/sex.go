package inject

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Sex: the summary's sex word and the pronouns used from the summary on
// agree; the word flips, or every pronoun of that sex flips.

var (
	otherSex = map[string]string{"male": "female", "female": "male", "man": "woman", "woman": "man",
		"gentleman": "lady", "lady": "gentleman"}
	// pronounRes are a sex's pronouns, not in "He/she" or "his/her".
	pronounRes = map[string]*regexp.Regexp{
		"male":   regexp.MustCompile(`(?i)(?:^|[^/\w])(he|his|him|himself)\b(?:[^/]|$)`),
		"female": regexp.MustCompile(`(?i)(?:^|[^/\w])(she|her|hers|herself)\b(?:[^/]|$)`),
	}
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

// pronounsOf returns the pronouns of a sex from the summary on.
func (d *letter) pronounsOf(sex string) []extract.Span {
	b := d.body()
	var out []extract.Span
	for _, m := range pronounRes[sex].FindAllStringSubmatchIndex(d.at(b), -1) {
		out = append(out, extract.Span{Start: b.Start + m[2], End: b.Start + m[3]})
	}
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
// "48-year-old") agree; one of them, not the first, changes.

var ageRe = regexp.MustCompile(`(?i)\b(\d{1,3})(?:\s*|-)(?:years?|yrs?\.?)(?:\s*|-)old\b|\b(\d{1,3})\s*y/o\b`)

func age(d *letter, _ int) (plan, bool) {
	a := d.Claimant.Age
	if a == nil {
		return plan{}, false
	}
	var same []extract.Span
	b := d.body()
	for _, m := range ageRe.FindAllStringSubmatchIndex(d.at(b), -1) {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		s := extract.Span{Start: b.Start + m[g], End: b.Start + m[g+1]}
		if n, err := strconv.Atoi(d.at(s)); err == nil && n == a.Value {
			same = append(same, s)
		}
	}
	if len(same) < 2 {
		return plan{}, false
	}
	s := same[1+d.pick(len(same)-1)]
	n := a.Value + []int{3, 5, 7, -3, -5, -7}[d.pick(6)]
	to := strconv.Itoa(n)
	return plan{edits: []edit{{s, to}}, pair: same[0], change: fmt.Sprintf("age statement: %d to %s", a.Value, to)}, true
}
