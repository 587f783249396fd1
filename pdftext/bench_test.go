package pdftext

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/imrkit/imrkit/internal/testenv"
)

var pdfDir = flag.String("pdfdir", "", "folder of PDFs for TestTimeFolder to read (scripts/bench-pdf.sh)")

// BenchmarkRead reads a few real letters and reports pages per second.
func BenchmarkRead(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(testenv.RealLetters(b), "pdf", "*.pdf"))
	if err != nil || len(files) < 8 {
		b.Fatalf("want 8 real letters: %v", err)
	}
	var data [][]byte
	for _, f := range files[:8] {
		data = append(data, readBytes(b, f))
	}
	pages := 0
	for b.Loop() {
		for _, d := range data {
			doc, err := Read("letter.pdf", d, Options{})
			if err != nil {
				b.Fatal(err)
			}
			pages += len(doc.Pages)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkReadAll reads every real letter as imr's commands do (without
// glyph boxes); one op is all the letters.
func BenchmarkReadAll(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(testenv.RealLetters(b), "pdf", "*.pdf"))
	if err != nil || len(files) == 0 {
		b.Fatalf("want the real letters: %v", err)
	}
	var data [][]byte
	for _, f := range files {
		data = append(data, readBytes(b, f))
	}
	opt := Options{NoBoxes: true}
	cpu := testenv.CPUTime()
	for b.Loop() {
		for _, d := range data {
			if _, err := Read("letter.pdf", d, opt); err != nil {
				b.Fatal(err)
			}
		}
	}
	testenv.ReportCPU(b, cpu)
}

// TestTimeFolder reads every PDF of the folder -pdfdir names, from disk,
// and reports the time; scripts/bench-pdf.sh runs it on one core against
// pdftotext. Without -pdfdir it does nothing.
func TestTimeFolder(t *testing.T) {
	if *pdfDir == "" {
		t.Skip("no -pdfdir: nothing to time")
	}
	files, err := filepath.Glob(filepath.Join(*pdfDir, "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no PDFs in %s: %v", *pdfDir, err)
	}
	start := time.Now()
	pages, failed := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(filepath.Base(f), data, Options{})
		if err != nil {
			failed++
			t.Log(err)
		}
		if doc != nil {
			pages += len(doc.Pages)
		}
	}
	d := time.Since(start)
	t.Logf("go engine: %d files (%d failed), %d pages in %.3f s: %.0f pages/s", len(files), failed, pages, d.Seconds(), float64(pages)/d.Seconds())
}
