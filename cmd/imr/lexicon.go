package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/imrkit/imrkit/lexicon"
)

// runLexicon looks words up in the vocabulary or checks a user's lexicon
// folder:
//
//	imr lexicon [--lexicon DIR] find TEXT...   concepts named in a text
//	imr lexicon [--lexicon DIR] suggest QUERY  concepts whose names hold the letters of QUERY
//	imr lexicon check DIR                      load a user folder, report its errors
func runLexicon(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("lexicon", "find TEXT... | suggest QUERY | check DIR", stderr)
	dir := fs.String("lexicon", "", "folder of lexicon files that extend the built-in vocabulary")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return 2
	}
	verb, rest := fs.Arg(0), fs.Args()[1:]
	if verb == "check" {
		*dir = rest[0]
	}
	lex, err := loadLexicon(*dir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	switch verb {
	case "check":
		fmt.Fprintf(stdout, "%s: %d concepts with the built-in vocabulary\n", *dir, len(lex.Concepts()))
	case "find":
		printMatches(stdout, lex, strings.Join(rest, " "))
	case "suggest":
		for _, c := range lex.Suggest(strings.Join(rest, " "), 10) {
			fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", c.ID, c.Kind, c.Category, c.Name)
		}
	default:
		fs.Usage()
		return 2
	}
	return 0
}

// loadLexicon loads the built-in vocabulary and a user's folder; errors
// in the folder's files name the folder.
func loadLexicon(dir string) (*lexicon.Lexicon, error) {
	if dir == "" {
		return lexicon.Default(), nil
	}
	lex, err := lexicon.Load(os.DirFS(dir))
	if list, ok := err.(lexicon.ErrorList); ok {
		var b strings.Builder
		for _, e := range list {
			fmt.Fprintf(&b, "%s/%s\n", strings.TrimRight(dir, "/"), e)
		}
		return nil, fmt.Errorf("%s", strings.TrimSuffix(b.String(), "\n"))
	}
	return lex, err
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
