package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// The guideline the expert reviewer cites (the MAXIMUS guideline, never
// the Claims Administrator's) against the item: a chapter for another
// body region than the item line's ("MTUS Low Back Complaints" for a knee
// MRI), or a section for another treatment than the item's ("Epidural
// steroid injections" for an MRI, "Topical analgesics" for an oral
// drug). Chapters without a region (Chronic Pain, Opioids) fit any item.

var (
	sectionsAt = patternOf(`(?i)Section\(s\):`)
	nextChap   = patternOf(`,\s+and\s+`)
)

// chapter is a guideline chapter cited, with its span.
type chapter struct {
	extract.Span
	concept *lexicon.Concept
}

// checkGuideline compares each item with the chapters and sections the
// expert reviewer cites.
func checkGuideline(d *letter) []Finding { return d.eachItem(d.chapterRegion, d.sectionService) }

// chapterRegion finds an item whose body regions no cited chapter
// covers, where some cited chapter has regions.
func (d *letter) chapterRegion(i int) (Finding, bool) {
	head := d.itemParts(i)
	if len(head) == 0 || d.preoperativeSection(i) {
		return Finding{}, false
	}
	var other *chapter
	for _, c := range d.maximusChapters(i) {
		if len(c.concept.Regions) == 0 {
			continue
		}
		if anyNear(c.concept.Regions, regionsOf(head)) {
			return Finding{}, false
		}
		if other == nil {
			other = &c
		}
	}
	if other == nil {
		return Finding{}, false
	}
	it := &d.Items[i]
	return Finding{
		Code:     CodeGuideline,
		Severity: Warning,
		Message: fmt.Sprintf("the item line is for the %s (%q) but the MAXIMUS guideline cites %s, a chapter for the %s",
			d.at(head[0].Span), it.Header.Text, d.at(other.Span), strings.Join(other.concept.Regions, " and ")),
		Item:     i,
		Evidence: []Evidence{d.ev(it.Header.Span, "header"), d.ev(other.Span, "guideline")},
	}, true
}

// preoperative is the lexicon concept of pre-operative evaluation and
// testing ("Preoperative testing, general", "pre-op clearance").
const preoperative = "medical-clearance"

// preoperativeSection reports whether a MAXIMUS section is about
// pre-operative testing: a chapter's pre-operative sections cover the
// tests before its surgery (ODG's Low Back chapter covers a pre-operative
// chest X-ray), whatever body part the test looks at.
func (d *letter) preoperativeSection(i int) bool {
	for _, s := range d.maximusSections(i) {
		for _, m := range d.lex.Find(d.at(s), lexicon.KindService) {
			if m.Concept.ID == preoperative {
				return true
			}
		}
	}
	return false
}

// maximusChapters returns the chapters the MAXIMUS guideline of an item
// cites: the lexicon's chapters of the source the citation names, not
// words of its section lists ("Section(s): Muscle relaxants (for pain)"
// names no Pain chapter).
func (d *letter) maximusChapters(i int) []chapter {
	g := d.Items[i].Guidelines.Maximus
	if g == nil || g.Value == "none cited" {
		return nil
	}
	var out []chapter
	for _, m := range d.lex.Chapters(g.Text) {
		if inSections(g.Text[:m.Start]) || d.sectionTitle(g.Text[:m.Start]) {
			continue
		}
		out = append(out, chapter{extract.Span{Start: g.Start + m.Start, End: g.Start + m.End}, m.Concept})
	}
	return out
}

// sectionTitle reports whether a chapter's words continue a section
// title a service opens after the citation's last comma (or period):
// in "ODG Hip & Pelvis, MRI shoulder", "shoulder" is the section's, not
// a chapter.
func (d *letter) sectionTitle(before string) bool {
	k := strings.LastIndexAny(before, ",;.")
	if k < 0 {
		return false
	}
	title := before[k+1:]
	return strings.TrimSpace(title) != "" && len(d.lex.Find(title, lexicon.KindService, lexicon.KindDrug)) > 0
}

