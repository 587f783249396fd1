package check

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// FuzzRun checks whatever text extraction reads: no panic, and every
// evidence span inside the normalized text with a place to print.
func FuzzRun(f *testing.F) {
	for _, a := range fixtureLetters(f) {
		f.Add(a)
	}
	if data, err := os.ReadFile(filepath.Join(testenv.Root(f), "testdata", "letters", "seed.txt")); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, text string) {
		l, err := extract.Read("fuzz.txt", []byte(text), extract.Options{})
		if err != nil {
			return
		}
		n := len(l.NormalizedText())
		for _, fd := range Run(l) {
			if len(fd.Evidence) < 1 {
				t.Errorf("%s without evidence", fd.Code)
			}
			for _, e := range fd.Evidence {
				if e.Start < 0 || e.Start > e.End || e.End > n {
					t.Errorf("%s: evidence %d..%d outside 0..%d", fd.Code, e.Start, e.End, n)
				}
				if e.Line < 1 || e.Column < 1 {
					t.Errorf("%s: evidence at %d:%d", fd.Code, e.Line, e.Column)
				}
			}
		}
	})
}

// fixtureLetters returns the letters of the fixtures.
func fixtureLetters(tb testing.TB) []string {
	paths, _ := filepath.Glob(filepath.Join("testdata", "fixtures", "*.txtar"))
	var out []string
	for _, p := range paths {
		out = append(out, testenv.ReadArchive(tb, p).Files["letter.txt"])
	}
	return out
}

// FuzzParseConfig reads any configuration: no panic, errors placed on a
// line of the file.
func FuzzParseConfig(f *testing.F) {
	f.Add("[duplicate-text]\nenabled = false\n[guideline-mismatch]\nseverity = \"error\" # grade\n")
	f.Add("[x\nkey\n= =\n\"#\" = 1\n")
	f.Fuzz(func(t *testing.T, text string) {
		_, err := ParseConfig("fuzz.toml", []byte(text))
		if list, ok := err.(ErrorList); ok {
			lines := bytes.Count([]byte(text), []byte("\n")) + 1
			for _, e := range list {
				if e.Line < 1 || e.Line > lines || e.Column < 1 {
					t.Errorf("error at %d:%d in a file of %d lines: %v", e.Line, e.Column, lines, e)
				}
			}
		}
	})
}
