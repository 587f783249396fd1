package inject_test

import (
	"os"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/inject"
)

// FuzzCopies: any text gives copies without panic, each the text with
// exactly its manifest's edits made.
func FuzzCopies(f *testing.F) {
	if data, err := os.ReadFile("testdata/letter.txt"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("MRI of the right knee: Upheld\n\nDecision rationale: the request for MRI of the left knee is not medically necessary."))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := inject.Read("fuzz.txt", data, extract.Options{})
		if err != nil {
			return
		}
		for _, c := range o.Copies(inject.Options{Seed: 1}) {
			for _, bad := range accuracy(o, c) {
				t.Error(bad)
			}
		}
	})
}