// inSections reports whether text ending a citation's prefix is inside a
// "Section(s):" list, not yet at the next chapter (", and ").
func inSections(before string) bool {
	if i := strings.LastIndex(before, "Decision based on"); i >= 0 {
		before = before[i:]
	}
	loc := sectionsAt.FindAllStringIndex(before, -1)
	if loc == nil {
		return false
	}
	return !nextChap.MatchString(before[loc[len(loc)-1][1]:])
}

// diagnostic are the categories of tests; treatment those of treatments
// a test's guideline cannot be about.
var (
	diagnostic = map[string]bool{"imaging": true, "electrodiagnostic": true}
	treatment  = map[string]bool{"injections": true, "surgery": true, "pharmacy": true, "physical-medicine": true, "psychological": true}
)

// treatmentSection returns the service of a treatment that a MAXIMUS
// guideline section names for a diagnostic test, when no section names
// the test itself.
func (d *letter) treatmentSection(i int) (mention, bool) {
	svc := d.itemConcept(i)
	if svc == nil || !diagnostic[svc.Category] {
		return mention{}, false
	}
	var found mention
	ok := false
	for _, s := range d.maximusSections(i) {
		for _, m := range d.lex.Find(d.at(s), lexicon.KindService, lexicon.KindDrug) {
			switch {
			case d.sameService(m.Concept, svc) || m.Concept.Category == svc.Category:
				return mention{}, false
			case treatment[m.Concept.Category] && !ok && !shareWord(m.Text, d.Items[i].Header.Text):
				found, ok = mention{extract.Span{Start: s.Start + m.Start, End: s.Start + m.End}, m.Concept}, true
			}
		}
	}
	return found, ok
}

// maximusSections returns the spans of the section lists the MAXIMUS
// guideline cites ("Section(s): Special Studies").
func (d *letter) maximusSections(i int) []extract.Span {
	g := d.Items[i].Guidelines.Maximus
	if g == nil || g.Value == "none cited" {
		return nil
	}
	return d.find(sectionListRe, g.Span, 1)
}

var sectionListRe = patternOf(`(?i)Section\(s\):\s*([^.]*?)(?:,?\s*Page\(s\)|\.\s|\.?$|,\s+and\s+[A-Z])`)

// sectionService finds a section for another treatment than the item's:
// a treatment's section for a test, a topical section for an oral drug.
func (d *letter) sectionService(i int) (Finding, bool) {
	it := &d.Items[i]
	if sec, ok := d.treatmentSection(i); ok {
		return d.sectionFinding(i, sec.Span, fmt.Sprintf("the item line requests %s but the MAXIMUS guideline cites the section %q, for %s",
			d.itemConcept(i).Name, d.at(sec.Span), sec.concept.Name)), true
	}
	if !d.oralItem(i) {
		return Finding{}, false
	}
	for _, s := range d.maximusSections(i) {
		if t := d.find(topicalRe, s, 0); len(t) > 0 {
			return d.sectionFinding(i, s, fmt.Sprintf("the item line requests an oral drug (%q) but the MAXIMUS guideline cites the section %q, for topical drugs",
				it.Header.Text, d.at(s))), true
		}
	}
	return Finding{}, false
}

func (d *letter) sectionFinding(i int, s extract.Span, msg string) Finding {
	return Finding{
		Code:     CodeGuideline,
		Severity: Warning,
		Message:  msg,
		Item:     i,
		Evidence: []Evidence{d.ev(d.Items[i].Header.Span, "header"), d.ev(s, "guideline")},
	}
}

// shareWord reports whether two phrases share a word that names a thing
// ("Ultrasound, therapeutic" and "Ultrasound 1 times 8"): the lexicon
// may read one word as two services.
func shareWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), notWordRune) {
		if len(w) >= 3 && !commonWords[w] {
			words[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(b), notWordRune) {
		if words[w] {
			return true
		}
	}
	return false
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

var commonWords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "therapy": true,
	"treatment": true, "treatments": true, "test": true, "testing": true, "studies": true, "study": true}
