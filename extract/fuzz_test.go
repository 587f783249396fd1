package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead feeds arbitrary bytes to Read, mentions included: no panic,
// and every fact's span lies in the text and holds the fact's text.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"../testdata/letters/seed.txt", "../testdata/letters/CM16-0229336.txt"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	fixtures, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range fixtures {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("X was the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Z is: Upheld\nDecision rationale: the request for 2x6 is not medically necessary."))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Read("fuzz.txt", data, Options{PDFEngine: "go", Mentions: true})
		if err != nil {
			return
		}
		for _, err := range spanErrors(l) {
			t.Fatal(err)
		}
		for off := 0; off <= len(l.NormalizedText()); off += 97 {
			l.Position(off)
		}
	})
}
