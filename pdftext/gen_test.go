package pdftext

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the fixtures under testdata/pdf")

// fixtures are the small PDFs under testdata/pdf, made by pdfFile.
var fixtures = map[string][]byte{
	"hello.pdf": onePage(helvetica, "BT /F1 12 Tf 72 720 Td (Hello, world.) Tj 0 -28 Td (Case Number:) Tj 120 0 Td (CM16-0213037) Tj ET"),
}

// TestFixtures checks the committed fixtures are what pdfFile makes;
// go test -update rewrites them.
func TestFixtures(t *testing.T) {
	for name, data := range fixtures {
		path := filepath.Join("..", "testdata", "pdf", name)
		if *update {
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -update makes it)", err)
		}
		if string(got) != string(data) {
			t.Errorf("%s differs from what the test makes; go test -update rewrites it", path)
		}
	}
}
