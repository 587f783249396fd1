package render

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/templates"
)

// userDir writes a template folder holding one file and returns its
// path.
func userDir(t *testing.T, name, text string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func defaultTemplate(t *testing.T, name string) string {
	t.Helper()
	b, err := fs.ReadFile(templates.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestUserTemplates checks that a user's folder replaces the default of
// the same name, for every format, and leaves the others alone.
func TestUserTemplates(t *testing.T) {
	l := readLetter(t, "CM16-0213037")
	tests := []struct {
		name, file, format string
		old, new           string // in the template
		was, is            string // a line of the output
	}{
		{"text heading", "letter.txt.tmpl", Text, "CLINICAL CASE SUMMARY", "CASE HISTORY", "CLINICAL CASE SUMMARY", "CASE HISTORY"},
		{"markdown heading", "letter.md.tmpl", Markdown, "## CLINICAL CASE SUMMARY", "## CASE HISTORY", "## CLINICAL CASE SUMMARY", "## CASE HISTORY"},
		{"pdf heading", "letter.md.tmpl", PDF, "## CLINICAL CASE SUMMARY", "## CASE HISTORY", "CLINICAL CASE SUMMARY", "CASE HISTORY"},
		{"html heading", "letter.html.tmpl", HTML, "<h2>Clinical case summary</h2>", "<h2>Case history</h2>", "<h2>Clinical case summary</h2>", "<h2>Case history</h2>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := defaultTemplate(t, tt.file)
			if !strings.Contains(src, tt.old) {
				t.Fatalf("%s does not hold %q", tt.file, tt.old)
			}
			dir := userDir(t, tt.file, strings.Replace(src, tt.old, tt.new, 1))
			var buf bytes.Buffer
			if err := Letter(&buf, tt.format, Entry{Letter: l}, Options{TemplateDir: dir}); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if tt.format == PDF {
				got = pdfText(t, buf.Bytes())
			}
			if !hasLine(got, tt.is) {
				t.Errorf("Letter(%s) with the user's %s lacks the line %q", tt.format, tt.file, tt.is)
			}
			if hasLine(got, tt.was) {
				t.Errorf("Letter(%s) with the user's %s still has the line %q", tt.format, tt.file, tt.was)
			}
		})
	}
}

// hasLine reports whether text has a line that is s, spaces aside.
func hasLine(text, s string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == s {
			return true
		}
	}
	return false
}

// pdfText reads a PDF's text with pdftotext.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	out, err := run(t, pdfTool(t, "pdftotext"), pdf, "-layout", "-", "-")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestTemplateErrors checks that a broken user template fails when
// loaded, naming its file, line and column.
func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name, file, text string
		line, col        int
		msg              string
	}{
		{"unknown field", "letter.txt.tmpl", "{{.ID}}\n\n  {{.Header.Nope}}\n", 3, 11, "can't evaluate field Nope"},
		{"unknown field in html", "letter.html.tmpl", "<p>{{.ID}}</p>\n<p>{{.Decisions.Verdict}}</p>\n", 2, 15, "can't evaluate field Verdict"},
		{"unknown field in a range", "report.md.tmpl", "# {{.Title}}\n{{range .Entries}}\n{{.Case}}\n{{end}}\n", 3, 2, "can't evaluate field Case"},
		{"unknown function", "letter.md.tmpl", "# {{.ID}}\n{{shout .ID}}\n", 2, 0, `function "shout" not defined`},
		{"unclosed action", "letter.txt.tmpl", "{{.ID}}\n{{if .Summary}}\n", 3, 0, "unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := userDir(t, tt.file, tt.text)
			_, err := New(Options{TemplateDir: dir})
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("New = %v, want a *TemplateError", err)
			}
			wantPath := filepath.Join(dir, tt.file)
			if te.Path != wantPath || te.Line != tt.line || te.Column != tt.col || !strings.Contains(te.Msg, tt.msg) {
				t.Errorf("New: %v\nwant %s:%d:%d: ...%s...", err, wantPath, tt.line, tt.col, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), wantPath+":") {
				t.Errorf("error %q does not start with the file name", err)
			}
		})
	}
}

// TestTemplatesFS checks that an in-memory folder goes through the same
// code and that a missing file falls back to the default.
func TestTemplatesFS(t *testing.T) {
	l := readLetter(t, "seed")
	user := fstest.MapFS{"letter.txt.tmpl": {Data: []byte("case {{.ID}}: {{len .Decisions.Items}} item(s)\n")}}
	r, err := New(Options{Templates: user, TemplateDir: "mine"})
	if err != nil {
		t.Fatal(err)
	}
	var txt, md bytes.Buffer
	if err := r.Letter(&txt, Text, Entry{Letter: l}); err != nil {
		t.Fatal(err)
	}
	if got, want := txt.String(), "case seed: 1 item(s)\n"; got != want {
		t.Errorf("Letter(txt) = %q, want %q", got, want)
	}
	if err := r.Letter(&md, Markdown, Entry{Letter: l}); err != nil || !strings.Contains(md.String(), "## CLINICAL CASE SUMMARY") {
		t.Errorf("Letter(md) without a user's md template = %v, want the default template's output", err)
	}
}

// TestHTMLEscapesLetterText renders a letter whose text holds markup:
// the HTML shows it as text, and the Markdown and PDF keep it literal.
func TestHTMLEscapesLetterText(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "letters", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	evil := `<script>alert("x")</script> <img src=x onerror=alert(1)> **bold** [link](javascript:alert(1)) & &amp; |pipe|`
	text := strings.Replace(string(src), "The treating physician", evil+" The treating physician", 1)
	l := extract.Parse("evil.txt", text, extract.Options{})

	var html bytes.Buffer
	if err := Letter(&html, HTML, Entry{Letter: l}, Options{}); err != nil {
		t.Fatal(err)
	}
	h := html.String()
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML holds %q unescaped", bad)
		}
	}
	if !strings.Contains(h, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Error("HTML lacks the escaped script text")
	}

	var md bytes.Buffer
	if err := Letter(&md, Markdown, Entry{Letter: l}, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), `\<script\>`) || !strings.Contains(md.String(), `\*\*bold\*\*`) {
		t.Error("Markdown does not escape the letter's markup")
	}
	var pdf bytes.Buffer
	if err := Letter(&pdf, PDF, Entry{Letter: l}, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := collapse(pdfText(t, pdf.Bytes())); !strings.Contains(got, collapse(evil)) {
		t.Errorf("PDF text lacks the literal markup %q", evil)
	}
}

// TestRoundTripCanFail renders with a template that drops the
// guidelines: the round trip must see the loss.
func TestRoundTripCanFail(t *testing.T) {
	src := defaultTemplate(t, "letter.txt.tmpl")
	cut := strings.Replace(src, `{{- template "guideline" (printf "MAXIMUS guideline: %s" (join .Maximus.Statements "\n"))}}`, "", 1)
	if cut == src {
		t.Fatal("the MAXIMUS guideline line of letter.txt.tmpl has changed; update this test")
	}
	r, err := New(Options{Templates: fstest.MapFS{"letter.txt.tmpl": {Data: []byte(cut)}}})
	if err != nil {
		t.Fatal(err)
	}
	diff := roundTripOne(r, Text, readLetter(t, "seed"), readExtract)
	if !strings.Contains(diff, "Maximus") {
		t.Errorf("round trip without the MAXIMUS guideline reports %q, want a difference in Maximus", diff)
	}
}
