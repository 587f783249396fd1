package render

import (
	"io"
	"testing"
)

// benchmarkLetter renders one letter (a partial certification, one page
// and a half) in a format.
func benchmarkLetter(b *testing.B, format string) {
	l := readLetter(b, "CM16-0229336")
	r, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Letter(io.Discard, format, Entry{Letter: l}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLetterText(b *testing.B)     { benchmarkLetter(b, Text) }
func BenchmarkLetterMarkdown(b *testing.B) { benchmarkLetter(b, Markdown) }
func BenchmarkLetterHTML(b *testing.B)     { benchmarkLetter(b, HTML) }
func BenchmarkLetterPDF(b *testing.B)      { benchmarkLetter(b, PDF) }

// BenchmarkRealLettersPDF renders the 130 real letters and the seed to
// PDF in parallel, as imr render does; one op is the whole set.
func BenchmarkRealLettersPDF(b *testing.B) {
	letters := realLetters(b)
	r, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		parallel(len(letters), func(i int) {
			if err := r.Letter(io.Discard, PDF, Entry{Letter: letters[i]}); err != nil {
				b.Error(err)
			}
		})
	}
}

func BenchmarkReportPDF(b *testing.B) {
	letters := realLetters(b)
	entries := make([]Entry, len(letters))
	for i, l := range letters {
		entries[i] = Entry{Letter: l}
	}
	r, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := r.Report(io.Discard, PDF, entries); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
