package render

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
	imrversion "github.com/imrkit/imrkit/version"
)

func TestRoundTripDOCX(t *testing.T) { roundTrip(t, DOCX, readExtract) }

func TestDOCXSameBytes(t *testing.T) {
	letters := realLetters(t)[:3]
	for _, l := range letters {
		var a, b bytes.Buffer
		if err := Letter(&a, DOCX, Entry{Letter: l}, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := Letter(&b, DOCX, Entry{Letter: l}, Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renderings to docx differ", l.Source.Path)
		}
	}
}

// TestRoundTripDOCXPandoc reads every rendered document with Debian's
// pandoc (docx to plain text) and extracts the facts from that text.
func TestRoundTripDOCXPandoc(t *testing.T) {
	pandoc := testenv.Tool(t, "pandoc", "pandoc")
	roundTrip(t, DOCX, func(name string, data []byte) (*extract.Letter, error) {
		cmd := exec.Command(pandoc, "-f", "docx", "-t", "plain", "--wrap=auto")
		cmd.Stdin = bytes.NewReader(data)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("pandoc: %v: %s", err, errb.String())
		}
		return extract.Read(strings.TrimSuffix(name, ".docx")+".txt", out.Bytes(), extract.Options{})
	})
}

// TestDOCXParts checks what Word shows: heading styles, the header
// table, one numbered heading per item, and core properties carrying the
// source, its SHA-256, the imrkit version and SOURCE_DATE_EPOCH.
func TestDOCXParts(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1480000000")
	l := realLetters(t)[1]
	var buf bytes.Buffer
	if err := Letter(&buf, DOCX, Entry{Letter: l}, Options{}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	part := func(name string) string {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(f)
		return string(b)
	}
	doc, core := part("word/document.xml"), part("docProps/core.xml")
	if n := strings.Count(doc, `<w:numId w:val="1"/>`); n != len(l.Items) {
		t.Errorf("%d numbered headings, want one per item (%d)", n, len(l.Items))
	}
	for _, want := range []string{`<w:pStyle w:val="Heading1"/>`, `<w:pStyle w:val="Heading2"/>`, "<w:tbl>", l.CaseNumber.Value} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	for _, want := range []string{l.Source.SHA256, l.Source.Path, "<cp:version>" + imrversion.String() + "</cp:version>", ">2016-11-24T15:06:40Z</dcterms:created>"} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core)
		}
	}
}
