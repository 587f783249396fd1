package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/imrkit/imrkit/corpus"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() { register(newCorpusCmd) }

// defaultDB is the corpus database when --db is not given.
const defaultDB = "corpus.db"

// corpusCommands make the subcommands of imr corpus; each one's file
// adds itself from init.
var corpusCommands []func(*env, *string) *cobra.Command

func newCorpusCmd(e *env) *cobra.Command {
	var db string
	c := &cobra.Command{
		Use:   "corpus build|stats|search|export|report",
		Short: "Build, query and export a database of letters",
		Long: `Corpus builds one SQLite database of many letters (extracted and checked in
parallel, resumable, stored a batch at a time) and queries it: outcome
statistics, full-text search, export to JSON Lines, CSV or Parquet, and
the QA report.`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			return usagef("want a subcommand: build, stats, search, export or report")
		},
	}
	c.PersistentFlags().StringVar(&db, "db", defaultDB, "corpus database file")
	c.MarkPersistentFlagFilename("db", "db", "sqlite")
	for _, newCmd := range corpusCommands {
		c.AddCommand(newCmd(e, &db))
	}
	return c
}

// openCorpus opens an existing corpus read-only for the commands that
// read one (search, stats, export, report, serve): they never write it,
// so a corpus in a read-only file, folder or mount serves them.
func openCorpus(path string) (*corpus.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no corpus at %s (imr corpus build --db %s SRC... makes one)", path, path)
	}
	return corpus.OpenReadOnly(path)
}

// isTerminal reports whether f is a file open on a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

// writeAs writes v as indented JSON, or as text with the function given.
func writeAs(w io.Writer, format string, v any, text func(io.Writer) error) error {
	if format == "json" {
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(v)
	}
	return text(w)
}
