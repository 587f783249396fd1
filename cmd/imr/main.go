// Command imr reads California IMR determination letters (PDF, Word or text)
// into structured facts, checks them for inconsistencies, renders them
// and builds case corpora.
//
// Usage:
//
//	imr check [--format text|json|sarif] [--min-severity info|warning|error] [--config FILE] [--baseline FILE] [-j N] [--quiet] FILE...|DIR|-
//	imr extract [--format jsonl|json|csv] [--no-text] [--shard i/n] [-j N] FILE...|DIR|-
//	    (jsonl and csv with no FILE: the paths to read on standard input, one a line)
//	imr eval --gold DIR [--misses] FILE...|DIR|-
//	imr render [--to txt|md|html|pdf|docx] [--with-findings] [--templates DIR] [--out DIR] [--force] FILE...|DIR|-
//	imr report [--to pdf|html|md] [--title T] [--templates DIR] [--out FILE] FILE...|DIR|-
//	imr grade --gold DIR [--list] FILE...|DIR|-
//	imr inject --out DIR [--kinds LIST] [--seed S] LETTER...|DIR
//	imr serve [--addr A] [--db FILE] [--baseline FILE] [--max-upload N] [--parse-timeout D]
//	imr corpus build [--isolate [--worker-timeout D]] [--fail-fast] [--shard i/n] SRC...
//	imr corpus stats [--by icd10-chapter|icd10-category] [--format text|json]
//	imr corpus search|export|report [--db FILE] ...
//	imr lexicon find TEXT... | suggest QUERY | check DIR | icd10 [--side S] [-n N] PHRASE
//	imr version | imr --version
//	imr completion bash|zsh|fish|powershell
//	imr man --out DIR
//
// Every command that reads letters also takes --lexicon DIR,
// --pdf-engine go|pdftotext|auto, --max-bytes SIZE (16MiB) and
// --pdf-max-glyphs N. Flags go anywhere on the line, "--" ends them, and
// "imr help CMD" or "imr CMD --help" prints a command's help.
//
// A file that holds several letters end to end is read letter by
// letter, each named FILE#N (1-based) in output and finding positions
// (corpus build stores each as a letter, known by the file's sha256
// followed by #N). A letter read in part (a damaged PDF page) is named
// on standard error with what was not read, one line each.
//
// Exit status: 0 when every input was read (and, for check, no finding
// reached --min-severity), 1 when findings reach --min-severity, 2 for
// usage errors and for inputs that could not be read (each named on
// standard error), including a run that read no letter at all.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/imrkit/imrkit/version"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func main() {
	// Letters are small and a run holds few of them at once: collect
	// garbage less often than Go's default, unless GOGC says otherwise.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is where a command reads and writes: the process's standard
// streams, or buffers in tests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Adding a subcommand is a one-file job. In cmd/imr/NAME.go:
//
//	func init() { register(newNameCmd) }
//
//	func newNameCmd(e *env) *cobra.Command {
//		var f struct{ out string }
//		c := &cobra.Command{
//			Use:   "name [flags] FILE...",
//			Short: "one line for imr help",
//			Args:  needArgs("FILE"),
//			RunE: func(c *cobra.Command, args []string) error {
//				// parse nothing by hand: flags are in f; open files,
//				// call one library function, print to e.stdout.
//				return nil // or an error: printed as "imr name: ...", exit 2
//			},
//		}
//		c.Flags().StringVar(&f.out, "out", "", "file to write")
//		return c
//	}
//
// Return errFindings for exit 1, errFailed when inputs failed and were
// already reported (exit 2), usagef(...) for a usage mistake. A command
// that reads letters embeds letterFlags (--lexicon, --pdf-engine, -j),
// takes needLetters as Args, lists its inputs with f.reading(e, args,
// quiet), reads them with eachLetter (in parallel, in input order, each
// failure named) and ends with r.done(), which fails a run that read no
// letter or could not read a file.
var constructors []func(*env) *cobra.Command

// register adds a subcommand; each subcommand's file calls it from init.
func register(newCmd func(*env) *cobra.Command) { constructors = append(constructors, newCmd) }

