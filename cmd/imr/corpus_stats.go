package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/imrkit/imrkit/corpus"
	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusStatsCmd) }

func newCorpusStatsCmd(e *env, db *string) *cobra.Command {
	format := newEnum("text", "text", "json")
	by := newEnum("", corpus.ByICD10Chapter, corpus.ByICD10Category)
	c := &cobra.Command{
		Use:   "stats [flags]",
		Short: "Overturn rates by category, guideline, specialty and year; finding counts",
		Long: `Stats counts the corpus's items by outcome per service category,
guideline source and chapter, reviewer specialty, decision year and
ICD-10-CM chapter of the primary diagnosis, and its findings per code.

With --by, only the rates by the ICD-10-CM chapter (keys 1 to 21) or
category (M54) of each letter's primary diagnosis: the first diagnosis
it lists with a code other than an external cause. Each item counts
once, so the groups add up to all items; "(none)" holds the items of
letters without a coded diagnosis.`,
		Example: `  imr corpus stats --db imr.db
  imr corpus stats --db imr.db --by icd10-category --format json`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := openCorpus(*db)
			if err != nil {
				return err
			}
			defer d.Close()
			if by.value != "" {
				return diagnosisStats(e.stdout, d, by.value, format.value)
			}
			st, err := d.Stats(context.Background())
			if err != nil {
				return err
			}
			return writeAs(e.stdout, format.value, st, st.WriteText)
		},
	}
	enumVar(c, c.Flags(), format, "format", "output format")
	enumVar(c, c.Flags(), by, "by", "only the outcome rates by the primary diagnosis's ICD-10-CM chapter or category")
	return c
}

// byDiagnosis is the output of stats --by: the groups and their total.
type byDiagnosis struct {
	By     string        `json:"by"`
	Total  corpus.Rate   `json:"total"`
	Groups []corpus.Rate `json:"groups"`
}

// diagnosisStats writes the outcome rates by the primary diagnosis.
func diagnosisStats(w io.Writer, d *corpus.DB, by, format string) error {
	rates, err := d.ByDiagnosis(context.Background(), by)
	if err != nil {
		return err
	}
	out := byDiagnosis{By: by, Total: corpus.Rate{Key: "all"}, Groups: rates}
	for _, r := range rates {
		out.Total.Items += r.Items
		out.Total.Upheld += r.Upheld
		out.Total.Overturned += r.Overturned
	}
	if out.Groups == nil {
		out.Groups = []corpus.Rate{}
	}
	return writeAs(w, format, out, out.writeText)
}

func (b byDiagnosis) writeText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s of the primary diagnosis\titems\tupheld\toverturned\toverturn rate\n", b.By)
	for _, r := range append(b.Groups, b.Total) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.1f%%\n", r.Key, r.Items, r.Upheld, r.Overturned, 100*r.OverturnRate())
	}
	return tw.Flush()
}
