package inject_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/inject"
)

// writeAll writes the letter's copies of some operators into dir.
func writeAll(t *testing.T, dir string, inputs []string, kinds string) (int, error) {
	t.Helper()
	w, err := inject.NewWriter(dir, inputs)
	if err != nil {
		return 0, err
	}
	ops, err := inject.Select(kinds)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inputs {
		o, err := inject.ReadFile(in, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range o.Copies(inject.Options{Operators: ops, Seed: 1}) {
			if err := w.Write(c); err != nil {
				w.Close()
				return w.Count(), err
			}
		}
	}
	return w.Count(), w.Close()
}

func TestWriter(t *testing.T) {
	in := filepath.Join(t.TempDir(), "letter.txt")
	data, err := os.ReadFile("testdata/letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	n, err := writeAll(t, out, []string{in}, "outcome-conflict")
	if err != nil || n != 4 {
		t.Fatalf("first run: %d copies, %v; want 4, nil", n, err)
	}
	records := manifest(t, out)
	if len(records) != 4 {
		t.Fatalf("manifest has %d records, want 4", len(records))
	}
	for _, f := range records {
		copied, err := os.ReadFile(filepath.Join(out, f.File))
		if err != nil {
			t.Fatal(err)
		}
		e := f.Edits[0]
		if string(copied[e.Copy.Start:e.Copy.End]) != e.After || string(data[e.Original.Start:e.Original.End]) != e.Before {
			t.Errorf("%s: the edit is not where the manifest says", f.File)
		}
	}
	// A second run replaces the first run's copies.
	if n, err := writeAll(t, out, []string{in}, "age"); err != nil || n != 1 {
		t.Fatalf("second run: %d copies, %v; want 1, nil", n, err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 2 {
		t.Errorf("after the second run the folder holds %d files, want the manifest and one copy", len(entries))
	}
}

func TestWriterRefuses(t *testing.T) {
	data, err := os.ReadFile("testdata/letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		setup func(dir string) (out string, inputs []string)
		want  string
	}{
		{"an input inside", func(dir string) (string, []string) {
			in := filepath.Join(dir, "letter.txt")
			os.WriteFile(in, data, 0o644)
			return dir, []string{in}
		}, "holds this input"},
		{"a file it did not write", func(dir string) (string, []string) {
			in := filepath.Join(t.TempDir(), "letter.txt")
			os.WriteFile(in, data, 0o644)
			os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
			return dir, []string{in}
		}, "no readable manifest"},
		{"two letters of one name", func(dir string) (string, []string) {
			a, b := filepath.Join(t.TempDir(), "letter.txt"), filepath.Join(t.TempDir(), "letter.txt")
			os.WriteFile(a, data, 0o644)
			os.WriteFile(b, data, 0o644)
			return filepath.Join(dir, "out"), []string{a, b}
		}, "already made"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, inputs := tt.setup(t.TempDir())
			_, err := writeAll(t, out, inputs, "age")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
			for _, in := range inputs {
				if got, _ := os.ReadFile(in); string(got) != string(data) {
					t.Errorf("input %s changed", in)
				}
			}
		})
	}
}

func manifest(t *testing.T, dir string) []inject.Fault {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, inject.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []inject.Fault
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var x inject.Fault
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			t.Fatalf("manifest line %q: %v", sc.Text(), err)
		}
		out = append(out, x)
	}
	return out
}
