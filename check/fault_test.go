package check

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// Fault injection: take a real letter, change one side of a pair the
// letter states consistently, read the changed text again and require
// the matching finding on that item. Each mutation applies only where
// the pair is consistent in the untouched letter (the check finds
// nothing there), so a finding after the change is the change's.

// edit replaces a span of the normalized text with new text; the span's
// place in the source is found through the letter's positions.
type edit struct {
	extract.Span
	text string
}

// mutation changes one kind of fact of one item (or of the letter).
type mutation struct {
	name string
	code string
	// apply returns the edits that break a consistent pair of item i
	// (the letter's: i is -1), or false where the letter has none.
	apply   func(d *letter, i int) ([]edit, bool)
	perItem bool // apply runs for every item, else once with -1
}

var mutations = []mutation{
	{"header count", CodeQuantity, mutateCount, true},
	{"outcome word", CodeOutcome, mutateOutcome, true},
	{"side in the header", CodeLaterality, mutateSide, true},
	{"sex word", CodeSex, mutateSex, false},
	{"header date of injury", CodeDate, mutateInjuryDate, false},
	{"duplicated sentence", CodeDuplicate, mutateDuplicate, false},
	{"MAXIMUS chapter", CodeGuideline, mutateChapter, true},
	{"service in the header", CodeService, mutateService, true},
}

// TestFaultInjection requires each mutation's code on its item in at
// least 97% of the letters it changes (the untouched letters are scored
// by TestRealLetters).
func TestFaultInjection(t *testing.T) {
	letters, _ := readReal(t)
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			tried, found, misses := runMutation(t, letters, m)
			if tried == 0 {
				t.Fatal("the mutation applies to no letter")
			}
			rate := float64(found) / float64(tried)
			t.Logf("%s: %s found in %d of %d mutated letters (%.1f%%)", m.name, m.code, found, tried, 100*rate)
			for _, miss := range misses {
				t.Logf("missed: %s", miss)
			}
			if rate < 0.97 {
				t.Errorf("%s found in %.1f%% of mutated letters, want at least 97%%", m.code, 100*rate)
			}
		})
	}
}

