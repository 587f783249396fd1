package corpus

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestBuildWaitsForWriter checks that a build waits while another
// connection writes the database, even one that commits while the build
// holds a read snapshot (SQLite then gives up at once without the
// busy timeout, unless writes begin IMMEDIATE).
func TestBuildWaitsForWriter(t *testing.T) {
	dir := t.TempDir()
	paths := replicate(t, dir, 3)
	dbPath := filepath.Join(t.TempDir(), "corpus.db")
	db := mustOpen(t, dbPath)
	other := mustOpen(t, dbPath)
	defer other.Close()
	ctx := context.Background()
	conn, err := other.SQL().Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO files (path, sha256, size, status, read_ms, check_ms, stored_at)
		VALUES ('other.txt', '', 0, 'failed', 0, 0, '')`); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(time.Second) // the build reads the files and opens its first batch meanwhile
		conn.ExecContext(ctx, "COMMIT")
	}()
	sum, err := Build(ctx, db, paths, Options{})
	if err != nil {
		t.Fatalf("Build while another connection writes: %v", err)
	}
	if sum.OK != len(paths) {
		t.Errorf("Build = %v, want %d ok", sum, len(paths))
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM files"); n != len(paths)+1 {
		t.Errorf("files = %d, want %d", n, len(paths)+1)
	}
}

// TestConcurrentBuilds runs two builds of different folders into one
// database at once, one in a child process: both finish, and every file
// is stored once.
func TestConcurrentBuilds(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	replicate(t, a, 150)
	for _, p := range replicate(t, b, 300)[:150] {
		os.Remove(p) // b keeps replicas 150 to 299: other content than a's
	}
	dbPath := filepath.Join(t.TempDir(), "corpus.db")
	mustOpen(t, dbPath).Close() // the schema exists before both start
	cmd := exec.Command(os.Args[0], "-test.run=^$", a)
	cmd.Env = append(os.Environ(), helperEnv+"="+dbPath)
	var out bytes.Buffer
	cmd.Stderr = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	db := mustOpen(t, dbPath)
	sum, err := Build(context.Background(), db, []string{b}, Options{Jobs: 2})
	if werr := cmd.Wait(); werr != nil {
		t.Errorf("the other build: %v: %s", werr, out.Bytes())
	}
	if err != nil {
		t.Fatalf("Build beside another build: %v", err)
	}
	if sum.OK != 150 {
		t.Errorf("Build = %v, want 150 ok", sum)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE status = 'ok'"); n != 300 {
		t.Errorf("files stored = %d, want 300", n)
	}
	checkConsistent(t, db.SQL())
}