// run runs the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRoot(e)
	root.SetArgs(args)
	c, err := root.ExecuteC()
	return exitStatus(c, err, stderr)
}

// newRoot builds the command tree afresh, so that each run (and each
// test) starts from default flag values.
func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "imr",
		Short: "Read, check, render and collect California IMR determination letters",
		Long: `imr reads California Independent Medical Review determination letters
(PDF, scanned PDF, Word or text) into facts with their positions, checks them for
inconsistencies, renders them, and builds case corpora.

A file holding several letters end to end is read letter by letter,
each named FILE#N (1-based) in output and finding positions. A letter
read in part (a damaged PDF page) is named on standard error, one line
per warning: "FILE: page N: what was not read".

Exit status: 0 clean, 1 findings at or above --min-severity (check),
2 usage errors and inputs that could not be read.`,
		Example: `  imr check testdata/letters/seed.txt
  imr extract --no-text letters/ > letters.jsonl
  imr render --to pdf --out out/ letters/`,
		Version:       version.String(),
		Args:          noArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(c *cobra.Command, _ []string) error {
			c.SetOut(e.stderr)
			c.Usage()
			return errFailed
		},
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetVersionTemplate("imr {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr{err} })
	for _, newCmd := range constructors {
		root.AddCommand(newCmd(e))
	}
	return root
}

// exitCode is an exit status whose cause has been printed already.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("exit status %d", int(c)) }

const (
	// errFindings is what check returns when findings reach the bar:
	// exit 1, nothing more to print.
	errFindings = exitCode(1)
	// errFailed is what a command returns when inputs failed and each
	// was reported as it came: exit 2, nothing more to print.
	errFailed = exitCode(2)
)

// usageErr is a mistake on the command line: exit 2, with a pointer to
// the command's help.
type usageErr struct{ err error }

func (u usageErr) Error() string { return u.err.Error() }

func (u usageErr) Unwrap() error { return u.err }

// usagef returns a usage error.
func usagef(format string, args ...any) error { return usageErr{fmt.Errorf(format, args...)} }

// exitStatus prints err, naming the command, and returns the status.
func exitStatus(c *cobra.Command, err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var code exitCode
	if errors.As(err, &code) {
		return int(code)
	}
	name := "imr"
	if c != nil {
		name = c.CommandPath()
	}
	fmt.Fprintf(stderr, "%s: %v\n", name, err)
	var u usageErr
	if errors.As(err, &u) || isCobraUsage(err) {
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", name)
	}
	return 2
}

// isCobraUsage tells the usage errors cobra makes itself: an unknown
// command or a wrong number of arguments.
func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.Contains(msg, "arg(s)") || strings.HasPrefix(msg, "required flag")
}

// noArgs refuses arguments, naming an unknown subcommand.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unknown command %q", args[0])
	}
	return nil
}

// needArgs requires at least one argument, what naming it ("QUERY").
func needArgs(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usagef("no %s given", what)
		}
		return nil
	}
}

// needLetters requires at least one letter argument.
func needLetters(_ *cobra.Command, args []string) error {
	if len(args) == 0 {
		return usagef("no letters given: name a FILE, a DIR, or - for standard input")
	}
	return nil
}

// enum is a flag whose value is one of a list; a wrong value names the
// flag and the values allowed, and shells complete the values.
type enum struct {
	value   string
	allowed []string
}

func newEnum(def string, allowed ...string) *enum { return &enum{value: def, allowed: allowed} }

func (e *enum) String() string { return e.value }

func (e *enum) Type() string { return "string" }

func (e *enum) Set(v string) error {
	for _, a := range e.allowed {
		if v == a {
			e.value = v
			return nil
		}
	}
	return fmt.Errorf("want %s", orList(e.allowed))
}

// enumVar defines an enum flag and its shell completion.
func enumVar(c *cobra.Command, fs *pflag.FlagSet, e *enum, name, usage string) {
	fs.Var(e, name, usage+" ("+strings.Join(e.allowed, ", ")+")")
	c.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(e.allowed, cobra.ShellCompDirectiveNoFileComp))
}

// orList writes "a, b or c".
func orList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
