package main

import (
	"path/filepath"
	"testing"
)

// TestPortedCommands: grade, inject, serve and lexicon icd10 take flags
// anywhere, print help to standard output, and complete their values
// like the other commands.
func TestPortedCommands(t *testing.T) {
	w := newWorkspace(t)
	out := filepath.Join(w.dir, "copies")
	runCases(t, []cliCase{
		{name: "grade", args: []string{"grade", "--gold", w.gold, w.seed}, out: []string{"1 letters: recall", "quantity-mismatch    gold   0  found   0  unlisted   1"}, notOut: []string{"unlisted seed"}},
		{name: "grade --list after the files", args: []string{"grade", w.seed, "--gold", w.gold, "--list"}, out: []string{"unlisted seed quantity-mismatch 0: the item line requests 14"}},
		{name: "grade without --gold", args: []string{"grade", w.seed}, code: 2, err: []string{`required flag(s) "gold" not set`, "imr grade --help"}},
		{name: "grade with a missing gold folder", args: []string{"grade", "--gold", filepath.Join(w.dir, "glod"), w.seed}, code: 2, err: []string{"glod: no such file or directory"}},
		{name: "grade of no letter", args: []string{"grade", "--gold", w.gold, w.office}, code: 2, err: []string{"no letter read"}, notOut: []string{"recall"}},
		{name: "grade help", args: []string{"help", "grade"}, out: []string{"Usage:", "--gold", "--list", "--pdf-engine"}},
		{name: "inject flags after the files", args: []string{"inject", w.seed, "--kinds", "duplicate-exact", "--out", out}, out: []string{"1 copies of 1 letters"}},
		{name: "inject of standard input", args: []string{"inject", "--out", out, "-"}, code: 2, err: []string{"- (standard input) is not read"}},
		{name: "inject of no letter", args: []string{"inject", "--out", out, w.office}, code: 2, err: []string{"no letter read"}},
		{name: "inject help", args: []string{"inject", "--help"}, out: []string{"--kinds", "--seed", "quantity-mismatch"}},
		{name: "inject completes kinds", args: []string{"__complete", "inject", "--kinds", ""}, out: []string{"duplicate-exact\n"}},
		{name: "serve help", args: []string{"help", "serve"}, out: []string{"--addr", "--max-upload", "--parse-timeout", "--lexicon"}},
		{name: "serve of a missing corpus", args: []string{"serve", "--db", filepath.Join(w.dir, "none.db")}, code: 2, err: []string{"no corpus at"}},
		{name: "serve bad timeout", args: []string{"serve", "--parse-timeout", "soon"}, code: 2, err: []string{`"--parse-timeout" flag`}},
		{name: "lexicon icd10 help", args: []string{"help", "lexicon", "icd10"}, out: []string{"--side", "-n, --n"}},
		{name: "lexicon icd10 flags after the phrase", args: []string{"lexicon", "icd10", "shoulder", "contusion", "--side", "left", "-n", "2"}, out: []string{"S40.012A", " 2. "}, notOut: []string{" 3. "}},
		{name: "lexicon icd10 bad side", args: []string{"lexicon", "icd10", "--side", "up", "knee"}, code: 2, err: []string{"want left, right or bilateral"}},
		{name: "lexicon icd10 bad -n", args: []string{"lexicon", "icd10", "-n", "0", "knee"}, code: 2, err: []string{"-n 0: want at least 1"}},
		{name: "lexicon icd10 completes sides", args: []string{"__complete", "lexicon", "icd10", "--side", ""}, out: []string{"left\n", "bilateral\n"}},
		{name: "the old icd10 command is gone", args: []string{"icd10", "knee"}, code: 2, err: []string{`unknown command "icd10"`}},
	})
}
