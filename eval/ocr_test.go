package eval

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestOCRScans scores ten real letters made into image-only PDFs (each
// page rasterized in grey at 200 dpi, as a scanner gives them) and read
// by OCR. scripts/bench-ocr.sh scores all of them, and a noisy skewed
// set.
func TestOCRScans(t *testing.T) {
	testenv.Tool(t, "tesseract", "tesseract-ocr")
	pdftoppm := testenv.Tool(t, "pdftoppm", "poppler-utils")
	dir := testenv.RealLetters(t)
	pdfs, _ := filepath.Glob(filepath.Join(dir, "pdf", "*.pdf"))
	sort.Strings(pdfs)
	if len(pdfs) < 10 {
		t.Fatalf("%d PDFs in %s, want at least 10", len(pdfs), dir)
	}
	out := t.TempDir()
	var scans []string
	for _, p := range pdfs[:10] {
		scans = append(scans, scan(t, pdftoppm, p, out, 200))
	}
	gold := goldIn(t, dir)
	s, unmatched, errs := Files(scans, gold, extract.Options{})
	if len(errs) > 0 || len(unmatched) > 0 {
		t.Fatalf("errors %v, unmatched %v", errs, unmatched)
	}
	confidence(t, scans[0])
	t.Logf("OCR of 10 scans at 200 dpi: overall %.4f", s.Overall())
	if v := s.Overall(); v < 0.95 {
		t.Errorf("overall %.4f, want >= 0.95", v)
	}
	for _, name := range []string{"case_number", "date_assigned", "date_of_injury", "decision_date", "ur_denial_date", "application_received", "outcome", "item_count"} {
		if v := s.Fields[name].Value(); v < 0.97 {
			t.Errorf("%s %.4f, want >= 0.97", name, v)
		}
	}
}

// confidence checks that OCR facts carry a confidence and text facts none.
func confidence(t *testing.T, scan string) {
	t.Helper()
	l, err := extract.ReadFile(scan, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if l.CaseNumber == nil {
		t.Fatalf("%s: no case number", scan)
	}
	if len(l.Warnings) > 0 {
		t.Errorf("%s: every page was read by OCR, yet warnings %v", scan, l.Warnings)
	}
	if c, ok := l.OCRConfidence(l.CaseNumber.Span); !ok || c <= 0 || c > 100 {
		t.Errorf("%s: OCRConfidence(case number) = %v, %v; want a confidence in (0, 100]", scan, c, ok)
	}
	if f := l.CaseNumber.OCRConfidence; f == nil || *f <= 0 || *f > 100 {
		t.Errorf("%s: the case number fact's ocr_confidence = %v, want a confidence in (0, 100]", scan, f)
	}
	var out bytes.Buffer
	if err := extract.WriteJSONL(&out, []*extract.Letter{l}); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`"case_number":\{[^}]*"ocr_confidence":\d+(\.\d+)?\}`).Match(out.Bytes()) {
		t.Errorf("%s: the JSON's case number has no ocr_confidence number: %.300s", scan, out.String())
	}
	txt := extract.Parse("letter.txt", l.Text, extract.Options{})
	if c, ok := txt.OCRConfidence(txt.CaseNumber.Span); ok {
		t.Errorf("OCRConfidence of a text letter = %v, want none", c)
	}
	if f := txt.CaseNumber.OCRConfidence; f != nil {
		t.Errorf("a text letter's case number has ocr_confidence %v, want null", *f)
	}
}

func goldIn(t *testing.T, dir string) map[string]*Gold {
	t.Helper()
	gold, err := ReadGold(os.DirFS(filepath.Join(dir, "gold")))
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// scan writes an image-only PDF of a PDF: every page rasterized in grey
// at dpi by pdftoppm, one image per page.
func scan(t *testing.T, pdftoppm, pdf, dir string, dpi int) string {
	t.Helper()
	base := filepath.Base(pdf)
	prefix := filepath.Join(dir, base)
	if out, err := exec.Command(pdftoppm, "-r", fmt.Sprint(dpi), "-gray", "-png", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm %s: %v: %s", pdf, err, out)
	}
	pngs, _ := filepath.Glob(prefix + "-*.png")
	sort.Strings(pngs)
	var pages []*image.Gray
	for _, p := range pngs {
		pages = append(pages, readGray(t, p))
	}
	out := filepath.Join(dir, base)
	if err := os.WriteFile(out, imagePDF(pages, dpi), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func readGray(t *testing.T, path string) *image.Gray {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Bounds(), img, img.Bounds().Min, draw.Src)
	return g
}

// imagePDF writes a PDF whose pages are only grey images, as a scanner
// writes them.
func imagePDF(pages []*image.Gray, dpi int) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(s string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), s)
	}
	b.WriteString("%PDF-1.4\n")
	kids := ""
	for i := range pages {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(pages)))
	for i, g := range pages {
		w, h := g.Bounds().Dx(), g.Bounds().Dy()
		pw, ph := float64(w)*72/float64(dpi), float64(h)*72/float64(dpi)
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>", pw, ph, 5+3*i, 4+3*i))
		content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph)
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write(g.Pix)
		zw.Close()
		obj(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", w, h, z.Len(), z.Bytes()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}
