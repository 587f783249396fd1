package render

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
)

// pdfTool returns the path of a poppler or qpdf tool, skipping the test
// when it is not installed (scripts/test.sh installs both).
func pdfTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (scripts/test.sh installs it): %v", name, err)
	}
	return p
}

func run(t *testing.T, tool string, input []byte, args ...string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command(tool, args...)
	cmd.Stdin = bytes.NewReader(input)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		return out.Bytes(), &toolError{err: err, stderr: errb.String()}
	}
	return out.Bytes(), nil
}

type toolError struct {
	err    error
	stderr string
}

func (e *toolError) Error() string { return e.err.Error() + ": " + strings.TrimSpace(e.stderr) }

// TestPDFs renders every letter to PDF twice and checks each file: the
// bytes are the same, qpdf finds no error, and pdftotext reads back every
// item line and every rationale sentence, the page numbers and the
// running header.
func TestPDFs(t *testing.T) {
	qpdf, pdftotext := pdfTool(t, "qpdf"), pdfTool(t, "pdftotext")
	letters := realLetters(t)
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	problems := make([][]string, len(letters))
	parallel(len(letters), func(i int) {
		problems[i] = checkPDF(t, r, letters[i], qpdf, pdftotext)
	})
	for i, ps := range problems {
		for _, p := range ps {
			t.Errorf("%s: %s", letters[i].Source.Path, p)
		}
	}
}

func checkPDF(t *testing.T, r *Renderer, l *extract.Letter, qpdf, pdftotext string) []string {
	var a, b bytes.Buffer
	if err := r.Letter(&a, PDF, Entry{Letter: l}); err != nil {
		return []string{err.Error()}
	}
	if err := r.Letter(&b, PDF, Entry{Letter: l}); err != nil {
		return []string{err.Error()}
	}
	var problems []string
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		problems = append(problems, "rendering twice gives different bytes")
	}
	if _, err := runFile(t, qpdf, a.Bytes(), "--check"); err != nil {
		problems = append(problems, "qpdf --check: "+err.Error())
	}
	text, err := run(t, pdftotext, a.Bytes(), "-layout", "-", "-")
	if err != nil {
		return append(problems, "pdftotext: "+err.Error())
	}
	return append(problems, missingText(newLetterData(Entry{Letter: l}, false), string(text))...)
}

// runFile runs a tool on the bytes written to a temporary file (qpdf
// needs to seek): the file's name replaces the argument "{}", or comes
// last.
func runFile(t *testing.T, tool string, data []byte, args ...string) ([]byte, error) {
	f, err := os.CreateTemp(t.TempDir(), "*.pdf")
	if err == nil {
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return nil, err
	}
	if i := slices.Index(args, "{}"); i >= 0 {
		args = slices.Clone(args)
		args[i] = f.Name()
		return run(t, tool, nil, args...)
	}
	return run(t, tool, nil, append(args, f.Name())...)
}

// missingText lists the item lines, rationale sentences and page
// furniture the PDF's text lacks.
func missingText(d *LetterData, text string) []string {
	flat := collapse(text)
	var missing []string
	want := func(what, s string) {
		if !strings.Contains(flat, collapse(s)) {
			missing = append(missing, what+" missing from the PDF text: "+s)
		}
	}
	for _, it := range d.Decisions.Items {
		want("item line", it.Line+": "+it.Outcome)
		for _, p := range it.Rationale {
			for _, s := range sentences(p) {
				want("rationale sentence", s)
			}
		}
	}
	want("page number", "Page 1 of ")
	if strings.Count(text, "\f") > 1 {
		want("running header", "CASE "+strings.ToUpper(d.ID))
	}
	return missing
}

var sentenceEnd = regexp.MustCompile(`[.?!]["”’)\]]* `)

// sentences cuts a paragraph after each full stop, question or
// exclamation mark followed by a space.
func sentences(p string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(p, -1) {
		out = append(out, p[start:m[1]-1])
		start = m[1]
	}
	return append(out, p[start:])
}

// TestPDFOutline checks the metadata and the bookmarks: the title, one
// per section and one per item.
func TestPDFOutline(t *testing.T) {
	qpdf := pdfTool(t, "qpdf")
	l := readLetter(t, "CM16-0213037")
	var buf bytes.Buffer
	if err := Letter(&buf, PDF, Entry{Letter: l}, Options{}); err != nil {
		t.Fatal(err)
	}
	out, err := runFile(t, qpdf, buf.Bytes(), "--json", "--json-key=outlines")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	got := flatten(doc.Outlines, "")
	want := []string{
		"CM16-0213037",
		"  HOW THE IMR FINAL DETERMINATION WAS MADE",
		"  CLINICAL CASE SUMMARY",
		"  IMR ISSUES, DECISIONS AND RATIONALES",
		"    1. MRI of the right shoulder without contrast: Upheld",
		"    2. MRI of the cervical spine without contrast: Upheld",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, meta := range []string{"/Title", "/Subject", "/Keywords", "/Creator", "/CreationDate (D:20000101000000"} {
		if !bytes.Contains(buf.Bytes(), []byte(meta)) {
			t.Errorf("PDF lacks %s", meta)
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte("/FontFile2")) {
		t.Error("PDF embeds no TrueType font")
	}
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

func flatten(os []outline, indent string) []string {
	var out []string
	for _, o := range os {
		out = append(out, indent+o.Title)
		out = append(out, flatten(o.Kids, indent+"  ")...)
	}
	return out
}
