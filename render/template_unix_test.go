//go:build unix

package render

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestTemplateFIFO checks that a named pipe as a template is refused at
// once: opening it would wait for a writer forever.
func TestTemplateFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "letter.txt.tmpl"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := New(Options{TemplateDir: dir}); done <- err }()
	select {
	case err := <-done:
		checkErr(t, err, "letter.txt.tmpl: not a regular file")
	case <-time.After(5 * time.Second):
		t.Fatal("New with a named pipe as template still waiting after 5 s")
	}
}
