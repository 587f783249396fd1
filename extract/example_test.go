package extract_test

import (
	"errors"
	"fmt"

	"github.com/imrkit/imrkit/extract"
)

func ExampleRead() {
	text := `CLINICAL CASE SUMMARY
The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.

IMR ISSUES, DECISIONS AND RATIONALES
Norco 10/325mg #60: Upheld

Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.

Decision rationale: Therefore, the request for Norco 10/325mg #60 is not medically necessary.
`
	l, err := extract.Read("letter.txt", []byte(text), extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	it := l.Items[0]
	fmt.Println(l.Claimant.Age.Value, l.Claimant.Sex.Value, l.Claimant.InjuryDates[0].Value)
	fmt.Println(it.Outcome.Value, it.Quantity.Value, it.Quantity.Unit, it.Rationale.Conclusion.Value)
	fmt.Println(l.Position(it.Header.Start).Line)
	// Output:
	// 48 male 2016-10-13
	// upheld 60 unit not medically necessary
	// 5
}

func ExampleCount() {
	q, _ := extract.Count("Physical therapy 2 times a week for 6 weeks", nil)
	fmt.Println(q.Value, q.Unit, q.Text)
	// Output: 12 session 2 times a week for 6 weeks
}

func ExampleLetter_FindMentions() {
	l, err := extract.ReadFile("../testdata/letters/seed.txt", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	l.FindMentions(nil)
	for _, d := range l.Mentions.Summary.Dates {
		fmt.Printf("summary date %s (%s)\n", d.Value, d.Role)
	}
	j := l.Items[0].Rationale.Judged
	fmt.Printf("judged %q: service %s, count %v %s\n", j.Text, j.Service.Value, j.Count.Value, j.Count.Unit)
	// Output:
	// summary date 1994-08-06 (injury)
	// summary date 2014-08-06 (exam)
	// judged "12 sessions of CBT": service cognitive-behavioral-therapy, count 12 session
}

func ExampleReadAll() {
	letter := func(caseNumber, item string) string {
		return "Case Number: " + caseNumber + "\n\nHOW THE IMR FINAL DETERMINATION WAS MADE\n" +
			"MAXIMUS Federal Services sent the complete case file to an expert reviewer.\n\n" +
			"IMR ISSUES, DECISIONS AND RATIONALES\n" + item + ": Upheld\n\n" +
			"Decision rationale: The request is not medically necessary.\n"
	}
	data := []byte(letter("CM16-0000001", "MRI of the lumbar spine") + "\f" + letter("CM16-0000002", "Norco 10/325mg #60"))
	_, err := extract.Read("two.txt", data, extract.Options{})
	fmt.Println(err)
	parts, _ := extract.ReadAll("two.txt", data, extract.Options{})
	for _, p := range parts {
		fmt.Println(p.Index, p.Count, p.FirstPage, p.Letter.CaseNumber.Value, p.Letter.Items[0].Service.Value)
	}
	// Output:
	// two.txt: holds 2 letters, not one (each letter's header and "HOW THE IMR FINAL DETERMINATION WAS MADE"): read them one by one (extract.ReadAll)
	// 1 2 1 CM16-0000001 MRI of the lumbar spine
	// 2 2 2 CM16-0000002 Norco 10/325mg
}

// ExampleReadInput reads a file under a size limit of 1000 bytes: the
// seed letter is larger, so the error names the file and the limit.
func ExampleReadInput() {
	_, err := extract.ReadInput("../testdata/letters/seed.txt", extract.Options{MaxBytes: 1000})
	var tl *extract.TooLargeError
	fmt.Println(errors.As(err, &tl), tl.Limit)
	fmt.Println(err)
	// Output:
	// true 1000
	// ../testdata/letters/seed.txt: 3284 bytes is over the input size limit of 1000 bytes
}
