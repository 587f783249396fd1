package pdftext

import (
	"bytes"
	"errors"

	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/imrkit/imrkit/internal/testenv"
)

// realLetter returns a real letter (AES-128 with an empty user password)
// and its path.
func realLetter(t *testing.T) ([]byte, string) {
	path := filepath.Join(testenv.RealLetters(t), "pdf", "CM16-0213037.pdf")
	return readBytes(t, path), path
}

// qpdf runs qpdf on in with args and returns the file it writes.
func qpdf(t *testing.T, in string, args ...string) []byte {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed: the encrypted and restructured variants cannot be made")
	}
	out := filepath.Join(t.TempDir(), "out.pdf")
	args = append(args, in, out)
	if msg, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil && !isQpdfWarning(err) {
		t.Fatalf("qpdf %s: %v: %s", strings.Join(args, " "), err, msg)
	}
	return readBytes(t, out)
}

// isQpdfWarning reports qpdf's exit status 3: done, with warnings.
func isQpdfWarning(err error) bool {
	var ee *exec.ExitError
	return errors.As(err, &ee) && ee.ExitCode() == 3
}

// TestVariants reads variants of a real letter made by qpdf: those the
// Go engine reads give the same text as the letter, the others their
// clear error.
func TestVariants(t *testing.T) {
	data, path := realLetter(t)
	orig, err := Read("letter.pdf", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		password string
		want     error // nil: the same text as the letter
	}{
		{name: "decrypted", args: []string{"--decrypt"}},
		{name: "object streams", args: []string{"--object-streams=generate"}},
		{name: "no object streams", args: []string{"--object-streams=disable"}},
		{name: "linearized", args: []string{"--linearize"}},
		{name: "pdf 2.0 header", args: []string{"--force-version=2.0"}},
		{name: "rc4 128-bit", args: []string{"--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--"}},
		{name: "aes-128 user password", args: []string{"--encrypt", "secret", "owner", "128", "--use-aes=y", "--"}, want: ErrPassword},
		{name: "aes-128 user password given", args: []string{"--encrypt", "secret", "owner", "128", "--use-aes=y", "--"}, password: "secret"},
		{name: "aes-128 wrong password", args: []string{"--encrypt", "secret", "owner", "128", "--use-aes=y", "--"}, password: "guess", want: ErrPassword},
		{name: "aes-256", args: []string{"--encrypt", "", "owner", "256", "--"}},
		{name: "aes-256 user password given", args: []string{"--encrypt", "secret", "owner", "256", "--"}, password: "secret"},
		{name: "aes-256 owner password given", args: []string{"--encrypt", "secret", "owner", "256", "--"}, password: "owner"},
		{name: "aes-256 wrong password", args: []string{"--encrypt", "secret", "owner", "256", "--"}, password: "guess", want: ErrPassword},
		{name: "aes-256 r5", args: []string{"--allow-weak-crypto", "--encrypt", "", "owner", "256", "--force-R5", "--"}},
		{name: "rc4 40-bit", args: []string{"--allow-weak-crypto", "--encrypt", "", "owner", "40", "--"}},
		{name: "rc4 crypt filter", args: []string{"--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--force-V4", "--"}, want: ErrEncryption},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			variant := qpdf(t, path, tt.args...)
			doc, err := Read("variant.pdf", variant, Options{Password: tt.password})
			checkRead(t, doc, err, tt.want, orig.Text())
		})
	}
}

// checkRead checks a Read gave want, or the text wantText when want is
// nil.
func checkRead(t *testing.T, doc *Document, err, want error, wantText string) {
	t.Helper()
	if want != nil {
		var e *Error
		if !errors.Is(err, want) || !errors.As(err, &e) || e.Path == "" {
			t.Fatalf("Read: error %v, want an *Error wrapping %v", err, want)
		}
		if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), e.Path+": ") {
			t.Errorf("Read: error %q is not one line starting with the file name", err)
		}
		return
	}
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if doc.Text() != wantText {
		t.Errorf("Read: text differs from the letter's:\n%.300s", doc.Text())
	}
}

