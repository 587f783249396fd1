//go:build unix

package extract

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFiles checks that a named pipe or a device named *.txt is
// refused at once, not read forever: a pipe with no writer would block
// the open, and /dev/zero would fill memory.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, "zero.txt")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		wantErr string
	}{
		{name: "named pipe", path: fifo, wantErr: "fifo.txt: not a regular file (a named pipe)"},
		{name: "link to /dev/zero", path: zero, wantErr: "zero.txt: not a regular file (a device)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := ReadFile(tt.path, Options{}); done <- err }()
			select {
			case err := <-done:
				checkInputErr(t, tt.path, err, tt.wantErr)
			case <-time.After(5 * time.Second):
				t.Fatalf("ReadFile(%s) still reading after 5 s", tt.path)
			}
		})
	}
}
