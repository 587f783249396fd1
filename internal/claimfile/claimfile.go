package claimfile

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/render"
)

// PDF renders each letter text file as a PDF and joins them, in order,
// into one PDF at path, which it returns. It needs qpdf (the test skips,
// saying why, without it).
func PDF(t testing.TB, path string, letters ...string) string {
	t.Helper()
	qpdf := testenv.Tool(t, "qpdf", "qpdf")
	r, err := render.New(render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--empty", "--pages"}
	for _, name := range letters {
		l, err := extract.ReadFile(name, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := r.Letter(&buf, render.PDF, render.Entry{Letter: l}); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), filepath.Base(name)+".pdf")
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	if out, err := exec.Command(qpdf, append(args, "--", path)...).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v: %s", err, out)
	}
	return path
}
