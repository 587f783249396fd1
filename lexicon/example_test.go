package lexicon_test

import (
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/imrkit/imrkit/lexicon"
)

func ExampleLexicon_Find() {
	l := lexicon.Default()
	text := "The request for an MRI of the right shoulder and Norco 10/325mg #60 is not medically necessary."
	for _, m := range l.Find(text, lexicon.KindService, lexicon.KindDrug, lexicon.KindBodyPart) {
		fmt.Printf("%d:%d %q %s", m.Start, m.End, m.Text, m.Concept.ID)
		if m.Laterality != "" {
			fmt.Print(" ", m.Laterality)
		}
		fmt.Println()
	}
	// Output:
	// 19:22 "MRI" mri
	// 36:44 "shoulder" shoulder right
	// 49:54 "Norco" norco
}

func ExampleLexicon_FindEach() {
	l := lexicon.Default()
	text := "The request for an MRI of the right shoulder and Norco 10/325mg #60 is not medically necessary."
	found := l.FindEach(text, []lexicon.Kind{lexicon.KindService, lexicon.KindDrug}, []lexicon.Kind{lexicon.KindBodyPart})
	for k, ms := range found {
		for _, m := range ms {
			fmt.Printf("%d: %q %s\n", k, m.Text, m.Concept.ID)
		}
	}
	// Output:
	// 0: "MRI" mri
	// 0: "Norco" norco
	// 1: "shoulder" shoulder
}

func ExampleLexicon_Find_misspelled() {
	l := lexicon.Default()
	for _, m := range l.Find("cognitve behavorial therapy and phys ical therapy") {
		fmt.Printf("%q %s, %d edits\n", m.Text, m.Concept.ID, m.Distance)
	}
	// Output:
	// "cognitve behavorial therapy" cognitive-behavioral-therapy, 3 edits
	// "phys ical therapy" physical-therapy, 1 edits
}

func ExampleLexicon_Best() {
	l := lexicon.Default()
	for _, s := range []string{
		"Retrospective Cyclobenzaprine 5mg tab",
		"MRI of the right shoulder without contrast",
		"Associated surgical service: Cold therapy unit",
		"Norco 10/325mg",
	} {
		m, _ := l.Best(s)
		fmt.Printf("%s: %s (%s), generic %s\n", s, m.Concept.ID, m.Concept.Category, l.Canonical(m.Concept).Name)
	}
	// Output:
	// Retrospective Cyclobenzaprine 5mg tab: cyclobenzaprine (pharmacy), generic cyclobenzaprine
	// MRI of the right shoulder without contrast: mri (imaging), generic MRI
	// Associated surgical service: Cold therapy unit: cold-therapy-unit (dme), generic cold therapy unit
	// Norco 10/325mg: norco (pharmacy), generic hydrocodone/acetaminophen
}

func ExampleLexicon_Chapters() {
	l := lexicon.Default()
	citation := "MTUS Shoulder Complaints 2004, Section(s): Special Studies. Decision based on Non-MTUS Citation " +
		"Official Disability Guidelines (ODG) Low Back - Lumbar & Thoracic (Acute & Chronic), MRIs"
	for _, m := range l.Chapters(citation) {
		fmt.Printf("%s %q %v\n", m.Concept.Source, m.Text, m.Concept.Regions)
	}
	// Output:
	// MTUS "Shoulder Complaints" [shoulder]
	// ODG "Low Back - Lumbar & Thoracic (Acute & Chronic)" [lumbar-spine thoracic-spine]
}

func ExampleLexicon_Unit() {
	l := lexicon.Default()
	for _, w := range []string{"sessions", "tabs", "caps", "gm", "mg"} {
		u, ok := l.Unit(w)
		fmt.Println(w, u, ok)
	}
	// Output:
	// sessions session true
	// tabs tablet true
	// caps capsule true
	// gm gram true
	// mg  false
}

func ExampleLexicon_Suggest() {
	l := lexicon.Default()
	for _, c := range l.Suggest("cbt", 1) {
		fmt.Println(c.Name)
	}
	// Output:
	// cognitive behavioral therapy
}

func ExampleLoad() {
	user := fstest.MapFS{"clinic.lex": {Data: []byte(`kind = service
category = physical-medicine

[hot-stone-therapy]
name = hot stone therapy
aliases = HST
colour = red
`)}}
	l, err := lexicon.Load(user)
	var list lexicon.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e)
		}
	}
	m, _ := l.Best("HST 2 times a week for 3 weeks")
	fmt.Println(m.Concept.Name)
	// Output:
	// clinic.lex:7:1: unknown key "colour"
	// hot stone therapy
}

func ExampleTokenize() {
	for _, t := range lexicon.Tokenize("Physical therapies, 10/325mg") {
		fmt.Printf("%q %q %d:%d\n", t.Text, t.Stem, t.Start, t.End)
	}
	// Output:
	// "Physical" "physic" 0:8
	// "therapies" "therapi" 9:18
	// "10" "10" 20:22
	// "325" "325" 23:26
	// "mg" "mg" 26:28
}

// The code of a diagnosis phrase as a letter writes it, with the
// letter's single stated side for a phrase that states none.
func ExampleCodeSet_Code() {
	cs := lexicon.ICD10CM()
	for _, phrase := range []string{"lumbar strain", "shoulder contusion", "possible rotator cuff tear"} {
		c, _ := cs.Code(phrase, "right")
		fmt.Printf("%s: %s %s (%s, chapter %d, %s, hedged %v)\n", phrase, c.Code, c.Description, c.Category, c.Chapter, c.Match, c.Hedged)
	}
	// Output:
	// lumbar strain: S39.012A Strain of muscle, fascia and tendon of lower back, initial encounter (S39, chapter 19, derived, hedged false)
	// shoulder contusion: S40.011A Contusion of right shoulder, initial encounter (S40, chapter 19, derived, hedged false)
	// possible rotator cuff tear: M25.511 Pain in right shoulder (M25, chapter 13, derived, hedged true)
}

func ExampleLexicon_Alternative() {
	l := lexicon.Default()
	for _, p := range [][2]string{
		{"emg", "electrodiagnostic-testing"}, // a declared form, read both ways
		{"hydrocodone-acetaminophen", "hydrocodone"},
		{"norco", "hydrocodone"}, // a brand, through its generic
		{"mri", "ct"},
	} {
		fmt.Println(p[0], p[1], l.Alternative(l.Concept(p[0]), l.Concept(p[1])))
	}
	// Output:
	// emg electrodiagnostic-testing true
	// hydrocodone-acetaminophen hydrocodone true
	// norco hydrocodone true
	// mri ct false
}
