package pdftext_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/imrkit/imrkit/pdftext"
)

func Example() {
	data, err := os.ReadFile("../testdata/pdf/hello.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := pdftext.Read("hello.pdf", data, pdftext.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := doc.Text()
	fmt.Printf("%q\n", text)
	off := strings.Index(text, "CM16")
	page, box, _ := doc.Locate(off)
	fmt.Printf("page %d, box %.0f %.0f %.0f %.0f\n", page, box.X0, box.Y0, box.X1, box.Y1)
	// Output:
	// "Hello, world.\n\nCase Number:    CM16-0213037\n\f"
	// page 1, box 192 689 201 703
}

func ExampleIsPDF() {
	fmt.Println(pdftext.IsPDF([]byte("%PDF-1.7\n")), pdftext.IsPDF([]byte("hello")))
	// Output: true false
}

func ExampleRead_errors() {
	_, err := pdftext.Read("notes.txt", []byte("plain text"), pdftext.Options{})
	fmt.Println(err)
	// Output: notes.txt: not a pdf
}
