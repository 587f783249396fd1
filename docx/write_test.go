package docx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func sampleFile() *File {
	return &File{
		Properties: Properties{Title: "IMR CM16-0213037", Identifier: "sha256:abc", Version: "v1.2.3",
			Description: "source: letter.pdf", Created: time.Date(2016, 12, 9, 0, 0, 0, 0, time.UTC)},
		Blocks: []Block{
			{Kind: Heading, Level: 1, Lines: [][]Run{{{Text: "FINAL DETERMINATION"}}}},
			{Kind: Table, Header: true, Rows: [][]Cell{
				{{{Text: "Fact"}}, {{Text: "Value"}}},
				{{{Text: "Case Number:"}}, {{Text: "CM16-0213037 & <x>"}}},
			}},
			{Kind: Heading, Level: 3, Numbered: true, Lines: [][]Run{{{Text: "MRI: Upheld"}}}},
			{Kind: Para, Lines: [][]Run{{{Text: "Decision rationale:", Bold: true}, {Text: " text\twith tab"}}, {{Text: "second line"}}}},
			{Kind: PageBreak},
			{Kind: Para, Lines: [][]Run{{{Text: "next page"}}}},
		},
	}
}

func TestWriteRead(t *testing.T) {
	var buf bytes.Buffer
	if _, err := sampleFile().WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := "FINAL DETERMINATION\n\nFact   Value\n\nCase Number:   CM16-0213037 & <x>\n\nMRI: Upheld\n\n" +
		"Decision rationale: text\twith tab\nsecond line\n\fnext page"
	if diff := cmp.Diff(want, d.Text); diff != "" {
		t.Errorf("written then read (-want +got):\n%s", diff)
	}
	if d.Tracked {
		t.Error("Tracked = true for a document without changes")
	}
}

func TestWriteSameBytes(t *testing.T) {
	var a, b bytes.Buffer
	sampleFile().WriteTo(&a)
	sampleFile().WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same File wrote different bytes")
	}
}

func TestWriteCore(t *testing.T) {
	core := sampleFile().Properties.core()
	for _, want := range []string{"<dc:identifier>sha256:abc</dc:identifier>", "<cp:version>v1.2.3</cp:version>",
		"<dc:creator>imrkit</dc:creator>", ">2016-12-09T00:00:00Z</dcterms:created>"} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s:\n%s", want, core)
		}
	}
}
