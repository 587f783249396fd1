package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
	"github.com/spf13/cobra"
)

func init() { register(newLexiconCmd) }

// newLexiconCmd looks words up in the vocabulary or checks a user's
// lexicon folder:
//
//	imr lexicon [--lexicon DIR] find TEXT...   concepts named in a text
//	imr lexicon [--lexicon DIR] suggest QUERY  concepts whose names hold the letters of QUERY
//	imr lexicon check DIR                      load a user folder, report its errors
//	imr lexicon icd10 [--side S] [-n N] PHRASE ICD-10-CM codes for a diagnosis phrase
func newLexiconCmd(e *env) *cobra.Command {
	var dir string
	c := &cobra.Command{
		Use:   "lexicon find|suggest|check|icd10",
		Short: "Look words up in the vocabulary; check a lexicon folder",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return usagef("want a subcommand: find, suggest, check or icd10")
		},
	}
	c.PersistentFlags().StringVar(&dir, "lexicon", "", "folder of lexicon files that extend the built-in vocabulary")
	c.MarkPersistentFlagDirname("lexicon")
	c.AddCommand(&cobra.Command{
		Use:   "find TEXT...",
		Short: "List the concepts a text names",
		Args:  needArgs("TEXT"),
		RunE: func(_ *cobra.Command, args []string) error {
			lex, err := loadLexicon(dir)
			if err == nil {
				printMatches(e.stdout, lex, strings.Join(args, " "))
			}
			return err
		},
	}, &cobra.Command{
		Use:   "suggest QUERY",
		Short: "List the concepts whose names hold the letters of QUERY",
		Args:  needArgs("QUERY"),
		RunE: func(_ *cobra.Command, args []string) error {
			lex, err := loadLexicon(dir)
			if err != nil {
				return err
			}
			for _, c := range lex.Suggest(strings.Join(args, " "), 10) {
				fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", c.ID, c.Kind, c.Category, c.Name)
			}
			return nil
		},
	}, &cobra.Command{
		Use:   "check DIR",
		Short: "Load a lexicon folder with the built-in vocabulary and report its errors as file:line:col",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			lex, err := loadLexicon(args[0])
			if err == nil {
				fmt.Fprintf(e.stdout, "%s: %d concepts with the built-in vocabulary\n", args[0], len(lex.Concepts()))
			}
			return err
		},
	}, newICD10Cmd(e))
	return c
}

func printMatches(w io.Writer, lex *lexicon.Lexicon, text string) {
	for _, m := range lex.Find(text) {
		side := ""
		if m.Laterality != "" {
			side = " (" + m.Laterality + ")"
		}
		fmt.Fprintf(w, "%q\t%s\t%s\t%s%s\n", m.Text, m.Concept.Kind, m.Concept.ID, m.Concept.Category, side)
	}
}
