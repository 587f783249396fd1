// Command imr reads California IMR determination letters (PDF or text)
// into structured facts, checks them for inconsistencies, renders them
// and builds case corpora.
//
// Usage:
//
//	imr extract [--format json|jsonl|csv] [--lexicon DIR] [--no-text] [--pdf-engine go|pdftotext|auto] [--shard i/n] [-j N] FILE...|DIR|-
//	    (jsonl and csv with no FILE: the paths to read on standard input, one a line)
//	imr eval --gold DIR [--misses] [--lexicon DIR] FILE...|DIR
//	imr corpus build [--db FILE] [-j N] [--fail-fast] [--shard i/n] SRC...
//	imr corpus stats|search|export|report [--db FILE] ...
//	imr check [--format text|json|sarif] [--min-severity info|warning|error] [--config FILE] [--baseline FILE] [--lexicon DIR] [--pdf-engine go|pdftotext|auto] [-j N] FILE...|DIR|-
//	imr lexicon [--lexicon DIR] find TEXT... | suggest QUERY | check DIR
//	imr render [--to txt|md|html|pdf] [--with-findings] [--templates DIR] [--out DIR] [-j N] FILE...|DIR
//	imr report [--to pdf|html|md] [--title T] [--templates DIR] [--out FILE] [-j N] FILE...|DIR
//	imr version
//
// Exit status: 0 when every input was read, 1 when findings reach the
// chosen severity (check), 2 for usage errors and unreadable input.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	// Letters are small and a run holds few of them at once: collect
	// garbage less often than Go's default, unless GOGC says otherwise.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand: it returns the exit status.
type command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

var commands = map[string]command{
	"extract": runExtract,
	"corpus":  runCorpus,
	"eval":    runEval,
	"check":   runCheck,
	"grade":   runGrade,
	"lexicon": runLexicon,
	"icd10":   runICD10,
	"render":  runRender,
	"report":  runReport,
	"inject":  runInject,
	"serve":   runServe,
	"version": func(_ []string, _ io.Reader, stdout, _ io.Writer) int {
		fmt.Fprintln(stdout, "imr", version)
		return 0
	},
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "imr: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage: imr <command> [flags] FILE...|DIR

commands:
  extract   read letters into facts (JSON, JSON lines, CSV)
  eval      score extraction against hand-read gold files
  corpus    build, query and export a database of letters
  check     find contradictions in letters (text, JSON, SARIF)
  lexicon   look words up in the vocabulary; check a lexicon folder
  render    write each letter normalized, as text, Markdown, HTML or PDF
  report    write a compliance report over many letters (PDF, HTML, Markdown)
  version   print the version

Run "imr <command> -h" for a command's flags.
`)
}
