package check

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// readSeed reads the seed letter's text.
func readSeed(t *testing.T) *extract.Letter {
	t.Helper()
	l, err := extract.ReadFile(filepath.Join(testenv.Root(t), "testdata", "letters", "seed.txt"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// seedBaseline writes a letter's findings as JSON and reads them back as
// a baseline, keeping the records keep accepts.
func seedBaseline(t *testing.T, l *extract.Letter, keep func(Record) bool) *Baseline {
	t.Helper()
	var c Config
	var b bytes.Buffer
	if err := WriteJSON(&b, []Report{c.Report(l)}); err != nil {
		t.Fatal(err)
	}
	recs, err := ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	var kept []Record
	for _, r := range recs {
		if keep(r) {
			kept = append(kept, r)
		}
	}
	return NewBaseline(kept)
}

func TestBaseline(t *testing.T) {
	seed := readSeed(t)
	shifted := shiftLetter(t, seed, seed.Source.Path)
	moved := shiftLetter(t, seed, "elsewhere.txt")
	all := func(Record) bool { return true }
	both := []string{CodeDuplicate, CodeQuantity}
	for _, tc := range []struct {
		name           string
		accepted, read *extract.Letter // the letter of the baseline, the letter checked
		keep           func(Record) bool
		want           []string // codes left
	}{
		{"everything accepted", seed, seed, all, nil},
		{"one accepted", seed, seed, func(r Record) bool { return r.Code == CodeDuplicate }, []string{CodeQuantity}},
		{"lines shifted, same file", seed, shifted, all, nil},
		{"lines shifted, another file, no case number", seed, moved, all, both},
		{"lines shifted, another file, same case", withCase(seed, "CM99-0000001"), withCase(moved, "CM99-0000001"), all, nil},
		{"another letter", seed, otherCase(seed), all, both},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c Config
			got := seedBaseline(t, tc.accepted, tc.keep).Filter([]Report{c.Report(tc.read)})
			var codes []string
			for _, r := range got {
				for _, f := range r.Findings {
					codes = append(codes, f.Code)
				}
			}
			if strings.Join(codes, " ") != strings.Join(tc.want, " ") {
				t.Errorf("left %q, want %q", codes, tc.want)
			}
		})
	}
}

// shiftLetter reads a letter again from the path name with lines added
// at its top, so that every finding moves.
func shiftLetter(t *testing.T, l *extract.Letter, name string) *extract.Letter {
	t.Helper()
	data, err := os.ReadFile(l.Source.Path)
	if err != nil {
		t.Fatal(err)
	}
	moved, err := extract.Read(name, append([]byte("\n\n\n"), data...), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return moved
}

// otherCase returns a copy of a letter that states another case number
// and has another file digest and path.
func otherCase(l *extract.Letter) *extract.Letter {
	c := withCase(l, "CM99-0000000")
	c.Source.SHA256 = strings.Repeat("0", 64)
	c.Source.Path = "other.txt"
	return c
}

// withCase returns a copy of a letter that states a case number; the
// seed letter states none.
func withCase(l *extract.Letter, number string) *extract.Letter {
	c := *l
	c.CaseNumber = &extract.Fact[string]{Value: number}
	return &c
}

func TestLoadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, text, want string
	}{
		{"syntax", "[\n  {\"code\": \"x\",,}\n]", "2:17: baseline: invalid character ','"},
		{"unknown field", "[\n  {\"code\": \"x\", \"colour\": 1}\n]", `2:17: baseline: unknown field "colour"`},
		{"cut short", "[\n  {\"code\": \"x\"", "2:15: baseline: unexpected EOF"},
		{"wrong type", "[\n  {\"item\": \"one\"}\n]", "2:17: baseline: cannot unmarshal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "baseline.json")
			if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadBaseline(path)
			var list ErrorList
			if !errors.As(err, &list) || !strings.HasPrefix(err.Error(), path+":"+tc.want) {
				t.Errorf("LoadBaseline error = %v, want prefix %q", err, path+":"+tc.want)
			}
		})
	}
}
