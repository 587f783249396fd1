package pdftext

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/hostile"
	"github.com/imrkit/imrkit/internal/testenv"
)

// flipSeed fixes the damage TestFlipped does, so runs compare.
const flipSeed = 16

// TestFlipped damages 200 real letters (a few bytes changed, every fifth
// also cut short) and reads each: it must read in full (word recall of
// at least 0.98 against pdftotext's text of the undamaged letter), or
// come with a warning, or fail with an error. None may lose text in
// silence. pdftotext's own warnings on the same files are counted for
// comparison.
func TestFlipped(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testenv.RealLetters(t), "pdf", "*.pdf"))
	if len(files) == 0 || !popplerInstalled() {
		t.Skip("needs the real letters and pdftotext (the reference text)")
	}
	var full, warned, failed, popplerWarned, behind int
	for i, d := range flipped(t, files, 200) {
		name := fmt.Sprintf("flip-%03d-%s", i, filepath.Base(d.path))
		if *hostileOut != "" {
			os.WriteFile(filepath.Join(*hostileOut, name), d.data, 0o644)
		}
		doc, err := Read(name, d.data, Options{})
		switch outcome(doc, err) {
		case "text":
			full++
			if hit, total := wordRecall(d.want, doc.Text()); float64(hit) < 0.98*float64(total) {
				t.Errorf("%s: read without a warning, but word recall %d/%d against the undamaged letter", name, hit, total)
			}
		case "warning":
			warned++
		case "error":
			failed++
			if leaks(err.Error()) {
				t.Errorf("%s: error %q shows the reader's internals", name, err)
			}
		default:
			t.Errorf("%s: warning error %v without Document.Warnings", name, err)
		}
		ptext, pwarn := popplerRead(t, d.data)
		if pwarn {
			popplerWarned++
		}
		ours := 0.0
		if doc != nil {
			ours = recall(d.want, doc.Text())
		}
		if p := recall(d.want, ptext); p >= 0.98 && ours < 0.98 {
			behind++
			t.Logf("%s: pdftotext recall %.3f, ours %.3f (%v)", name, p, ours, err)
		}
	}
	t.Logf("200 damaged letters: %d read in full, %d with warnings, %d errors; pdftotext warned or failed on %d; "+
		"%d where pdftotext read >= 0.98 of the words and we did not", full, warned, failed, popplerWarned, behind)
}

// damaged is a damaged letter and pdftotext's text of the undamaged one.
type damaged struct {
	path string
	data []byte
	want string
}

// flipped returns n damaged copies of the letters, taken in turn.
func flipped(t *testing.T, files []string, n int) []damaged {
	var out []damaged
	per := (n + len(files) - 1) / len(files)
	for i := 0; len(out) < n; i++ {
		path := files[i%len(files)]
		data := readBytes(t, path)
		want := popplerText(t, path)
		for _, d := range hostile.Flip(data, per, flipSeed+uint64(i)) {
			if len(out) < n {
				out = append(out, damaged{path, d, want})
			}
		}
	}
	return out
}

// popplerText is pdftotext's text of the file at path.
func popplerText(t *testing.T, path string) string {
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// popplerRead returns pdftotext's text of data and whether it failed or
// printed a warning.
func popplerRead(t *testing.T, data []byte) (string, bool) {
	f := filepath.Join(t.TempDir(), "d.pdf")
	os.WriteFile(f, data, 0o644)
	var stdout, stderr strings.Builder
	cmd := exec.Command("pdftotext", "-layout", f, "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), err != nil || stderr.Len() > 0
}

// recall is the share of want's words that got holds.
func recall(want, got string) float64 {
	hit, total := wordRecall(want, got)
	return float64(hit) / float64(max(total, 1))
}
