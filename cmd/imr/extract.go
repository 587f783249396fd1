package main

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"github.com/spf13/cobra"
)

func init() { register(newExtractCmd) }

type extractCmdFlags struct {
	letterFlags
	format   *enum
	noText   bool
	mentions bool
	shard    string
}

func newExtractCmd(e *env) *cobra.Command {
	f := &extractCmdFlags{format: newEnum("jsonl", "jsonl", "json", "csv")}
	c := &cobra.Command{
		Use:   "extract [flags] [FILE...|DIR|-]",
		Short: "Read letters into facts (JSON Lines, JSON, CSV)",
		Long: `Extract reads letters into imrkit/letter/v1 facts.

Output has one shape whatever the number of letters: by default JSON
Lines, one object per letter and line, written as each letter is read;
--format json writes one JSON array; --format csv one row per item.

With no FILE, the paths to read come on standard input, one a line (as
GNU parallel, Hadoop Streaming or Spark's pipe feed them); "-" reads one
letter's text or PDF from standard input.`,
		Example: `  imr extract --no-text testdata/letters/seed.txt
  imr extract --format csv letters/ > items.csv
  find letters -name '*.pdf' | imr extract --shard 0/4 > part0.jsonl`,
		RunE: func(_ *cobra.Command, args []string) error { return runExtract(e, f, args) },
	}
	f.register(c)
	fs := c.Flags()
	enumVar(c, fs, f.format, "format", "output format")
	fs.BoolVar(&f.noText, "no-text", false, "leave the normalized text out of the JSON")
	fs.BoolVar(&f.mentions, "mentions", false, "add what each part names (per-part mentions) and the request each rationale judges (rationale.judged); several times slower")
	fs.StringVar(&f.shard, "shard", "", "read only part i/n of the files (by a hash of the path)")
	return c
}

func runExtract(e *env, f *extractCmdFlags, args []string) error {
	sh, err := corpus.ParseShard(f.shard)
	if err != nil {
		return usageErr{err}
	}
	if len(args) == 0 {
		if isTerminal(e.stdin) {
			return usagef("no letters given (FILE, DIR, - for a letter on standard input, or paths on standard input)")
		}
		if args, err = pathLines(e.stdin); err != nil {
			return err
		}
		if len(args) == 0 {
			return usagef("no letters given: no FILE, DIR or -, and no paths on standard input")
		}
	}
	r, err := f.reading(e, args, false)
	if err != nil {
		return err
	}
	r.in.paths = sh.Filter(r.in.paths)
	r.opt.NoText = f.noText
	r.opt.Mentions = f.mentions
	if err := writeLetters(r, f.format.value, e.stdout); err != nil {
		return err
	}
	return r.done()
}

// pathLines reads the paths on standard input, one a line.
func pathLines(stdin io.Reader) ([]string, error) {
	var paths []string
	sc := bufio.NewScanner(stdin)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); p != "" {
			paths = append(paths, p)
		}
	}
	return paths, sc.Err()
}

// writeLetters writes the letters in format: JSON Lines and CSV as each
// letter is read, in input order; JSON as one array at the end.
func writeLetters(r *reading, format string, stdout io.Writer) error {
	if format == "json" {
		return extract.WriteJSON(stdout, r.letters())
	}
	bw := bufio.NewWriter(stdout)
	cw := csv.NewWriter(bw)
	if format == "csv" {
		cw.Write(extract.CSVHeader)
	}
	err := eachLetter(r, none, func(l *extract.Letter, _ struct{}) error {
		if format == "csv" {
			cw.WriteAll(extract.CSVRows(l))
			return cw.Error()
		}
		return extract.WriteJSONL(bw, []*extract.Letter{l})
	})
	if err == nil {
		cw.Flush()
		err = bw.Flush()
	}
	return err
}
