package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// workspace lays out the folders the command-line tests read:
//
//	letters/   the repository's text letters (seed.txt and CM*.txt)
//	link       a link to letters/
//	office/    only files that are not letters (.odt, .png) and hidden ones
//	mixed/     seed.txt with an .odt, a hidden file and a macOS ._ file
//	gold/      a gold file for seed.txt; nogold/ is empty
type workspace struct {
	dir, letters, link, office, mixed, gold, nogold, seed string
}

func newWorkspace(t *testing.T) workspace {
	t.Helper()
	dir := t.TempDir()
	w := workspace{dir: dir}
	w.letters = filepath.Join(dir, "letters")
	w.link = filepath.Join(dir, "link")
	w.office = filepath.Join(dir, "office")
	w.mixed = filepath.Join(dir, "mixed")
	w.gold = filepath.Join(dir, "gold")
	w.nogold = filepath.Join(dir, "nogold")
	for _, d := range []string{w.letters, w.office, w.mixed, w.gold, w.nogold} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	srcs, _ := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "letters", "*.txt"))
	for _, s := range srcs {
		testenv.CopyFile(t, s, filepath.Join(w.letters, filepath.Base(s)), 0o644)
	}
	w.seed = filepath.Join(w.letters, "seed.txt")
	if err := os.Symlink(w.letters, w.link); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(w.office, "letter.odt"), "PK\x03\x04 not a letter")
	writeFile(t, filepath.Join(w.office, "scan.png"), "\x89PNG")
	writeFile(t, filepath.Join(w.office, ".notes.txt"), "hidden")
	testenv.CopyFile(t, w.seed, filepath.Join(w.mixed, "seed.txt"), 0o644)
	writeFile(t, filepath.Join(w.mixed, "letter.odt"), "PK\x03\x04")
	writeFile(t, filepath.Join(w.mixed, "._seed.txt"), "\x00\x05\x16\x07 AppleDouble")
	writeFile(t, filepath.Join(w.gold, "seed.json"), `{"age": 49, "items": [{"header": "Physical therapy", "outcome": "upheld"}]}`)
	return w
}

// cliCase is one command line and what it must do.
type cliCase struct {
	name    string
	args    []string
	stdin   string
	code    int
	out     []string // each in stdout
	err     []string // each in stderr
	notOut  []string // none in stdout
	notErr  []string // none in stderr
	outPref string   // stdout starts with it
}

func (c cliCase) run(t *testing.T) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr)
	out, errs := stdout.String(), stderr.String()
	var bad []string
	if code != c.code {
		bad = append(bad, fmt.Sprintf("exit %d, want %d", code, c.code))
	}
	for _, s := range c.out {
		if !strings.Contains(out, s) {
			bad = append(bad, fmt.Sprintf("stdout lacks %q", s))
		}
	}
	for _, s := range c.err {
		if !strings.Contains(errs, s) {
			bad = append(bad, fmt.Sprintf("stderr lacks %q", s))
		}
	}
	for _, s := range c.notOut {
		if strings.Contains(out, s) {
			bad = append(bad, fmt.Sprintf("stdout has %q", s))
		}
	}
	for _, s := range c.notErr {
		if strings.Contains(errs, s) {
			bad = append(bad, fmt.Sprintf("stderr has %q", s))
		}
	}
	if !strings.HasPrefix(out, c.outPref) {
		bad = append(bad, fmt.Sprintf("stdout does not start with %q", c.outPref))
	}
	if len(bad) > 0 {
		t.Errorf("imr %s:\n  %s\nstdout: %.600s\nstderr: %.600s", strings.Join(c.args, " "), strings.Join(bad, "\n  "), out, errs)
	}
}

