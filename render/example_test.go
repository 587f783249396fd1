package render_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/render"
)

const letterText = `Case Number:          CM16-0000001
Date Assigned:        11/09/2016                      Date of Injury:      10/13/2016

                 HOW THE IMR FINAL DETERMINATION WAS MADE
The Expert Reviewer has the following credentials:
State(s) of Licensure: California
Certification(s)/Specialty: Family Practice

                                CLINICAL CASE SUMMARY
The injured worker is a 48 year old male who sustained an industrial injury on
10-13-16.

                      IMR ISSUES, DECISIONS AND RATIONALES
Physical therapy 2 times a week for 6 weeks: Upheld

MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
Section(s): Physical Medicine.

Decision rationale: The guidelines allow 10 visits. Therefore the request for 12
sessions of physical therapy is not medically necessary.
`

// Letter writes the normalized letter: header facts, the sections in
// order, the items with their counts written one way.
func ExampleLetter() {
	l := extract.Parse("letter.txt", letterText, extract.Options{})
	if err := render.Letter(os.Stdout, render.Text, render.Entry{Letter: l}, render.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION
	//
	// Case Number:            CM16-0000001
	// Date Assigned:          11/09/2016
	// Date of Injury:         10/13/2016
	//
	// HOW THE IMR FINAL DETERMINATION WAS MADE
	//
	// The Expert Reviewer has the following credentials:
	//
	// State(s) of Licensure: California
	// Certification(s)/Specialty: Family Practice
	//
	// CLINICAL CASE SUMMARY
	//
	// The injured worker is a 48 year old male who sustained an industrial injury on
	// 10-13-16.
	//
	// IMR ISSUES, DECISIONS AND RATIONALES
	//
	// Decisions at a glance:
	//
	//   1. Upheld — Physical therapy — 12 sessions
	//      cited: MTUS Chronic Pain Medical Treatment Guidelines 2016, Physical
	//      Medicine
	//
	// Physical therapy 2 times a week for 6 weeks: Upheld
	//
	// MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
	// Section(s): Physical Medicine.
	//
	// Decision rationale: The guidelines allow 10 visits. Therefore the request for 12
	// sessions of physical therapy is not medically necessary.
}

// Report counts outcomes and findings over many letters; in PDF the
// counts are drawn as bar charts.
func ExampleReport() {
	l := extract.Parse("letter.txt", letterText, extract.Options{})
	var buf bytes.Buffer
	if err := render.Report(&buf, render.Markdown, []render.Entry{{Letter: l}}, render.Options{Title: "Weekly QA"}); err != nil {
		fmt.Println(err)
	}
	lines := strings.Split(buf.String(), "\n")
	fmt.Println(strings.Join(lines[4:13], "\n"))
	// Output:
	// # Weekly QA
	//
	// 1 letters, 1 disputed items, 0 findings.
	//
	// ## Outcomes
	//
	// ```chart Items by outcome
	// Upheld | 1
	// ```
}

func ExampleQuantity() {
	fmt.Println(render.Quantity(14, "session"))
	fmt.Println(render.Quantity(1, "tablet"))
	fmt.Println(render.Quantity(60, ""))
	// Output:
	// 14 sessions
	// 1 tablet
	// 60
}
