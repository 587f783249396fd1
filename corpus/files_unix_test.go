//go:build unix

package corpus

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestSpecialFilesBuild checks that a named pipe and a link to a device
// named like letters are stored as failed at once, without blocking or
// filling memory, and the letter beside them is stored.
func TestSpecialFilesBuild(t *testing.T) {
	dir := t.TempDir()
	replicate(t, dir, 1)
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	db := openTest(t)
	sum := build(t, db, []string{dir}, Options{})
	if sum.OK != 1 || sum.Failed != 2 {
		t.Errorf("Build = %v, want 1 ok, 2 failed", sum)
	}
	want := map[string]string{"fifo.txt": "not a regular file (a named pipe)", "zero.txt": "not a regular file (a device)"}
	for name, msg := range want {
		if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE path = ? AND status = 'failed' AND error LIKE ?",
			filepath.Join(dir, name), "%"+msg+"%"); n != 1 {
			t.Errorf("files row of %s: want failed with %q", name, msg)
		}
	}
}
