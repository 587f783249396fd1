package corpus

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestKilledBuild kills a build with SIGKILL at random moments, starts
// it again each time, and then wants every file stored exactly once,
// no letter without all its rows, and an intact database.
func TestKilledBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills builds")
	}
	src := t.TempDir()
	paths := replicate(t, src, 1200)
	dbPath := filepath.Join(t.TempDir(), "corpus.db")
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("seed %d", seed)

	killed := 0
	for round := 0; round < 8; round++ {
		delay := time.Duration(rng.IntN(150)) * time.Millisecond
		if killBuild(t, dbPath, src, delay) {
			killed++
		}
	}
	if killed < 3 {
		t.Fatalf("only %d of 8 builds were killed before they ended; the kill test tests nothing", killed)
	}
	if killBuild(t, dbPath, src, time.Minute) {
		t.Fatal("the last build was killed")
	}
	db, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkConsistent(t, db.SQL())
	if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE status = 'ok'"); n != len(paths) {
		t.Errorf("files stored ok = %d, want %d", n, len(paths))
	}
	if n := count(t, db.SQL(), "SELECT count(DISTINCT path) FROM files"); n != len(paths) {
		t.Errorf("distinct paths = %d, want %d", n, len(paths))
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM letters"); n != len(paths) {
		t.Errorf("letters = %d, want %d", n, len(paths))
	}
}

// killBuild starts a build of src in a child process and kills it after
// delay; it reports whether the build was still running then.
func killBuild(t *testing.T, dbPath, src string, delay time.Duration) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$", src)
	cmd.Env = append(os.Environ(), helperEnv+"="+dbPath)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("build: %v", err)
		}
		return false
	case <-time.After(delay):
		cmd.Process.Kill() // SIGKILL
		<-done
		t.Logf("killed after %v", delay)
		return true
	}
}
