package main

import (
	"context"

	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusStatsCmd) }

func newCorpusStatsCmd(e *env, db *string) *cobra.Command {
	format := newEnum("text", "text", "json")
	c := &cobra.Command{
		Use:   "stats [flags]",
		Short: "Overturn rates by category, guideline, specialty and year; finding counts",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := openCorpus(*db)
			if err != nil {
				return err
			}
			defer d.Close()
			st, err := d.Stats(context.Background())
			if err != nil {
				return err
			}
			return writeAs(e.stdout, format.value, st, st.WriteText)
		},
	}
	enumVar(c, c.Flags(), format, "format", "output format")
	return c
}
