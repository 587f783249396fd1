package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInject(t *testing.T) {
	out := filepath.Join(t.TempDir(), "copies")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a line the output holds
		stderr string
	}{
		{"seed letter", []string{"inject", "--kinds", "quantity-mismatch,duplicate-exact", "--out", out, "../../testdata/letters/seed.txt"}, 0, "copies of 1 letters", ""},
		{"again into its own folder", []string{"inject", "--kinds", "duplicate-exact", "--out", out, "../../testdata/letters/seed.txt"}, 0, "1 copies of 1 letters", ""},
		{"no --out", []string{"inject", "../../testdata/letters/seed.txt"}, 2, "", `required flag(s) "out" not set`},
		{"unknown kind", []string{"inject", "--kinds", "sides", "--out", out, "../../testdata/letters/seed.txt"}, 2, "", `unknown kind "sides"`},
		{"an input inside --out", []string{"inject", "--out", "../../testdata", "../../testdata/letters/seed.txt"}, 2, "", "holds this input"},
		{"missing letter", []string{"inject", "--out", out, "no-such-letter.txt"}, 2, "", "no-such-letter.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("imr %v: exit %d, stdout %q, stderr %q; want exit %d with %q and %q", tt.args, code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
	names, err := os.ReadDir(out)
	if err != nil || len(names) != 2 {
		t.Fatalf("the folder holds %d files (%v), want the manifest and one copy", len(names), err)
	}
}
