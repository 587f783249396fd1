package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b/2.pdf", "b/1.TXT", "a.txt", "notes.md", "c/d/3.pdf"} {
		p := filepath.Join(dir, "letters", name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	os.Symlink(filepath.Join(dir, "letters", "c"), filepath.Join(dir, "link"))
	in := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, n))
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{name: "folder, in lexical order", args: in("letters"),
			want: in("letters/a.txt", "letters/b/1.TXT", "letters/b/2.pdf", "letters/c/d/3.pdf")},
		{name: "a file of any kind as given", args: in("letters/notes.md"), want: in("letters/notes.md")},
		{name: "a link to a folder", args: in("link"), want: in("link/d/3.pdf")},
		{name: "several", args: in("letters/b", "letters/a.txt"), want: in("letters/b/1.TXT", "letters/b/2.pdf", "letters/a.txt")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for p, err := range Files(tt.args) {
				if err != nil {
					t.Fatalf("Files: %v", err)
				}
				got = append(got, p)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Files(%v) = %v, want %v", tt.args, got, tt.want)
			}
		})
	}
	if _, err := Build(t.Context(), openTest(t), in("missing"), Options{}); err == nil {
		t.Error("Build of a missing folder: no error")
	}
}
