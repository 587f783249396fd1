package check

import (
	"fmt"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// The claimant's sex as the summary words it ("a 51 year old female")
// against the pronouns the summary and rationales use for the claimant.
// Pronouns in a sentence about a physician or provider are theirs, and
// "(He, 2004)" is an author.

var (
	// someoneElse names a person a pronoun may stand for other than the
	// claimant: in the pronoun's sentence before it, or in the sentence
	// before one the pronoun opens.
	someoneElse = patternOf(`(?i)\b(?:physician|provider|doctor|Dr\.?|surgeon|therapist|reviewer|examiner|chiropractor|psychologist|psychiatrist|counsel(?:or|lor)|husband|wife|son|daughter|father|mother|brother|sister|spouse|supervisor|employer)\b`)
	author      = patternOf(`^\s*,\s*(?:et al\.?,?\s*)?\d{4}`)
	sexWords    = map[string]bool{"male": true, "female": true, "man": true, "woman": true, "gentleman": true, "lady": true, "boy": true, "girl": true}
)

// checkSex compares the summary's sex word with the pronouns used for
// the claimant.
func checkSex(d *letter) []Finding {
	sex := d.Claimant.Sex
	if sex == nil || !sexWords[strings.ToLower(sex.Text)] {
		return nil
	}
	other := "male"
	if sex.Value == "male" {
		other = "female"
	}
	ps := d.claimantPronouns(other, d.summary().Start)
	if len(ps) == 0 {
		return nil
	}
	return []Finding{{
		Code:     CodeSex,
		Severity: Warning,
		Message:  fmt.Sprintf("the claimant is %q (%s) but %q calls the claimant %s", sex.Text, sex.Value, d.at(ps[0]), other),
		Item:     -1,
		Evidence: []Evidence{d.ev(d.clause(sex.Span), "summary"), d.ev(d.sentenceAt(ps[0].Start), d.role(ps[0].Start))},
	}}
}

// claimantPronouns returns the pronouns of a sex, from the extraction's
// mentions from offset from on, that stand for the claimant.
func (d *letter) claimantPronouns(sex string, from int) []extract.Span {
	var out []extract.Span
	for _, p := range d.pronouns(sex, from) {
		sent := d.sentenceAt(p.Start)
		if someoneElse.MatchString(d.text[sent.Start:p.Start]) || author.MatchString(d.text[p.End:]) || d.carriesOver(sent, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// pronouns returns the pronouns of a sex the extraction read in the
// letter's parts, from offset from on, in order.
func (d *letter) pronouns(sex string, from int) []extract.Span {
	var out []sentence
	d.eachMentions(func(m *extract.Mentions) {
		for _, x := range m.Sex {
			if x.By == "pronoun" && x.Value == sex && x.Start >= from {
				out = append(out, sentence{x.Span})
			}
		}
	})
	out = ordered(out)
	spans := make([]extract.Span, len(out))
	for k, s := range out {
		spans[k] = s.Span
	}
	return spans
}

// carriesOver reports whether a pronoun opening its sentence may stand
// for someone the sentence before names: "The treating physician
// recommended an MRI. He also prescribed Norco."
func (d *letter) carriesOver(sent, p extract.Span) bool {
	if strings.TrimSpace(d.text[sent.Start:p.Start]) != "" || sent.Start == 0 {
		return false
	}
	prev := d.sentenceAt(sent.Start - 2)
	return prev.End <= sent.Start && someoneElse.MatchIn(d.at(prev), d.low(prev)) && !claimantWord.MatchIn(d.at(prev), d.low(prev))
}

// claimantWord names the claimant.
var claimantWord = patternOf(`(?i)\b(?:claimant|patient|applicant|injured worker|employee)\b`)
