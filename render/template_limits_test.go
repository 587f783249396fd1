package render

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	texttemplate "text/template"
	"time"
)

// TestTemplateDirRefused checks that a user's template folder is read
// strictly: a folder that is not there, a link out of it, a file too
// large and a function asked for too much are each an error naming the
// place, never the built-in templates in silence or a crash.
func TestTemplateDirRefused(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("root:x:0:0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		setUp   func(dir string) error // fills the folder
		dir     func(dir string) string
		wantErr string // "" for none
	}{
		{name: "missing folder", dir: func(dir string) string { return filepath.Join(dir, "nonexistent") },
			wantErr: "nonexistent: no such file or directory"},
		{name: "a file, not a folder", setUp: writeTemplate("letter.txt.tmpl", "x"),
			dir: func(dir string) string { return filepath.Join(dir, "letter.txt.tmpl") }, wantErr: "not a folder"},
		{name: "absolute link out of the folder", setUp: linkTemplate(outside, "letter.md.tmpl"),
			wantErr: "letter.md.tmpl: refused: the path leads out of the templates folder"},
		{name: "relative link out of the folder", setUp: linkTemplate("../"+filepath.Base(filepath.Dir(outside))+"/secret.txt", "letter.txt.tmpl"),
			wantErr: "letter.txt.tmpl: refused: the path leads out of the templates folder"},
		{name: "link inside the folder", setUp: func(dir string) error {
			if err := writeTemplate("mine.tmpl", "{{.ID}}\n")(dir); err != nil {
				return err
			}
			return os.Symlink("mine.tmpl", filepath.Join(dir, "letter.txt.tmpl"))
		}},
		{name: "too large", setUp: writeTemplate("letter.txt.tmpl", strings.Repeat("x", maxTemplateBytes+1)),
			wantErr: "letter.txt.tmpl: 1048577 bytes, over the template size limit of 1048576"},
		{name: "huge wrap indent", setUp: writeTemplate("letter.txt.tmpl", `{{wrap 100000000000 "x"}}`),
			wantErr: "letter.txt.tmpl:1:2: at <wrap 100000000000 \"x\">: error calling wrap: indent 100000000000 is out of range (0 to 200)"},
		{name: "negative wrap indent", setUp: writeTemplate("letter.txt.tmpl", `{{wrap -1 "x"}}`),
			wantErr: "error calling wrap: indent -1 is out of range"},
		{name: "range over a huge number", setUp: writeTemplate("letter.txt.tmpl", "x\n{{range 100000000000}}{{end}}"),
			wantErr: "letter.txt.tmpl:2:8: a range over 100000000000: a template may range over a number up to 1000"},
		{name: "range in a defined template", setUp: writeTemplate("letter.txt.tmpl", `{{define "x"}}{{range 1001}}{{end}}{{end}}{{.ID}}`),
			wantErr: "a range over 1001"},
		{name: "range over a small number", setUp: writeTemplate("letter.txt.tmpl", `{{range 3}}-{{end}}{{.ID}}`)},
		{name: "range over data", setUp: writeTemplate("letter.txt.tmpl", `{{range $i, $s := .Summary}}{{$i}}{{end}}{{.ID}}`)},
		{name: "range over data in brackets", setUp: writeTemplate("letter.txt.tmpl", `{{range (.Summary)}}.{{end}}{{with $s := add 1 2}}{{$s}}{{end}}{{with $s := .Summary}}{{range $s}}.{{end}}{{end}}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.setUp != nil {
				if err := tt.setUp(dir); err != nil {
					t.Fatal(err)
				}
			}
			if tt.dir != nil {
				dir = tt.dir(dir)
			}
			_, err := New(Options{TemplateDir: dir})
			checkErr(t, err, tt.wantErr)
		})
	}
}

func writeTemplate(name, text string) func(string) error {
	return func(dir string) error { return os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644) }
}

func linkTemplate(target, name string) func(string) error {
	return func(dir string) error { return os.Symlink(target, filepath.Join(dir, name)) }
}

// checkErr checks that err holds want, or is nil when want is empty.
func checkErr(t *testing.T, err error, want string) {
	t.Helper()
	switch {
	case want == "" && err != nil:
		t.Fatalf("New: %v, want no error", err)
	case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
		t.Fatalf("New: %v, want an error with %q", err, want)
	}
}

// TestTemplateLoops checks that a template that loops for long, through
// a number it computes or passes on, is stopped at the time limit as an
// error naming it, when loaded (New runs each template once), and that
// one that writes without end is stopped at the output bound.
func TestTemplateLoops(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"number passed by with", `{{with 100000000000}}{{range .}}{{end}}{{end}}`, "ran for more than 300ms"},
		{"number passed to a template", `{{define "big"}}{{range .}}{{end}}{{end}}{{template "big" 100000000000}}`, "ran for more than 300ms"},
		{"number a function makes", `{{range add 100000000 100000000}}{{end}}`, "ran for more than 300ms"},
		{"nested ranges", `{{range 1000}}{{range 1000}}{{range 1000}}{{end}}{{end}}{{end}}`, "ran for more than 300ms"},
		{"endless output", `{{range 1000}}{{range 1000}}{{range 1000}}{{printf "%0100d" 0}}{{end}}{{end}}{{end}}`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := New(Options{TemplateDir: userDir(t, "letter.txt.tmpl", tt.text), TemplateTimeout: 300 * time.Millisecond})
			var te *TemplateError
			if !errors.As(err, &te) || !strings.Contains(err.Error(), "letter.txt.tmpl") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New = %v, want a *TemplateError on letter.txt.tmpl with %q", err, tt.want)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("New took %v, want about the 300ms limit", took)
			}
		})
	}
}

// TestStalledTemplate checks that a template that ran out of time is not
// run again: a later render fails at once with the same error.
func TestStalledTemplate(t *testing.T) {
	set := &templateSet{byName: map[string]executor{}, paths: map[string]string{"slow.tmpl": "slow.tmpl"}, timeout: 100 * time.Millisecond}
	var runs atomic.Int32
	set.byName["slow.tmpl"] = texttemplate.Must(texttemplate.New("slow.tmpl").Funcs(texttemplate.FuncMap{
		"count": func() int { runs.Add(1); return 100000000000 },
	}).Parse(`{{range count}}{{end}}`))
	first := set.execute(io.Discard, "slow.tmpl", nil)
	start := time.Now()
	second := set.execute(io.Discard, "slow.tmpl", nil)
	if first == nil || second == nil || first.Error() != second.Error() {
		t.Fatalf("errors %v and %v, want the same time-limit error twice", first, second)
	}
	if took := time.Since(start); took > 50*time.Millisecond || runs.Load() != 1 {
		t.Errorf("the second render took %v and the template ran %d times, want at once and once", took, runs.Load())
	}
}

// TestWrapBounds checks wrapChecked's bounds directly.
func TestWrapBounds(t *testing.T) {
	for _, indent := range []int{-1, maxIndent + 1, 1 << 40} {
		if _, err := wrapChecked("x", indent, 80); err == nil {
			t.Errorf("wrapChecked(indent %d) = no error, want one", indent)
		}
	}
	if got, err := wrapChecked("x", maxIndent, 80); err != nil || got != strings.Repeat(" ", maxIndent)+"x" {
		t.Errorf("wrapChecked(indent %d) = %q, %v", maxIndent, got, err)
	}
	var te *TemplateError
	_, err := New(Options{TemplateDir: userDir(t, "letter.txt.tmpl", `{{wrap 100000000000 "x"}}`)})
	if !errors.As(err, &te) {
		t.Errorf("New with a huge wrap = %v, want a *TemplateError", err)
	}
}
