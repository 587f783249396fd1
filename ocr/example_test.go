package ocr_test

import (
	"context"
	"fmt"
	"os"

	"github.com/imrkit/imrkit/ocr"
)

// Reading a scanned letter needs tesseract and pdftoppm installed, so this
// example is compiled but not run.
func Example() {
	data, err := os.ReadFile("scan.pdf")
	if err != nil {
		fmt.Println(err)
		return
	}
	pages, err := ocr.ReadPDF(context.Background(), data, nil, ocr.Options{Jobs: 2})
	if err != nil {
		fmt.Println(err) // names the Debian package when an engine is missing
		return
	}
	for _, p := range pages {
		for _, w := range p.Words {
			fmt.Printf("page %d %q at %.0f,%.0f confidence %.0f\n", p.Number, w.Text, w.Box.X0, w.Box.Y0, w.Conf)
		}
	}
}