// runMutation applies a mutation to every letter (and item) it fits,
// in parallel, and counts the mutated letters where its code is found.
func runMutation(t *testing.T, letters []*extract.Letter, m mutation) (tried, found int, misses []string) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, l := range letters {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			n, ok, miss := mutateLetter(t, l, m)
			mu.Lock()
			tried, found, misses = tried+n, found+ok, append(misses, miss...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return tried, found, misses
}

// mutateLetter applies a mutation to one letter's items (or the letter).
func mutateLetter(t *testing.T, l *extract.Letter, m mutation) (tried, found int, misses []string) {
	items := []int{-1}
	if m.perItem {
		items = items[:0]
		for i := range l.Items {
			items = append(items, i)
		}
	}
	only := &Config{Disabled: map[string]bool{}}
	for _, c := range checks {
		only.Disabled[c.Code] = c.Code != m.code
	}
	for _, i := range items {
		if has(only.Run(l), m.code, i) {
			continue // not a consistent pair in the untouched letter
		}
		edits, ok := m.apply(newLetter(l, nil), i)
		if !ok {
			continue
		}
		changed, err := applyEdits(l, edits)
		if err != nil {
			t.Errorf("%s item %d: %v", Name(l), i, err)
			continue
		}
		tried++
		if has(only.Run(changed), m.code, i) {
			found++
		} else {
			misses = append(misses, fmt.Sprintf("%s item %d: %v", Name(l), i, edits))
		}
	}
	return tried, found, misses
}

func has(fs []Finding, code string, item int) bool {
	for _, f := range fs {
		if f.Code == code && f.Item == item {
			return true
		}
	}
	return false
}

// applyEdits makes the edits in the letter's source file and reads the
// changed text again.
func applyEdits(l *extract.Letter, edits []edit) (*extract.Letter, error) {
	data, err := os.ReadFile(l.Source.Path)
	if err != nil {
		return nil, err
	}
	src := string(data)
	// Last edit first, so that earlier offsets hold.
	for k := len(edits) - 1; k >= 0; k-- {
		e := edits[k]
		start, end := l.Position(e.Start).SourceOffset, l.Position(e.End).SourceOffset
		if e.End == e.Start {
			end = start
		} else if e.End > e.Start {
			end = l.Position(e.End-1).SourceOffset + 1
		}
		src = src[:start] + e.text + src[end:]
	}
	return extract.Read(l.Source.Path, []byte(src), extract.Options{})
}

// mutateCount writes another count in place of an item's count where
// the rationale judges the same count: "2 times a week for 6 weeks"
// becomes "14 sessions", "#60" becomes "#62", "#1 box" "#3 box".
func mutateCount(d *letter, i int) ([]edit, bool) {
	it := &d.Items[i]
	judged, ok := d.rationaleCount(i)
	if it.Quantity == nil || !ok || judged.value != it.Quantity.Value {
		return nil, false
	}
	n, u := strconv.Itoa(int(it.Quantity.Value)+2), string(it.Quantity.Unit)
	var text string
	switch {
	case unitClasses[u] == "visit" || u == "day" || u == "week" || u == "month":
		text = n + " " + u + "s"
	case u == "" || unitClasses[u] == "dose":
		text = "#" + n
	default:
		text = "#" + n + " " + u // "#3 box"
	}
	return []edit{{it.Quantity.Span, text}}, true
}

// mutateOutcome turns Upheld into Overturned and back where the outcome
// agrees with the conclusion.
func mutateOutcome(d *letter, i int) ([]edit, bool) {
	it := &d.Items[i]
	if _, ok := necessary(it.Rationale.Conclusion); !ok || it.Outcome == nil {
		return nil, false
	}
	to := map[string]string{"Upheld": "Overturned", "Overturned": "Upheld", "UPHELD": "OVERTURNED", "OVERTURNED": "UPHELD"}[it.Outcome.Text]
	return []edit{{it.Outcome.Span, to}}, to != ""
}

var sideWordRe = regexp.MustCompile(`(?i)\b(left|right)\b`)

// mutateSide turns the item line's side to the other where the
// rationale speaks of that region on the same side.
func mutateSide(d *letter, i int) ([]edit, bool) {
	for _, h := range d.itemParts(i) {
		if h.side != "left" && h.side != "right" || d.bothSides(i, h) || !d.rationaleSide(i, h) {
			continue
		}
		word := sideWordRe.FindStringIndex(d.text[d.sideStart(h):h.End])
		if word == nil {
			continue
		}
		s := extract.Span{Start: d.sideStart(h) + word[0], End: d.sideStart(h) + word[1]}
		return []edit{{s, matchCase(d.at(s), map[string]string{"left": "right", "right": "left"}[strings.ToLower(d.at(s))])}}, true
	}
	return nil, false
}

// rationaleSide reports whether a rationale sentence about the case
// gives h's region h's side.
func (d *letter) rationaleSide(i int, h part) bool {
	for _, sent := range d.caseSentences(d.Items[i].Rationale.Span) {
		for _, p := range d.sided(sent) {
			if p.side == h.side && anyEqual(p.regions(), h.regions()) {
				return true
			}
		}
	}
	return false
}

var otherSex = map[string]string{"male": "female", "female": "male", "man": "woman", "woman": "man",
	"gentleman": "lady", "lady": "gentleman", "boy": "girl", "girl": "boy"}

// mutateSex turns the summary's sex word to the other where pronouns
// for the claimant agree with it.
func mutateSex(d *letter, _ int) ([]edit, bool) {
	sex := d.Claimant.Sex
	if sex == nil || !sexWords[strings.ToLower(sex.Text)] {
		return nil, false
	}
	if len(d.claimantPronouns(sex.Value, d.summary().Start)) == 0 {
		return nil, false
	}
	return []edit{{sex.Span, matchCase(sex.Text, otherSex[strings.ToLower(sex.Text)])}}, true
}

// mutateInjuryDate moves the header's date of injury 45 days earlier
// where the summary states the same date.
func mutateInjuryDate(d *letter, _ int) ([]edit, bool) {
	head, ok := factDate(d.Dates.Injury)
	if !ok || !hasDate(d.summaryInjuryDates(), head) {
		return nil, false
	}
	return []edit{{d.Dates.Injury.Span, head.add(-45).String()}}, true
}

// mutateDuplicate writes a summary sentence of eight words or more twice.
func mutateDuplicate(d *letter, _ int) ([]edit, bool) {
	for _, s := range d.sentencesIn(d.summary()) {
		if len(strings.FieldsFunc(d.at(s), notWordRune)) >= 8 {
			return []edit{{extract.Span{Start: s.End, End: s.End}, " " + collapse(d.at(s))}}, true
		}
	}
	return nil, false
}

// farChapters are chapters to cite instead, by source.
var farChapters = map[string][]string{
	"MTUS":  {"Low Back Complaints", "Knee Complaints", "Shoulder Complaints"},
	"ODG":   {"Low Back - Lumbar & Thoracic (Acute & Chronic)", "Knee & Leg (Acute & Chronic)", "Shoulder (Acute & Chronic)"},
	"ACOEM": {"Low Back Disorders", "Knee Disorders", "Shoulder Disorders"},
}

// mutateChapter replaces the MAXIMUS guideline's chapters for the item's
// region with a chapter of the same source for a far region.
func mutateChapter(d *letter, i int) ([]edit, bool) {
	head := regionsOf(d.itemParts(i))
	if len(head) == 0 {
		return nil, false
	}
	var edits []edit
	for _, c := range d.maximusChapters(i) {
		if len(c.concept.Regions) == 0 || !anyNear(c.concept.Regions, head) {
			continue
		}
		to, ok := d.farChapter(c.concept.Source, head)
		if !ok {
			return nil, false
		}
		edits = append(edits, edit{c.Span, to})
	}
	return edits, len(edits) > 0
}

// farChapter names a chapter of a source for no region near head.
func (d *letter) farChapter(source string, head []string) (string, bool) {
	for _, name := range farChapters[source] {
		for _, m := range d.lex.Find(name, lexicon.KindChapter) {
			if m.Concept.Source == source && !anyNear(m.Concept.Regions, head) {
				return name, true
			}
		}
	}
	return "", false
}

// otherServices are services of distinct categories to put in an item
// line.
var otherServices = []string{"Acupuncture", "MRI", "Psychotherapy", "Epidural steroid injection"}

// mutateService replaces the item line's service with one of another
// category where the rationale points at the item's own service.
func mutateService(d *letter, i int) ([]edit, bool) {
	svc := d.itemConcept(i)
	if svc == nil || d.anotherItems(i, svc) || !d.pointsAt(i) {
		return nil, false
	}
	s, ok := d.serviceWords(i, svc)
	if !ok {
		return nil, false
	}
	for _, name := range otherServices {
		if c, ok := d.lex.Best(name); ok && c.Concept.Category != svc.Category && !d.namedAnywhere(c.Concept) {
			return []edit{{s, name}}, true
		}
	}
	return nil, false
}

// serviceWords returns the span of an item line's words that name its
// service: from the first mention to the last, over a bracket left open
// ("MRI (magnetic resonance imaging)").
func (d *letter) serviceWords(i int, svc *lexicon.Concept) (extract.Span, bool) {
	var s extract.Span
	for _, m := range d.services(d.Items[i].Header.Span) {
		if d.lex.Same(m.concept, svc) || m.concept.Category == svc.Category {
			if s.Len() == 0 {
				s.Start = m.Start
			}
			s.End = m.End
		}
	}
	if s.Len() == 0 {
		return s, false
	}
	if strings.Count(d.at(s), "(") > strings.Count(d.at(s), ")") && s.End < len(d.text) && d.text[s.End] == ')' {
		s.End++
	}
	return s, true
}

// pointsAt reports whether a rationale sentence about the case points
// at the item's service.
func (d *letter) pointsAt(i int) bool {
	c := d.itemConcept(i)
	for _, sent := range d.pointerSentences(i) {
		for _, x := range d.pointers(sent) {
			if d.sameService(x.concept, c) {
				return true
			}
		}
	}
	return false
}

// namedAnywhere reports whether the letter's items name a concept.
func (d *letter) namedAnywhere(c *lexicon.Concept) bool {
	for k := range d.Items {
		for _, m := range d.services(d.Items[k].Header.Span) {
			if m.concept == c {
				return true
			}
		}
	}
	return false
}

// matchCase writes to in the case of from: "Left" gives "Right".
func matchCase(from, to string) string {
	switch {
	case from == strings.ToUpper(from):
		return strings.ToUpper(to)
	case from[:1] == strings.ToUpper(from[:1]):
		return strings.ToUpper(to[:1]) + to[1:]
	}
	return to
}