func runCases(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// TestNoSilentSuccess: each way a run used to report success for work
// it did not do (issue 11) is now an error with exit 2 that says why.
func TestNoSilentSuccess(t *testing.T) {
	w := newWorkspace(t)
	seedText, _ := os.ReadFile(w.seed)
	runCases(t, []cliCase{
		{name: "check follows a linked folder", args: []string{"check", w.link}, code: 1, out: []string{"quantity-mismatch"}, err: []string{"4 letters read"}},
		{name: "report follows a linked folder", args: []string{"report", "--to", "md", w.link}, out: []string{"CM16-0213037"}},
		{name: "eval follows a linked folder", args: []string{"eval", "--gold", w.gold, w.link}, code: 0, out: []string{"1 letters"}, err: []string{"no gold file for this letter"}},
		{name: "extract follows a linked folder", args: []string{"extract", "--no-text", w.link}, out: []string{"CM16-0213037", "CM17-0016311"}},
		{name: "check of no letter", args: []string{"check", w.office}, code: 2, err: []string{"letter.odt: not read: not a letter's type", "scan.png: not read", "no letter read", "1 hidden file skipped"}, notErr: []string{".notes.txt"}},
		{name: "report of no letter", args: []string{"report", "--to", "md", w.office}, code: 2, err: []string{"no letter read"}, outPref: ""},
		{name: "eval of no letter", args: []string{"eval", "--gold", w.gold, w.office}, code: 2, err: []string{"no letter read"}, notOut: []string{"overall"}},
		{name: "render of no letter", args: []string{"render", w.office}, code: 2, err: []string{"no letter read"}},
		{name: "render --out of no letter", args: []string{"render", "--out", filepath.Join(w.dir, "out-none"), w.office}, code: 2, err: []string{"no letter read"}},
		{name: "extract of no letter", args: []string{"extract", w.office}, code: 2, err: []string{"no letter read"}},
		{name: "an odt given by name", args: []string{"check", filepath.Join(w.office, "letter.odt"), w.seed}, code: 2, out: []string{"quantity-mismatch"}, err: []string{"letter.odt: not read: not a letter's type"}},
		{name: "an odt found beside a letter", args: []string{"check", w.mixed}, code: 1, err: []string{"letter.odt: not read", "1 letter read", "1 file not read", "1 hidden file skipped"}, notErr: []string{"._seed.txt"}},
		{name: "eval with a missing gold folder", args: []string{"eval", "--gold", filepath.Join(w.dir, "glod"), w.letters}, code: 2, err: []string{"glod: no such file or directory"}, notOut: []string{"overall"}},
		{name: "eval with an empty gold folder", args: []string{"eval", "--gold", w.nogold, w.letters}, code: 2, err: []string{"no gold files"}, notOut: []string{"overall"}},
		{name: "eval where no letter has gold", args: []string{"eval", "--gold", w.gold, filepath.Join(w.letters, "CM16-0213037.txt")}, code: 2, err: []string{"no letter has a gold file"}, notOut: []string{"overall"}},
		{name: "eval without --gold", args: []string{"eval", w.letters}, code: 2, err: []string{`"gold" not set`}},
		{name: "one missing path does not stop the others", args: []string{"check", filepath.Join(w.dir, "nope.txt"), w.seed}, code: 2, out: []string{"quantity-mismatch"}, err: []string{"nope.txt: no such file or directory", "1 file not read"}},
		{name: "render --out onto its inputs", args: []string{"render", "--out", w.letters, w.letters}, code: 2, err: []string{"is an input: not written over"}},
		{name: "render --out a link to its inputs", args: []string{"render", "--out", w.link, w.seed}, code: 2, err: []string{"is an input: not written over"}},
		{name: "report --out onto an input", args: []string{"report", "--to", "md", "--out", w.seed, w.seed}, code: 2, err: []string{"is one of the letters read"}},
		{name: "check of stdin", args: []string{"check", "-"}, stdin: string(seedText), code: 1, out: []string{"-:55:39: error quantity-mismatch"}},
		{name: "stdin with other files", args: []string{"check", "-", w.seed}, code: 2, err: []string{"cannot be given with other files"}},
		{name: "empty stdin", args: []string{"check", "-"}, code: 2, err: []string{"-: "}},
		{name: "a text that is no letter is not clean", args: []string{"check", "-"}, stdin: "Meeting notes\nBring the minutes.\n", code: 2, err: []string{"-: not checked: not an IMR determination letter", "no letter read"}},
	})
	after, _ := os.ReadFile(w.seed)
	if !bytes.Equal(after, seedText) {
		t.Errorf("an input letter was written over")
	}
}

// TestStdinEverywhere: every command that reads letters reads one on
// standard input for "-".
func TestStdinEverywhere(t *testing.T) {
	w := newWorkspace(t)
	seed, _ := os.ReadFile(w.seed)
	runCases(t, []cliCase{
		{name: "check", args: []string{"check", "-"}, stdin: string(seed), code: 1, out: []string{"quantity-mismatch"}},
		{name: "extract", args: []string{"extract", "--no-text", "-"}, stdin: string(seed), out: []string{`"path":"-"`}},
		{name: "render", args: []string{"render", "--to", "md", "-"}, stdin: string(seed), out: []string{"14 sessions"}},
		{name: "report", args: []string{"report", "--to", "md", "-"}, stdin: string(seed), out: []string{"quantity-mismatch"}},
		{name: "eval", args: []string{"eval", "--gold", w.gold, "-"}, stdin: string(seed), code: 2, err: []string{"no letter has a gold file"}},
	})
}

// TestConventions: the habits users bring from other tools (issue 11).
func TestConventions(t *testing.T) {
	w := newWorkspace(t)
	man := filepath.Join(w.dir, "man")
	runCases(t, []cliCase{
		{name: "flags after the files", args: []string{"check", w.seed, "--format", "json"}, code: 1, out: []string{`"code": "quantity-mismatch"`}},
		{name: "help command", args: []string{"help", "check"}, out: []string{"Usage:", "--min-severity"}},
		{name: "--help", args: []string{"check", "--help"}, out: []string{"Usage:", "--baseline"}},
		{name: "-h on a subcommand", args: []string{"corpus", "search", "-h"}, out: []string{"--fts"}},
		{name: "root --help", args: []string{"--help"}, out: []string{"check", "extract", "corpus"}},
		{name: "no command", args: nil, code: 2, err: []string{"Usage:"}},
		{name: "unknown command", args: []string{"chek"}, code: 2, err: []string{`unknown command "chek"`, "imr --help"}},
		{name: "bad flag value names the flag and the values", args: []string{"render", "--to", "rtf", w.seed}, code: 2, err: []string{`invalid argument "rtf" for "--to" flag: want txt, md, html, pdf or docx`, "imr render --help"}},
		{name: "bad engine", args: []string{"extract", "--pdf-engine", "mutool", w.seed}, code: 2, err: []string{`"--pdf-engine" flag: want go, pdftotext or auto`}},
		{name: "unknown flag", args: []string{"check", "--colour", w.seed}, code: 2, err: []string{"unknown flag: --colour"}},
		{name: "bad -j", args: []string{"check", "-j", "two", w.seed}, code: 2, err: []string{`"-j, --jobs" flag`}},
		{name: "--version", args: []string{"--version"}, outPref: "imr "},
		{name: "version", args: []string{"version"}, outPref: "imr "},
		{name: "completion bash", args: []string{"completion", "bash"}, out: []string{"__start_imr"}},
		{name: "completion zsh", args: []string{"completion", "zsh"}, out: []string{"#compdef imr"}},
		{name: "completion fish", args: []string{"completion", "fish"}, out: []string{"complete -c imr"}},
		{name: "completes format values", args: []string{"__complete", "check", "--format", ""}, out: []string{"text\n", "sarif\n"}},
		{name: "man pages", args: []string{"man", "--out", man}, out: []string{man}},
		{name: "extract is JSON Lines", args: []string{"extract", "--no-text", w.seed}, outPref: `{"schema":"imrkit/letter/v1"`},
		{name: "extract --format json of one letter is an array", args: []string{"extract", "--format", "json", "--no-text", w.seed}, outPref: "[\n  {"},
		{name: "check summary", args: []string{"check", w.seed}, code: 1, err: []string{"imr check: 1 letter read, 2 findings (1 error, 1 warning, 0 info)"}},
		{name: "check --quiet", args: []string{"check", "--quiet", w.mixed}, code: 1, out: []string{"quantity-mismatch"}, notErr: []string{"letter read", "letter.odt"}},
		{name: "version in SARIF", args: []string{"check", "--format", "sarif", w.seed}, code: 1, out: []string{`"name": "imr check"`, `"version": "devel"`}},
		{name: "version in the JSON source", args: []string{"extract", "--no-text", w.seed}, out: []string{`"layout":"fdl-2014","imrkit":"devel"}`}},
	})
	for _, page := range []string{"imr.1", "imr-check.1", "imr-corpus-search.1"} {
		if _, err := os.Stat(filepath.Join(man, page)); err != nil {
			t.Errorf("imr man: %v", err)
		}
	}
}

// TestDoubleDash: "--" ends the flags, so a file may be named like one.
func TestDoubleDash(t *testing.T) {
	w := newWorkspace(t)
	t.Chdir(w.letters)
	if err := os.Rename("seed.txt", "--odd.txt"); err != nil {
		t.Fatal(err)
	}
	cliCase{args: []string{"check", "--", "--odd.txt"}, code: 1, out: []string{"--odd.txt:55:39: error quantity-mismatch"}}.run(t)
}

// TestRenderForce: --force writes into a folder that holds inputs, and
// a new folder needs no --force.
func TestRenderForce(t *testing.T) {
	w := newWorkspace(t)
	out := filepath.Join(w.dir, "out")
	runCases(t, []cliCase{
		{name: "new folder", args: []string{"render", "--out", out, w.letters}, out: []string{filepath.Join(out, "CM16-0213037.txt")}},
		{name: "input never written over", args: []string{"render", "--out", w.letters, filepath.Join(w.letters, "CM16-0213037.txt")}, code: 2, err: []string{"is an input"}},
		{name: "not even with force", args: []string{"render", "--force", "--out", w.letters, filepath.Join(w.letters, "CM16-0213037.txt")}, code: 2, err: []string{"is an input"}},
		{name: "other type in the folder", args: []string{"render", "--to", "md", "--out", w.letters, w.seed}, out: []string{".md"}},
	})
}

// TestCheckOrder: with many workers, findings come in input order, the
// same bytes as with one.
func TestCheckOrder(t *testing.T) {
	w := newWorkspace(t)
	many := filepath.Join(w.dir, "many")
	os.Mkdir(many, 0o755)
	srcs, _ := filepath.Glob(filepath.Join(w.letters, "*.txt"))
	for i := range 24 {
		s := srcs[i%len(srcs)]
		testenv.CopyFile(t, s, filepath.Join(many, fmt.Sprintf("%02d-%s", i, filepath.Base(s))), 0o644)
	}
	var outs []string
	for _, j := range []string{"1", "4"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"check", "-j", j, many}, nil, &stdout, &stderr); code != 1 {
			t.Fatalf("check -j %s: exit %d: %s", j, code, stderr.String())
		}
		outs = append(outs, stdout.String())
	}
	if outs[0] != outs[1] {
		t.Errorf("check -j 4 wrote other output than -j 1:\n%s\n---\n%s", outs[1], outs[0])
	}
	last := ""
	for _, line := range strings.Split(outs[0], "\n") {
		if line == "" || strings.HasPrefix(line, "\t") {
			continue
		}
		file, _, _ := strings.Cut(line, ":")
		if file < last {
			t.Errorf("check wrote %s after %s: not in input order", file, last)
		}
		last = file
	}
	if last == "" {
		t.Errorf("check wrote no finding for %d letters", 24)
	}
}
