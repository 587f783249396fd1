package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
)

func reportEntries(t *testing.T) []Entry {
	var entries []Entry
	for _, name := range goldenLetters {
		l := readLetter(t, name)
		e := Entry{Letter: l}
		if name == "seed" {
			e.Findings = sampleFindings(l)
		}
		entries = append(entries, e)
	}
	return entries
}

func TestReportData(t *testing.T) {
	d := newReportData(reportEntries(t), Options{})
	if d.Letters != 4 || d.Items != 8 || d.Findings != 2 {
		t.Errorf("report counts %d letters, %d items, %d findings; want 4, 8, 2", d.Letters, d.Items, d.Findings)
	}
	want := map[string]int{"Upheld": 7, "Overturned": 1}
	for _, c := range d.Outcomes {
		if want[c.Label] != c.N {
			t.Errorf("outcome %s: %d items, want %d", c.Label, c.N, want[c.Label])
		}
	}
	if len(d.Codes) != 2 || d.Codes[0].Width != 100 || d.Codes[0].Percent != 50 {
		t.Errorf("codes = %+v", d.Codes)
	}
	n := 0
	for _, c := range d.Diagnoses {
		n += c.N
	}
	if n != d.Items || len(d.Diagnoses) == 0 || !strings.Contains(d.Diagnoses[0].Label, "% overturned)") {
		t.Errorf("diagnosis groups %+v: want the %d items, each group with its overturn rate", d.Diagnoses, d.Items)
	}
}

// TestReport renders the report in each format and checks what each
// shows: the counts, the charts and the findings with their evidence.
func TestReport(t *testing.T) {
	entries := reportEntries(t)
	tests := []struct {
		name, format string
		want         []string
	}{
		{"markdown", Markdown, []string{"# IMR compliance report", "4 letters, 8 disputed items, 2 findings.", "```chart Items by outcome", "Upheld | 7", "quantity-mismatch", "“QTY: 14.00”"}},
		{"html", HTML, []string{"<title>IMR compliance report</title>", "<svg class=\"chart\"", "<rect x=\"220\"", "quantity-mismatch", "<q>QTY: 14.00</q>"}},
		{"pdf", PDF, []string{"IMR compliance report", "Items by outcome", "Upheld", "quantity-mismatch", "page 1, line 41, column 39, header: “QTY: 14.00”", "Page 1 of"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Report(&buf, tt.format, entries, Options{}); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if tt.format == PDF {
				got = pdfText(t, buf.Bytes())
				checkBars(t, buf.Bytes())
			}
			for _, w := range tt.want {
				if !strings.Contains(collapse(got), collapse(w)) {
					t.Errorf("Report(%s) lacks %q", tt.format, w)
				}
			}
		})
	}
}

// checkBars looks for filled rectangles (the bars) in the PDF's page
// content, uncompressed by qpdf.
func checkBars(t *testing.T, pdf []byte) {
	t.Helper()
	out, err := runFile(t, pdfTool(t, "qpdf"), pdf, "--qdf", "--object-streams=disable", "{}", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(" re f")) {
		t.Error("the report PDF draws no filled rectangle: no bar chart")
	}
}

func TestReportUnknownFormat(t *testing.T) {
	err := Report(&bytes.Buffer{}, Text, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "report.txt.tmpl") {
		t.Errorf("Report(txt) = %v, want an error naming the missing template", err)
	}
}

// TestWriteFiles renders letters into a folder: named by case number,
// else by the input's name, a repeated case number numbered.
func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join("..", "testdata", "letters")
	paths := []string{filepath.Join(in, "CM16-0213037.txt"), filepath.Join(in, "seed.txt"), filepath.Join(in, "CM16-0213037.txt"), filepath.Join(in, "missing.txt")}
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = r.WriteFiles(paths, Markdown, dir, FileOptions{Jobs: 2}, func(res FileResult) {
		if res.Err != nil {
			got = append(got, "error")
			return
		}
		got = append(got, filepath.Base(res.Output))
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "CM16-0213037.md seed.md CM16-0213037-2.md error"
	if strings.Join(got, " ") != want {
		t.Errorf("WriteFiles wrote %q, want %q", strings.Join(got, " "), want)
	}
	b, err := os.ReadFile(filepath.Join(dir, "seed.md"))
	if err != nil || !strings.Contains(string(b), "Cognitive behavioral therapy") {
		t.Errorf("seed.md: %v", err)
	}
}

func TestLetterID(t *testing.T) {
	tests := []struct {
		name, path, want string
	}{
		{"base name", "dir/letter one.txt", "letter one"},
		{"stdin", "-", "letter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &extract.Letter{Source: extract.Source{Path: tt.path}}
			if got := LetterID(l); got != tt.want {
				t.Errorf("LetterID(%q) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}
