package docx_test

import (
	"bytes"
	"fmt"

	"github.com/imrkit/imrkit/docx"
)

func Example() {
	f := &docx.File{Blocks: []docx.Block{
		{Kind: docx.Heading, Level: 1, Lines: [][]docx.Run{{{Text: "CLINICAL CASE SUMMARY"}}}},
		{Kind: docx.Table, Rows: [][]docx.Cell{{{{Text: "Case Number:"}}, {{Text: "CM16-0213037"}}}}},
	}}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		panic(err)
	}
	d, err := docx.Read(buf.Bytes())
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", d.Text)
	// Output: "CLINICAL CASE SUMMARY\n\nCase Number:   CM16-0213037"
}
