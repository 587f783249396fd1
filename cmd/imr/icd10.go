package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
	"github.com/spf13/cobra"
)

// newICD10Cmd shows the ICD-10-CM codes considered for a diagnosis
// phrase, best first, with why each scored as it did:
//
//	imr lexicon icd10 [--side left|right] [-n N] PHRASE...
func newICD10Cmd(e *env) *cobra.Command {
	side := newEnum("", "left", "right", "bilateral")
	var n int
	c := &cobra.Command{
		Use:   "icd10 [--side S] [-n N] PHRASE...",
		Short: "Show the ICD-10-CM codes considered for a diagnosis phrase, best first, and why",
		Example: `  imr lexicon icd10 lumbar strain
  imr lexicon icd10 --side left shoulder contusion`,
		Args: needArgs("PHRASE"),
		RunE: func(_ *cobra.Command, args []string) error {
			if n < 1 {
				return usagef("-n %d: want at least 1", n)
			}
			printICD10(e.stdout, strings.Join(args, " "), side.value, n)
			return nil
		},
	}
	enumVar(c, c.Flags(), side, "side", "the letter's single stated side, for a phrase that states none")
	c.Flags().IntVarP(&n, "n", "n", 5, "how many candidates to show")
	return c
}

// printICD10 writes the code chosen for phrase and the n best candidates.
func printICD10(w io.Writer, phrase, side string, n int) {
	cs := lexicon.ICD10CM()
	c, ok := cs.Code(phrase, side)
	if !ok {
		fmt.Fprintf(w, "%q: no code fits\n", phrase)
		return
	}
	fmt.Fprintf(w, "%q: %s %s\n", phrase, c.Code, c.Description)
	fmt.Fprintf(w, "\tcategory %s, chapter %d (%s), match %s, hedged %v\n", c.Category, c.Chapter, chapterName(cs, c.Chapter), c.Match, c.Hedged)
	fmt.Fprintln(w, "candidates:")
	for i, k := range cs.Candidates(phrase, side, n) {
		fmt.Fprintf(w, "%2d. %-9s %6.2f  %s\n", i+1, k.Code, k.Score, k.Description)
		if k.Why != "" {
			fmt.Fprintf(w, "\t\t  %s\n", k.Why)
		}
	}
}

func chapterName(cs *lexicon.CodeSet, n int) string {
	for _, ch := range cs.Chapters() {
		if ch.Number == n {
			return ch.Name
		}
	}
	return ""
}
