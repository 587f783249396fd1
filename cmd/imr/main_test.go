package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// runCmd runs the command line and returns its exit status and output.
func runCmd(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestExtractSeed(t *testing.T) {
	code, out, errs := runCmd("extract", "--no-text", "../../testdata/letters/seed.txt")
	if code != 0 {
		t.Fatalf("imr extract seed: exit %d: %s", code, errs)
	}
	var l struct {
		Schema string
		Items  []struct {
			Quantity struct{ Value float64 }
		}
		Text *string
	}
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	if l.Schema != "imrkit/letter/v1" || len(l.Items) != 1 || l.Items[0].Quantity.Value != 14 || l.Text != nil {
		t.Errorf("imr extract seed = %+v, want one item of 14 and no text", l)
	}
}

func TestExtractFormats(t *testing.T) {
	tests := []struct {
		name, format string
		lines        int // lines of output for the four bundled letters
	}{
		{"jsonl", "jsonl", 4},
		{"csv", "csv", 1 + 1 + 2 + 2 + 1}, // header, then a row per item
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd("extract", "--format", tt.format, "--no-text", "../../testdata/letters")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if n := strings.Count(out, "\n"); n < tt.lines {
				t.Errorf("imr extract --format %s: %d lines, want at least %d", tt.format, n, tt.lines)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no args", []string{"extract"}, 2, "no letters given"},
		{"bad format", []string{"extract", "--format", "xml", "x.txt"}, 2, `invalid argument "xml" for "--format" flag: want jsonl, json or csv`},
		{"bad engine", []string{"extract", "--pdf-engine", "mutool", "x.txt"}, 2, "pdf-engine"},
		{"missing file", []string{"extract", "no-such-letter.txt"}, 2, "no-such-letter.txt"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("imr %v = exit %d, %q; want exit %d mentioning %q", tt.args, code, errs, tt.code, tt.want)
			}
		})
	}
}

func TestExtractStdin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := strings.NewReader("CLINICAL CASE SUMMARY\nThe injured worker is a 50 year old female.\n")
	code := run([]string{"extract", "--format", "jsonl", "-"}, in, &stdout, &stderr)
	if code != 0 || !strings.Contains(stdout.String(), `"age":{"value":50`) {
		t.Errorf("imr extract - = exit %d, %q (%s)", code, stdout.String(), stderr.String())
	}
}

func TestLexiconFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/mine.lex", "[quiet-room-therapy]\nkind = service\ncategory = psychological\nname = quiet room therapy\naliases = QRT\n")
	letter := dir + "/letter.txt"
	writeFile(t, letter, "IMR ISSUES, DECISIONS AND RATIONALES\n\nQuiet room therapy #6: Upheld\n\nDecision rationale: The request is not medically necessary.\n")
	code, out, errs := runCmd("extract", "--format", "csv", "--lexicon", dir, letter)
	if code != 0 || !strings.Contains(out, "quiet-room-therapy,psychological") {
		t.Errorf("imr extract --lexicon: exit %d, %q (%s); want the user's concept", code, out, errs)
	}
	code, out, _ = runCmd("lexicon", "--lexicon", dir, "find", "two sessions of QRT")
	if code != 0 || !strings.Contains(out, "quiet-room-therapy") {
		t.Errorf("imr lexicon find: exit %d, %q", code, out)
	}
	writeFile(t, dir+"/broken.lex", "[x]\nkind = service\ncolour = red\n")
	code, _, errs = runCmd("lexicon", "check", dir)
	if code != 2 || !strings.Contains(errs, "broken.lex:3:1: unknown key") {
		t.Errorf("imr lexicon check: exit %d, %q; want the error with file, line and column", code, errs)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/bad.toml", "[quantity-mismatch]\nseverity = \"error\"\ncolour = 3\n")
	tests := []struct {
		name string
		args []string
		code int
		out  string // in stdout
		err  string // in stderr
	}{
		{"seed findings", []string{"check", "../../testdata/letters/seed.txt"}, 1, "error quantity-mismatch", ""},
		{"clean letter", []string{"check", "../../testdata/letters/CM16-0213037.txt"}, 0, "", ""},
		{"below the bar", []string{"check", "--min-severity", "error", "../../testdata/letters/CM17-0016311.txt"}, 0, "", ""},
		{"json", []string{"check", "--format", "json", "../../testdata/letters/seed.txt"}, 1, `"code": "quantity-mismatch"`, ""},
		{"sarif", []string{"check", "--format", "sarif", "../../testdata/letters/seed.txt"}, 1, `"version": "2.1.0"`, ""},
		{"missing file", []string{"check", "no-such-letter.txt"}, 2, "", "no-such-letter.txt"},
		{"bad config", []string{"check", "--config", dir + "/bad.toml", "../../testdata/letters/seed.txt"}, 2, "", "bad.toml:3:1"},
		{"bad severity", []string{"check", "--min-severity", "fatal", "x.txt"}, 2, "", `invalid argument "fatal" for "--min-severity" flag: want info, warning or error`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.err) {
				t.Errorf("imr %v = exit %d\nstdout %.300q\nstderr %.300q\nwant exit %d, stdout with %q, stderr with %q", tt.args, code, out, errs, tt.code, tt.out, tt.err)
			}
		})
	}
}
