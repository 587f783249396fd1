package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

// runICD10 shows the ICD-10-CM codes considered for a diagnosis phrase,
// best first, with why each scored as it did (to become "imr lexicon
// icd10"):
//
//	imr icd10 [--side left|right] [-n N] PHRASE...
func runICD10(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("icd10", "[--side left|right] [-n N] PHRASE...", stderr)
	side := fs.String("side", "", "the letter's single stated side, for a phrase that states none")
	n := fs.Int("n", 5, "how many candidates to show")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || *n < 1 {
		fs.Usage()
		return 2
	}
	cs := lexicon.ICD10CM()
	phrase := strings.Join(fs.Args(), " ")
	c, ok := cs.Code(phrase, *side)
	if !ok {
		fmt.Fprintf(stdout, "%q: no code fits\n", phrase)
		return 0
	}
	fmt.Fprintf(stdout, "%q: %s %s\n", phrase, c.Code, c.Description)
	fmt.Fprintf(stdout, "\tcategory %s, chapter %d (%s), match %s, hedged %v\n", c.Category, c.Chapter, chapterName(cs, c.Chapter), c.Match, c.Hedged)
	fmt.Fprintln(stdout, "candidates:")
	for i, k := range cs.Candidates(phrase, *side, *n) {
		fmt.Fprintf(stdout, "%2d. %-9s %6.2f  %s\n", i+1, k.Code, k.Score, k.Description)
		if k.Why != "" {
			fmt.Fprintf(stdout, "\t\t  %s\n", k.Why)
		}
	}
	return 0
}

func chapterName(cs *lexicon.CodeSet, n int) string {
	for _, ch := range cs.Chapters() {
		if ch.Number == n {
			return ch.Name
		}
	}
	return ""
}