// TestAutoFallsBack reads a letter encrypted with RC4 through a crypt
// filter, which the Go engine cannot decrypt, with the auto engine:
// pdftotext reads it.
func TestAutoFallsBack(t *testing.T) {
	_, path := realLetter(t)
	if !popplerInstalled() {
		t.Skip("pdftotext is not installed: the auto engine has nothing to fall back to")
	}
	variant := qpdf(t, path, "--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--force-V4", "--")
	doc, err := Read("rc4v4.pdf", variant, Options{Engine: "auto"})
	if err != nil {
		t.Fatalf("Read(auto): %v", err)
	}
	if !strings.Contains(doc.Text(), "CM16-0213037") || len(doc.Pages) != 2 {
		t.Errorf("Read(auto): %d pages, text %.200q", len(doc.Pages), doc.Text())
	}
	if page, _, ok := doc.Locate(len(doc.Text()) - 2); !ok || page != 2 {
		t.Errorf("Locate(last line) = page %d, %v; want page 2", page, ok)
	}
}

// TestPdftotextEngine reads a letter with pdftotext and checks the text is
// poppler's.
func TestPdftotextEngine(t *testing.T) {
	data, path := realLetter(t)
	if !popplerInstalled() {
		t.Skip("pdftotext is not installed")
	}
	doc, err := Read("letter.pdf", data, Options{Engine: "pdftotext"})
	if err != nil {
		t.Fatal(err)
	}
	want := readFile(t, filepath.Join(filepath.Dir(filepath.Dir(path)), "txt", "CM16-0213037.txt"))
	if doc.Text() != want {
		t.Errorf("Read(pdftotext) differs from pdftotext -layout's text:\n%.300s", doc.Text())
	}
}

// TestBadFiles reads damaged and odd files made in Go: each gives its
// error, never a panic; those whose cross-reference table is rebuilt give
// their text too.
func TestBadFiles(t *testing.T) {
	hello := fixtures["hello.pdf"]
	helloText := "Hello, world.\n\nCase Number:    CM16-0213037\n\f"
	tests := []struct {
		name string
		data []byte
		want error
		text string // the text read along with the error
	}{
		{name: "empty", data: nil, want: ErrNotPDF},
		{name: "text", data: []byte("Case Number: CM16-0213037\n"), want: ErrNotPDF},
		{name: "html", data: []byte("<html><body>%PD F-1.4</body></html>"), want: ErrNotPDF},
		{name: "header only", data: []byte("%PDF-1.4\n"), want: ErrDamaged},
		{name: "truncated", data: hello[:len(hello)/2], want: ErrDamaged},
		{name: "truncated in the trailer", data: hello[:len(hello)-7], want: ErrDamaged, text: helloText},
		{name: "startxref wrong", data: replaceLast(hello, "startxref\n", "startxref\n1"), want: ErrDamaged, text: helloText},
		{name: "xref garbled", data: bytes.Replace(hello, []byte("xref\n0 "), []byte("xref\nX "), 1), want: ErrDamaged, text: helloText},
		{name: "no xref, no trailer", data: hello[:bytes.Index(hello, []byte("xref"))], want: ErrDamaged, text: helloText},
		{name: "no root", data: bytes.Replace(hello, []byte("/Root 1 0 R"), []byte("/Root 9 0 R"), 1), want: ErrDamaged},
		{name: "image only", data: imagePage(), want: ErrNoText},
		{name: "page loop", data: pageLoop(), want: ErrDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.name+".pdf", tt.data, Options{})
			checkRead(t, doc, err, tt.want, "")
			switch {
			case tt.text != "" && (doc == nil || doc.Text() != tt.text):
				t.Errorf("Read: document %v, want the text %q", doc, tt.text)
			case tt.text == "" && doc != nil && tt.want != ErrNoText:
				t.Errorf("Read: a document with error %v", err)
			}
		})
	}
}

