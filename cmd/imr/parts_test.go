package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// damagedPDF writes the seed letter's PDF with every object moved 8
// bytes on, so that its cross-reference table is wrong: the letter is
// read whole after a scan of the file, with a warning.
func damagedPDF(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testenv.Root(t), "testdata", "letters", "seed.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.IndexByte(data, '\n') + 1
	p := filepath.Join(dir, "damaged.pdf")
	writeFile(t, p, string(data[:i])+"%......\n"+string(data[i:]))
	return p
}

// twoLetters writes a file of two letters end to end.
func twoLetters(t *testing.T, w workspace) string {
	t.Helper()
	var both []byte
	for _, name := range []string{"CM16-0213037.txt", "CM17-0016311.txt"} {
		data, err := os.ReadFile(filepath.Join(w.letters, name))
		if err != nil {
			t.Fatal(err)
		}
		both = append(both, data...)
	}
	p := filepath.Join(w.dir, "two.txt")
	writeFile(t, p, string(both))
	return p
}

// TestPartialReadWarned: a letter read in part is never clean: every
// command that reads letters names the file and what was not read on
// standard error, and check counts it in its summary.
func TestPartialReadWarned(t *testing.T) {
	w := newWorkspace(t)
	pdf := damagedPDF(t, w.dir)
	warning := pdf + ": damaged pdf: cross-reference table"
	runCases(t, []cliCase{
		{name: "extract", args: []string{"extract", "--no-text", pdf}, out: []string{`"warnings":[{"message":"damaged pdf`}, err: []string{warning}},
		{name: "check", args: []string{"check", pdf}, code: 1, out: []string{"error partial-read"}, err: []string{warning, "1 letter read, 3 findings (2 errors, 1 warning, 0 info), 1 read in part"}},
		{name: "check of a whole letter", args: []string{"check", w.seed}, code: 1, notErr: []string{"read in part", "damaged"}},
		{name: "render", args: []string{"render", pdf}, out: []string{"14 sessions"}, err: []string{warning}},
		{name: "render --out", args: []string{"render", "--out", filepath.Join(w.dir, "out"), pdf}, out: []string{"damaged.txt"}, err: []string{warning}},
		{name: "report", args: []string{"report", "--to", "md", pdf}, out: []string{"partial-read"}, err: []string{warning}},
		{name: "standard input", args: []string{"extract", "--no-text", "-"}, stdin: readString(t, pdf), err: []string{"-: damaged pdf"}},
	})
}

// TestSeveralLettersInAFile: a file of letters end to end gives each
// letter, named path#N in output and in finding positions.
func TestSeveralLettersInAFile(t *testing.T) {
	w := newWorkspace(t)
	two := twoLetters(t, w)
	out := filepath.Join(w.dir, "out")
	runCases(t, []cliCase{
		{name: "extract", args: []string{"extract", "--no-text", two}, out: []string{`"path":"` + two + `#1"`, `"path":"` + two + `#2"`, "CM16-0213037", "CM17-0016311", `"imrkit":"devel"`}},
		{name: "check", args: []string{"check", two, w.seed}, code: 1, out: []string{two + "#2:93:65: info date-order", w.seed + ":55:39"}, err: []string{"3 letters read"}},
		{name: "check json", args: []string{"check", "--format", "json", two}, code: 1, out: []string{`"file": "` + two + `#2"`}},
		{name: "render --out", args: []string{"render", "--out", out, two}, out: []string{filepath.Join(out, "CM16-0213037.txt"), filepath.Join(out, "CM17-0016311.txt")}},
		{name: "render to stdout", args: []string{"render", two}, code: 2, err: []string{"two.txt holds 2 letters: they need --out DIR"}},
		{name: "report", args: []string{"report", "--to", "md", two}, out: []string{"CM16-0213037", "CM17-0016311"}},
		{name: "standard input", args: []string{"extract", "--no-text", "-"}, stdin: readString(t, two), out: []string{`"path":"-#1"`, `"path":"-#2"`}},
	})
}

func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
