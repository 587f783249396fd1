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
