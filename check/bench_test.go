package check

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/lexicon"
)

// BenchmarkRealLetters checks the real letters, read once.
func BenchmarkRealLetters(b *testing.B) {
	letters, _ := readReal(b)
	start := testenv.CPUTime()
	for b.Loop() {
		for _, l := range letters {
			Run(l)
		}
	}
	testenv.ReportCPU(b, start)
}

// BenchmarkItems checks a letter of 10 items and one of 100: the time
// per item should stay flat (the checks are linear in the items).
func BenchmarkItems(b *testing.B) {
	a := testenv.ReadArchive(b, filepath.Join("testdata", "fixtures", "quantity.txtar"))
	text := a.Files["letter.txt"]
	cut := strings.Index(text, "MRI of the right knee: Upheld")
	head, items := text[:cut], text[cut:]
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("items=%d", 2*n), func(b *testing.B) {
			l, err := extract.Read("letter.txt", []byte(head+strings.Repeat(items+"\n", n)), extract.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if len(l.Items) != 2*n {
				b.Fatalf("%d items, want %d", len(l.Items), 2*n)
			}
			for b.Loop() {
				Run(l)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(2*n), "ns/item")
		})
	}
}

// BenchmarkRealLettersCold checks the real letters with a lexicon freshly
// loaded for each op, as one run of imr check does: the lexicon's caches
// of words and phrases start empty. One op is all the letters.
func BenchmarkRealLettersCold(b *testing.B) {
	letters, _ := readReal(b)
	start := testenv.CPUTime()
	for b.Loop() {
		b.StopTimer()
		lex, err := lexicon.Load()
		if err != nil {
			b.Fatal(err)
		}
		c := Config{Lexicon: lex}
		b.StartTimer()
		for _, l := range letters {
			c.Run(l)
		}
	}
	testenv.ReportCPU(b, start)
}
