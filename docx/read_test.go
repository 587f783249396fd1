package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pkg zips parts into a .docx; document.xml gets the w namespace around
// body.
func pkg(t testing.TB, body string, extra map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := map[string]string{"word/document.xml": wrap(body)}
	for k, v := range extra {
		parts[k] = v
	}
	for _, name := range []string{"[Content_Types].xml", "word/document.xml", "word/header1.xml", "word/footer1.xml"} {
		v, ok := parts[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(v))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func wrap(body string) string {
	return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
		body + `</w:body></w:document>`
}

func TestRead(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		want    string
		tracked bool
		pages   []int
	}{
		{
			name: "tracked changes",
			body: `<w:p><w:r><w:t>The request for </w:t></w:r><w:del w:id="1" w:author="QA"><w:r><w:delText>12</w:delText></w:r></w:del>` +
				`<w:ins w:id="2" w:author="QA"><w:r><w:t>14</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> sessions is </w:t></w:r>` +
				`<w:moveFrom><w:r><w:t>not </w:t></w:r></w:moveFrom><w:r><w:t>medically necessary.</w:t></w:r></w:p>`,
			want:    "The request for 14 sessions is medically necessary.",
			tracked: true,
			pages:   []int{1},
		},
		{
			name: "header table",
			body: `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>` +
				`<w:tr><w:tc><w:p><w:r><w:t>Case Number:</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>CM16-0213037</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>` +
				`<w:tr><w:tc><w:p><w:r><w:t>Date Assigned:</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>11/09/2016</w:t></w:r></w:p></w:tc>` +
				`<w:tc><w:p><w:r><w:t>Date of Injury:</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
				`<w:p><w:r><w:t>HOW THE IMR FINAL DETERMINATION WAS MADE</w:t></w:r></w:p>`,
			want:  "Case Number:   CM16-0213037\n\nDate Assigned:   11/09/2016   Date of Injury:\n\nHOW THE IMR FINAL DETERMINATION WAS MADE",
			pages: []int{1, 1, 1},
		},
		{
			name: "breaks and fields",
			body: `<w:p><w:r><w:t>one</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t></w:r></w:p>` +
				`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \@ "MM/dd/yyyy" </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12/09/2016</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
				`<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>` +
				`<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>third</w:t><w:lastRenderedPageBreak/><w:t>fourth</w:t></w:r></w:p>` +
				`<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>box</w:t></mc:Choice><mc:Fallback><w:t>box</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			want:  "one\ttwo\nthree\n\n12/09/2016\n\f2\n\fthird\n\ffourth\n\nbox",
			pages: []int{1, 1, 2, 3, 4},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(pkg(t, tt.body, nil))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, d.Text); diff != "" {
				t.Errorf("Read(%s).Text (-want +got):\n%s", tt.name, diff)
			}
			if d.Tracked != tt.tracked {
				t.Errorf("Read(%s).Tracked = %v, want %v", tt.name, d.Tracked, tt.tracked)
			}
			var pages []int
			for _, p := range d.Paragraphs {
				pages = append(pages, p.Page)
				if p.Start < 0 || p.End > len(d.Text) || p.Start > p.End {
					t.Errorf("paragraph %+v outside the text (%d bytes)", p, len(d.Text))
				}
			}
			if diff := cmp.Diff(tt.pages, pages); diff != "" {
				t.Errorf("Read(%s) paragraph pages (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

func TestReadFurniture(t *testing.T) {
	hdr := `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>MAXIMUS Federal Services</w:t></w:r></w:p></w:hdr>`
	d, err := Read(pkg(t, `<w:p><w:r><w:t>body</w:t></w:r></w:p>`, map[string]string{"word/header1.xml": hdr}))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "body" {
		t.Errorf("Text = %q, want the body only", d.Text)
	}
	if diff := cmp.Diff([]string{"MAXIMUS Federal Services"}, d.Furniture); diff != "" {
		t.Errorf("Furniture (-want +got):\n%s", diff)
	}
}

func TestReadBad(t *testing.T) {
	good := pkg(t, `<w:p><w:r><w:t>text</w:t></w:r></w:p>`, nil)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"protected", append(append([]byte{}, oleMagic...), make([]byte, 512)...), ErrProtected},
		{"truncated", good[:len(good)/2], ErrCorrupt},
		{"not a zip", []byte("PK\x03\x04 garbage"), ErrCorrupt},
		{"bad xml", pkg(t, `<w:p><w:r><w:t>text</w:r></w:p>`, nil), ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read(%s) = %v, %v; want error %v", tt.name, d, err, tt.want)
			}
		})
	}
}

func TestNoDocumentPart(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("xl/workbook.xml")
	w.Write([]byte("<workbook/>"))
	zw.Close()
	_, err := Read(buf.Bytes())
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Read(a spreadsheet) error = %v, want ErrCorrupt", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(pkg(f, `<w:p><w:r><w:t>a</w:t><w:br w:type="page"/></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`, nil))
	f.Add([]byte(wrap(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`)))
	f.Add([]byte(`<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>in</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`))
	f.Add([]byte(`<w:p><w:r><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/><w:fldChar w:fldCharType="end"/></w:r><w:pPr><w:sectPr/></w:pPr></w:p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, in := range [][]byte{data, pkg(t, string(data), nil)} {
			d, err := Read(in)
			if err != nil {
				continue
			}
			for _, p := range d.Paragraphs {
				if p.Start < 0 || p.Start > p.End || p.End > len(d.Text) || p.Page < 1 {
					t.Fatalf("paragraph %+v outside the text (%d bytes)", p, len(d.Text))
				}
			}
		}
	})
}
