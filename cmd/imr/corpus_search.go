package main

import (
	"context"
	"io"
	"strings"

	"github.com/imrkit/imrkit/corpus"
	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusSearchCmd) }

func newCorpusSearchCmd(e *env, db *string) *cobra.Command {
	format := newEnum("text", "text", "json")
	var limit int
	var fts bool
	c := &cobra.Command{
		Use:   "search [flags] QUERY...",
		Short: "Full-text search of case summaries and rationales",
		Long: `Search finds the case summaries and rationales that match a query, best
first. Words match their stems and must all match. Type terms as they
are written in letters: L4-5, x-ray, C5-6, patient's and 10/325 are
searched as written (quoted into phrases). "a phrase", AND, OR, NOT,
parentheses and prefix* keep their meaning. --fts passes the query to
SQLite FTS5 as it is. A query has at most 64 terms and runs at most 10
seconds.`,
		Example: `  imr corpus search --db imr.db Norco 10/325
  imr corpus search --db imr.db '"red flag" AND MRI'
  imr corpus search --db imr.db --fts 'NEAR(lumbar fusion, 5)'`,
		Args: needArgs("QUERY"),
		RunE: func(_ *cobra.Command, args []string) error {
			query := strings.Join(args, " ")
			if !fts {
				var err error
				if query, err = corpus.Phrases(query); err != nil {
					return err
				}
			}
			d, err := openCorpus(*db)
			if err != nil {
				return err
			}
			defer d.Close()
			hits, err := d.Search(context.Background(), query, limit)
			if err != nil {
				return err
			}
			return writeAs(e.stdout, format.value, hits, func(w io.Writer) error { return corpus.WriteHits(w, hits) })
		},
	}
	c.Flags().IntVarP(&limit, "limit", "n", 20, "most hits shown")
	c.Flags().BoolVar(&fts, "fts", false, "pass the query to SQLite FTS5 as it is (its full syntax: NEAR, column filters, ^)")
	enumVar(c, c.Flags(), format, "format", "output format")
	return c
}
