package render

import (
	"bytes"
	"sync"
	"testing"
)

// TestPDFConcurrentSameBytes renders letters to PDF on several goroutines
// at once: the fonts parsed once per process are shared, and every PDF
// has the bytes it has when rendered alone.
func TestPDFConcurrentSameBytes(t *testing.T) {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]byte{}
	for _, name := range goldenLetters {
		var buf bytes.Buffer
		if err := r.Letter(&buf, PDF, Entry{Letter: readLetter(t, name)}); err != nil {
			t.Fatal(err)
		}
		want[name] = buf.Bytes()
	}
	var wg sync.WaitGroup
	for range 4 {
		for _, name := range goldenLetters {
			l := readLetter(t, name)
			wg.Go(func() {
				var buf bytes.Buffer
				if err := r.Letter(&buf, PDF, Entry{Letter: l}); err != nil {
					t.Error(err)
					return
				}
				if !bytes.Equal(buf.Bytes(), want[name]) {
					t.Errorf("%s: rendered at once with others, the PDF differs from the one rendered alone", name)
				}
			})
		}
	}
	wg.Wait()
}
