package pdftext

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// headerRow is a row of the page 1 header table of the real letters,
// label and value of both columns on one line.
var headerRow = regexp.MustCompile(`Date Assigned:\s+\d\d/\d\d/\d{4}\s+Date of Injury:\s+\d\d/\d\d/\d{4}`)

// wordRecall counts the words of want (whitespace-separated, as a
// multiset) that got holds too.
func wordRecall(want, got string) (hit, total int) {
	have := make(map[string]int)
	for _, w := range strings.Fields(got) {
		have[w]++
	}
	for _, w := range strings.Fields(want) {
		total++
		if have[w] > 0 {
			have[w]--
			hit++
		}
	}
	return hit, total
}

// TestRealLetters reads the 130 real letters and holds their text to
// pdftotext -layout's: every case number whole, the same pages, the
// header table's rows on one line, and word recall of at least 0.998.
func TestRealLetters(t *testing.T) {
	dir := testenv.RealLetters(t)
	files, err := filepath.Glob(filepath.Join(dir, "pdf", "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no real letters in %s: %v", dir, err)
	}
	hit, total := 0, 0
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		want := readFile(t, filepath.Join(dir, "txt", name+".txt"))
		got := checkLetter(t, name, path, want)
		h, n := wordRecall(want, got)
		hit, total = hit+h, total+n
	}
	recall := float64(hit) / float64(total)
	t.Logf("word recall %.5f (%d of %d words of pdftotext -layout) over %d letters", recall, hit, total, len(files))
	if recall < 0.998 {
		t.Errorf("word recall %.5f, want >= 0.998", recall)
	}
}

// checkLetter reads one letter, checks what holds for each, and returns
// its text.
func checkLetter(t *testing.T, name, path, want string) string {
	t.Helper()
	doc, err := Read(filepath.Base(path), readBytes(t, path), Options{})
	if err != nil {
		t.Errorf("Read(%s): %v", name, err)
		return ""
	}
	text := doc.Text()
	if !strings.Contains(text, name) {
		t.Errorf("Read(%s).Text() lacks the case number %s", name, name)
	}
	if got, w := strings.Count(text, "\f"), strings.Count(want, "\f"); got != w || len(doc.Pages) != w {
		t.Errorf("Read(%s): %d form feeds and %d pages, want %d", name, got, len(doc.Pages), w)
	}
	if !headerRow.MatchString(pageText(doc.Pages[0])) {
		t.Errorf("Read(%s): page 1 has no line matching %s", name, headerRow)
	}
	checkLocate(t, name, doc, strings.Index(text, name))
	return text
}

// checkLocate checks the case number's first character is on page 1 in a
// box on the page.
func checkLocate(t *testing.T, name string, doc *Document, off int) {
	t.Helper()
	page, box, ok := doc.Locate(off)
	p := doc.Pages[0]
	if !ok || page != 1 || box.X0 >= box.X1 || box.Y0 >= box.Y1 || box.X0 < 0 || box.X1 > p.Width || box.Y1 > p.Height {
		t.Errorf("Read(%s).Locate(%d) = %d, %+v, %v; want page 1 and a box on the page", name, off, page, box, ok)
	}
}

func pageText(p Page) string {
	var b strings.Builder
	for _, l := range p.Lines {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

func readBytes(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readFile(t testing.TB, path string) string { return string(readBytes(t, path)) }

// TestSeedLetter reads the seed letter as LibreOffice prints it (a
// subset TrueType font with a ToUnicode CMap) and holds it to the text it
// was made from.
func TestSeedLetter(t *testing.T) {
	want := readFile(t, filepath.Join("..", "testdata", "letters", "seed.txt"))
	doc, err := Read("seed.pdf", readBytes(t, filepath.Join("..", "testdata", "letters", "seed.pdf")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	hit, total := wordRecall(want, doc.Text())
	recall := float64(hit) / float64(total)
	t.Logf("seed letter word recall %.5f (%d of %d)", recall, hit, total)
	if recall < 0.998 {
		t.Errorf("seed letter word recall %.5f, want >= 0.998", recall)
	}
	item := "Cognitive behavioral therapy sessions QTY: 14.00: Upheld"
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if strings.Join(strings.Fields(l.Text), " ") == item {
				return
			}
		}
	}
	t.Errorf("no line of the seed letter reads %q", item)
}

// TestConcurrentReads reads letters from several goroutines at once (run
// with -race to check the package shares nothing unsafely).
func TestConcurrentReads(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testenv.RealLetters(t), "pdf", "*.pdf"))
	if len(files) < 8 {
		t.Fatalf("want 8 real letters, have %d", len(files))
	}
	want, data := make([]string, 8), make([][]byte, 8)
	for i, f := range files[:8] {
		data[i] = readBytes(t, f)
		doc, err := Read(f, data[i], Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = doc.Text()
	}
	errs := make(chan error, 8)
	for i, f := range files[:8] {
		go func() {
			doc, err := Read(f, data[i], Options{})
			if err == nil && doc.Text() != want[i] {
				err = fmt.Errorf("%s: text differs when read concurrently", f)
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
