package check

import (
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// part is a body part named in the text: its span, concept, side and
// body regions, as the lexicon reads them.
type part struct {
	extract.Span
	concept *lexicon.Concept
	side    string // "left", "right", "bilateral" or ""
}

func (p part) regions() []string { return p.concept.Regions }

// within lists the regions each larger region holds.
var within = map[string][]string{
	"spine":           {"cervical-spine", "thoracic-spine", "lumbar-spine"},
	"upper-extremity": {"shoulder", "elbow", "wrist-hand", "cervical-spine"},
	"lower-extremity": {"hip-pelvis", "knee-leg", "ankle-foot", "lumbar-spine"},
}

// nearRegions reports whether two body regions can be the same part of
// the body: equal, one holding the other, or a limb and the spine
// segment its nerves leave (an EMG of the legs is a low back test).
func nearRegions(a, b string) bool {
	if a == b {
		return true
	}
	for _, x := range within[a] {
		if x == b {
			return true
		}
	}
	for _, x := range within[b] {
		if x == a {
			return true
		}
	}
	return false
}

// anyNear reports whether some region of as is near some region of bs.
func anyNear(as, bs []string) bool {
	for _, a := range as {
		for _, b := range bs {
			if nearRegions(a, b) {
				return true
			}
		}
	}
	return false
}

// regionsOf collects the regions of parts.
func regionsOf(ps []part) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range ps {
		for _, r := range p.regions() {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// itemParts returns the body parts an item line names; none for a drug,
// whose "by mouth" is no body part under treatment.
func (d *letter) itemParts(i int) []part {
	it := &d.Items[i]
	if it.Header == nil {
		return nil
	}
	if c := d.itemConcept(i); c != nil && c.Kind == lexicon.KindDrug {
		return nil
	}
	return d.parts(it.Header.Span)
}

// guidelineSentence marks a sentence that states or quotes a guideline
// rather than the case.
var guidelineSentence = patternOf(`(?i)\b(?:MTUS|ODG|ACOEM|guidelines?|recommend(?:s|ed|ation|ations)?|Official Disability|studies|literature|evidence[- ]based)\b|"`).StartsWith(`"aeglmors`)

// guidelineWords are lower-case words one of which a guideline sentence
// holds: a cheap test before the pattern.
var guidelineWords = []string{"mtus", "odg", "acoem", "guideline", "recommend", "official disability", "studies", "literature", "evidence", "\""}

// guidelineSentence reports whether a sentence states or quotes a
// guideline.
func (d *letter) guidelineSentence(s extract.Span) bool {
	return d.has(s, guidelineWords...) && guidelineSentence.MatchIn(d.at(s), d.low(s))
}

// verdictSentence reports whether a sentence gives a verdict on medical
// necessity.
func (d *letter) verdictSentence(s extract.Span) bool {
	return d.has(s, "medically") && medicalVerdict.MatchIn(d.at(s), d.low(s))
}

// caseSentences returns the sentences of a span that speak of the case,
// not of the guidelines.
func (d *letter) caseSentences(in extract.Span) []extract.Span {
	if out, ok := d.caseSents[in]; ok {
		return out
	}
	if d.caseSents == nil {
		d.caseSents = map[extract.Span][]extract.Span{}
	}
	out := d.readCaseSentences(in)
	d.caseSents[in] = out
	return out
}

// readCaseSentences reads the sentences of caseSentences.
func (d *letter) readCaseSentences(in extract.Span) []extract.Span {
	var out []extract.Span
	for _, s := range d.sentencesIn(in) {
		if !d.guidelineSentence(s) || d.verdictSentence(s) {
			out = append(out, s)
		}
	}
	return out
}
