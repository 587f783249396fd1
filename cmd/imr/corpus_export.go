package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusExportCmd) }

func newCorpusExportCmd(e *env, db *string) *cobra.Command {
	to := newEnum("parquet", "parquet", "jsonl", "csv")
	var out string
	c := &cobra.Command{
		Use:     "export [flags]",
		Short:   "Write the tables as JSON Lines, CSV or Parquet, one file per table",
		Example: `  imr corpus export --db imr.db --to parquet --out out/`,
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := openCorpus(*db)
			if err != nil {
				return err
			}
			defer d.Close()
			counts, err := d.Export(context.Background(), out, to.value)
			for _, c := range counts {
				fmt.Fprintf(e.stdout, "%s\t%d rows\n", filepath.Join(out, c.Key+"."+to.value), c.N)
			}
			return err
		},
	}
	enumVar(c, c.Flags(), to, "to", "format")
	c.Flags().StringVar(&out, "out", "export", "folder to write one file per table into")
	c.MarkFlagDirname("out")
	return c
}
