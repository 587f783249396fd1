package render

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWriteFilesNeverOverwrites renders letters into folders that hold
// their inputs, files of someone else and files of an earlier run.
func TestWriteFilesNeverOverwrites(t *testing.T) {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "letters", "CM16-0213037.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		format string
		setup  func(t *testing.T, dir string) // before the run
		force  bool
		want   []string // per run: the file written or "exists"
		keep   string   // a file whose content must stay "mine"
	}{
		{name: "the input itself", format: Text, want: []string{"exists"}},
		{name: "the input itself, forced", format: Text, force: true, want: []string{"exists"}},
		{name: "a file render did not write", format: Markdown,
			setup: func(t *testing.T, dir string) { write(t, filepath.Join(dir, "CM16-0213037.md"), "mine") },
			want:  []string{"exists"}, keep: "CM16-0213037.md"},
		{name: "a file render did not write, forced", format: Markdown, force: true,
			setup: func(t *testing.T, dir string) { write(t, filepath.Join(dir, "CM16-0213037.md"), "mine") },
			want:  []string{"CM16-0213037.md"}},
		{name: "a file of an earlier run", format: Markdown,
			setup: func(t *testing.T, dir string) { renderInto(t, r, dir, Markdown) },
			want:  []string{"CM16-0213037.md"}},
		{name: "a file of an earlier run, changed since", format: Markdown,
			setup: func(t *testing.T, dir string) {
				renderInto(t, r, dir, Markdown)
				write(t, filepath.Join(dir, "CM16-0213037.md"), "mine")
			},
			want: []string{"exists"}, keep: "CM16-0213037.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "CM16-0213037.txt")
			write(t, in, string(seed))
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			var got []string
			err := r.WriteFiles([]string{in}, tt.format, dir, FileOptions{Force: tt.force}, func(res FileResult) {
				switch {
				case errors.Is(res.Err, ErrExists):
					got = append(got, "exists")
				case res.Err != nil:
					got = append(got, res.Err.Error())
				default:
					got = append(got, filepath.Base(res.Output))
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WriteFiles (-want +got):\n%s", diff)
			}
			if b, _ := os.ReadFile(in); string(b) != string(seed) {
				t.Errorf("the input was written over")
			}
			if tt.keep != "" {
				if b, _ := os.ReadFile(filepath.Join(dir, tt.keep)); string(b) != "mine" {
					t.Errorf("%s was written over", tt.keep)
				}
			}
		})
	}
}

// renderInto renders the test letter into dir, as an earlier run would.
func renderInto(t *testing.T, r *Renderer, dir, format string) {
	t.Helper()
	in := filepath.Join("..", "testdata", "letters", "CM16-0213037.txt")
	err := r.WriteFiles([]string{in}, format, dir, FileOptions{}, func(res FileResult) {
		if res.Err != nil {
			t.Fatal(res.Err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func ExampleOutputs() {
	dir, _ := os.MkdirTemp("", "render")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "CM16-0213037.md"), []byte("notes of mine"), 0o644)
	outs, _ := NewOutputs(dir, nil, false)
	_, err := outs.Path("CM16-0213037", Markdown)
	fmt.Println(errors.Is(err, ErrExists))
	path, _ := outs.Path("CM16-0213037", Markdown)
	fmt.Println(filepath.Base(path))
	// Output:
	// true
	// CM16-0213037-2.md
}
