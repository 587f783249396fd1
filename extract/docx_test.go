package extract

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/docx"
)

// wordDraft makes a Word draft of a pdftotext-layout letter: the first
// five lines (the header table) become a four-column table, each block of
// lines between blank lines a paragraph with line breaks, and edit
// replaces the paragraphs' XML (to add tracked changes). The label that
// wraps in the PDF ("Application" over "Received:") is one cell.
func wordDraft(t *testing.T, text string, edit func(string) string) []byte {
	t.Helper()
	lines := strings.Split(text, "\n")
	lines[3] = strings.Replace(lines[3], "Application ", "Application Received:", 1)
	lines[4] = ""
	var body strings.Builder
	body.WriteString(`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>`)
	for _, l := range lines[:5] {
		body.WriteString("<w:tr>")
		for _, c := range splitColumns(l) {
			body.WriteString(`<w:tc><w:p><w:r><w:t>` + escapeXML(c) + `</w:t></w:r></w:p></w:tc>`)
		}
		body.WriteString("</w:tr>")
	}
	body.WriteString("</w:tbl>")
	for _, para := range strings.Split(strings.Join(lines[5:], "\n"), "\n\n") {
		body.WriteString("<w:p>")
		for i, l := range strings.Split(para, "\n") {
			if i > 0 {
				body.WriteString("<w:r><w:br/></w:r>")
			}
			// A form feed becomes a hard page break.
			l = strings.ReplaceAll(escapeXML(l), "\f", `</w:t><w:br w:type="page"/><w:t xml:space="preserve">`)
			body.WriteString(`<w:r><w:t xml:space="preserve">` + l + `</w:t></w:r>`)
		}
		body.WriteString("</w:p>")
	}
	doc := `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		edit(body.String()) + `</w:body></w:document>`
	return zipParts(t, map[string]string{"word/document.xml": doc,
		"word/footer1.xml": `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Page 1 of 3</w:t></w:r></w:p></w:ftr>`})
}

// splitColumns splits a layout line at runs of three or more spaces.
func splitColumns(l string) []string {
	var out []string
	for _, f := range strings.Split(l, "   ") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func escapeXML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func zipParts(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"word/document.xml", "word/footer1.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// factValues is a letter's JSON without spans, texts as written and
// source: the values alone.
func factValues(t *testing.T, l *Letter) any {
	t.Helper()
	l.Text = ""
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	json.Unmarshal(b, &v)
	delete(v, "warnings") // what the source let be read, checked on its own
	return stripSpans(v)
}

func stripSpans(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range []string{"text", "start", "end", "page", "source"} {
			delete(x, k)
		}
		for k, e := range x {
			x[k] = stripSpans(e)
		}
	case []any:
		for i, e := range x {
			x[i] = stripSpans(e)
		}
	}
	return v
}

func TestReadWordDraft(t *testing.T) {
	path := filepath.Join("..", "testdata", "letters", "CM16-0229336.txt")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read(path, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		edit    func(string) string
		tracked bool
	}{
		{"header table", func(s string) string { return s }, false},
		{"tracked changes", func(s string) string {
			// The outcome was changed from Upheld, and a sentence deleted.
			s = strings.Replace(s, "is: Overturned", `is: </w:t></w:r><w:del w:id="1" w:author="QA"><w:r><w:delText>Upheld</w:delText></w:r></w:del><w:ins w:id="2" w:author="QA"><w:r><w:t>Overturned</w:t></w:r></w:ins><w:r><w:t>`, 1)
			return strings.Replace(s, "<w:p>", `<w:p><w:del w:id="3" w:author="QA"><w:r><w:delText>The request is for 99 visits of physical therapy. </w:delText></w:r></w:del>`, 1)
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read("draft.docx", wordDraft(t, string(src), tt.edit), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Source.Layout != LayoutFDL2016 {
				t.Errorf("Read(draft.docx).Source.Layout = %q, want %q", got.Source.Layout, LayoutFDL2016)
			}
			if got.Source.Pages != want.Source.Pages || got.Items[0].Header.Page != want.Items[0].Header.Page {
				t.Errorf("Read(draft.docx): %d pages, item on page %d; want %d pages, item on page %d",
					got.Source.Pages, got.Items[0].Header.Page, want.Source.Pages, want.Items[0].Header.Page)
			}
			if strings.Contains(got.Text, "Page 1 of 3") || strings.Contains(got.Text, "99 visits") {
				t.Errorf("Read(draft.docx).Text holds a footer or deleted text:\n%s", got.Text)
			}
			if diff := cmp.Diff(factValues(t, want), factValues(t, got)); diff != "" {
				t.Errorf("facts of the Word draft differ from the text's (-text +docx):\n%s", diff)
			}
			if tracked := len(got.Warnings) == 1 && got.Warnings[0].Message == ErrTrackedChanges.Error(); tracked != tt.tracked {
				t.Errorf("Read(draft.docx).Warnings = %v, want the tracked-changes warning: %v", got.Warnings, tt.tracked)
			}
		})
	}
}

func TestReadWordBad(t *testing.T) {
	var good bytes.Buffer
	(&docx.File{Blocks: []docx.Block{{Kind: docx.Para, Lines: [][]docx.Run{{{Text: "Case Number: CM16-0229336"}}}}}}).WriteTo(&good)
	protected := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1024)...)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"protected", protected, docx.ErrProtected},
		{"corrupt", good.Bytes()[:good.Len()-40], docx.ErrCorrupt},
		{"empty", zipParts(t, map[string]string{"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>`}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Read("draft.docx", tt.data, Options{})
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != "draft.docx" {
				t.Fatalf("Read(draft.docx) = %v, %v; want an InputError naming draft.docx", l, err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Read(draft.docx) error = %v, want %v", err, tt.want)
			}
		})
	}
}