// replaceLast replaces the last old in data with repl.
func replaceLast(data []byte, old, repl string) []byte {
	i := bytes.LastIndex(data, []byte(old))
	return append(append(append([]byte{}, data[:i]...), repl...), data[i+len(old):]...)
}

// imagePage is a one-page scan: an image and no text.
func imagePage() []byte {
	return onePage("<< /XObject << /Im0 5 0 R >> >>", "q 612 0 0 792 0 0 cm /Im0 Do Q",
		streamObj("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80"))
}

// pageLoop is a page tree whose node lists itself as its kid.
func pageLoop() []byte {
	return pdfFile("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 1 >>")
}

// TestSomePagesScanned reads a file whose second page is an image: the
// text of the first comes back with an error naming the second.
func TestSomePagesScanned(t *testing.T) {
	data := pdfFile(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 612 792] >>",
		"<< /Type /Page /Parent 2 0 R /Resources "+helvetica+" /Contents 4 0 R >>",
		streamObj("", "BT /F1 12 Tf 72 720 Td (Page one) Tj ET"),
		"<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im0 6 0 R >> >> /Contents 7 0 R >>",
		streamObj("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80"),
		streamObj("", "q 612 0 0 792 0 0 cm /Im0 Do Q"),
	)
	doc, err := Read("mixed.pdf", data, Options{})
	var e *Error
	if !errors.Is(err, ErrNoText) || !errors.As(err, &e) || e.Page != 2 {
		t.Fatalf("Read: error %v, want ErrNoText on page 2", err)
	}
	if want := "mixed.pdf: page 2: no text layer: scanned pages need OCR (pages 2)"; err.Error() != want {
		t.Errorf("Read: error %q, want %q", err, want)
	}
	if doc == nil || doc.Text() != "Page one\n\f\f" {
		t.Errorf("Read: document %v, want the text of page 1", doc)
	}
}

// TestLimits reads a letter with tight bounds: each gives ErrLimit.
func TestLimits(t *testing.T) {
	data := readBytes(t, filepath.Join("..", "testdata", "letters", "seed.pdf"))
	tests := []struct {
		name string
		opt  Options
	}{
		{name: "pages", opt: Options{MaxPages: 1}},
		{name: "operators", opt: Options{MaxOps: 100}},
		{name: "bytes", opt: Options{MaxBytes: 1000}},
		{name: "time", opt: Options{Timeout: time.Nanosecond}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("seed.pdf", data, tt.opt)
			if !errors.Is(err, ErrLimit) {
				t.Errorf("Read(%+v): %v, want ErrLimit", tt.opt, err)
			}
		})
	}
}

// TestNoPoppler asks for the pdftotext engine with no pdftotext on the
// PATH.
func TestNoPoppler(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Read("hello.pdf", fixtures["hello.pdf"], Options{Engine: "pdftotext"})
	if !errors.Is(err, ErrNoPoppler) {
		t.Errorf("Read(pdftotext) without pdftotext: %v, want ErrNoPoppler", err)
	}
}

// TestRepairLetter breaks the startxref of a real letter (still
// encrypted) written without object streams: the rebuilt table gives the
// letter's text, with an error saying it was rebuilt.
func TestRepairLetter(t *testing.T) {
	data, path := realLetter(t)
	orig, err := Read("letter.pdf", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	plain := qpdf(t, path, "--object-streams=disable")
	broken := replaceLast(plain, "startxref\n", "startxref\n9")
	doc, err := Read("broken.pdf", broken, Options{})
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "rebuilt") {
		t.Errorf("Read: error %v, want a damaged pdf whose table was rebuilt", err)
	}
	if doc == nil || doc.Text() != orig.Text() {
		t.Errorf("Read: the rebuilt file's text differs from the letter's")
	}
}
