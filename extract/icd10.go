package extract

import (
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

// CodeDiagnoses gives each diagnosis of a letter its ICD-10-CM code
// (lexicon.CodeSet.Code), with the letter's single stated side for a
// phrase that states none. Extraction calls it; it is exported for
// letters read back from JSON and for benchmarks.
func CodeDiagnoses(l *Letter) {
	if len(l.Diagnoses) == 0 {
		return
	}
	cs := lexicon.ICD10CM()
	side := listSide(l.Diagnoses)
	for i := range l.Diagnoses {
		d := &l.Diagnoses[i]
		d.ICD10CM = nil
		if c, ok := cs.Code(d.Text, side); ok {
			d.ICD10CM = &ICD10CM{Code: c.Code, Description: c.Description, Category: c.Category,
				Chapter: c.Chapter, Match: c.Match, Hedged: c.Hedged}
		}
	}
}

// listSide returns the side the diagnoses state when they state one
// ("left" or "right"), else "".
func listSide(ds []Diagnosis) string {
	side := ""
	for _, d := range ds {
		for w := range strings.FieldsFuncSeq(strings.ToLower(d.Text), notLetter) {
			if w != "left" && w != "right" {
				continue
			}
			if side != "" && side != w {
				return ""
			}
			side = w
		}
	}
	return side
}
