package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestListInputs(t *testing.T) {
	w := newWorkspace(t)
	os.Symlink(filepath.Join(w.letters, "seed.txt"), filepath.Join(w.mixed, "linked.txt"))
	os.Symlink(w.letters, filepath.Join(w.mixed, "folder-link"))
	os.Symlink(filepath.Join(w.dir, "gone.txt"), filepath.Join(w.mixed, "dangling.txt"))
	type result struct {
		Paths                    []string
		Missing, Skipped, Hidden int
	}
	tests := []struct {
		name  string
		args  []string
		want  result
		notes []string // in the messages
	}{
		{name: "linked folder", args: []string{w.link}, want: result{Paths: []string{"link/CM16-0213037.txt", "link/CM16-0229336.txt", "link/CM17-0016311.txt", "link/seed.txt"}}},
		{name: "office files", args: []string{w.office}, want: result{Skipped: 2, Hidden: 1}, notes: []string{"letter.odt: not read", "scan.png: not read"}},
		{name: "links inside a folder", args: []string{w.mixed}, want: result{Paths: []string{"mixed/linked.txt", "mixed/seed.txt"}, Missing: 1, Skipped: 2, Hidden: 1},
			notes: []string{"dangling.txt: no such file or directory", "folder-link: not read: a link to a folder", "letter.odt: not read"}},
		{name: "given odt", args: []string{filepath.Join(w.office, "letter.odt")}, want: result{Missing: 1}, notes: []string{"not a letter's type"}},
		{name: "given hidden file is read", args: []string{filepath.Join(w.office, ".notes.txt")}, want: result{Paths: []string{"office/.notes.txt"}}},
		{name: "missing and present", args: []string{filepath.Join(w.dir, "nope"), w.seed}, want: result{Paths: []string{"letters/seed.txt"}, Missing: 1}, notes: []string{"nope: no such file or directory"}},
		{name: "stdin", args: []string{"-"}, want: result{Paths: []string{"-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var msgs bytes.Buffer
			in, err := listInputs(tt.args, &msgs, &msgs)
			if err != nil {
				t.Fatal(err)
			}
			got := result{Missing: in.missing, Skipped: in.skipped, Hidden: in.hidden}
			for _, p := range in.paths {
				rel, _ := filepath.Rel(w.dir, p)
				if p == "-" {
					rel = p
				}
				got.Paths = append(got.Paths, rel)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("listInputs(%s) (-want +got):\n%s\nmessages: %s", tt.name, diff, msgs.String())
			}
			for _, n := range tt.notes {
				if !strings.Contains(msgs.String(), n) {
					t.Errorf("listInputs(%s) messages lack %q: %s", tt.name, n, msgs.String())
				}
			}
		})
	}
}
