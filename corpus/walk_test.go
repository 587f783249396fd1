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

// TestFilesHidden: hidden files and folders, and the ._ files macOS
// leaves beside each file it copies, are not letters.
func TestFilesHidden(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "._a.txt", ".hidden.pdf", ".git/b.txt", "sub/c.pdf", "sub/._c.pdf"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	var got []string
	for p, err := range Files([]string{dir}) {
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		got = append(got, rel)
	}
	if want := []string{"a.txt", filepath.Join("sub", "c.pdf")}; !slices.Equal(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
}
