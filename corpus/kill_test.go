package corpus

import (
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestKilledBuild kills a build with SIGKILL at random moments, starts
// it again each time, and wants the database consistent after each kill
// and, at the end, every file stored exactly once.
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
	poll, err := sql.Open("sqlite", dsn(dbPath))
	if err != nil {
		t.Fatal(err)
	}
	defer poll.Close()

	// The first kill lands while the database may still be created; the
	// others once the build has stored a random number more files, and
	// a random moment later, inside a batch or its commit.
	kills, stored := 0, 0
	for round := 0; round < 12 && kills < 6; round++ {
		target := stored + 1 + rng.IntN(len(paths)/10)
		if round == 0 {
			target = 0
		}
		after := time.Duration(rng.IntN(40)) * time.Millisecond
		if killBuild(t, dbPath, src, func() bool { return storedFiles(poll) >= target }, after) {
			kills++
			stored = checkKilled(t, dbPath)
		}
	}
	if kills < 4 {
		t.Fatalf("only %d builds were killed before they ended; the kill test tests nothing", kills)
	}
	if killBuild(t, dbPath, src, func() bool { return false }, 0) {
		t.Fatal("the last build was killed")
	}
	db, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	checkConsistent(t, db.SQL())
	for _, q := range []string{
		"SELECT count(*) FROM files WHERE status = 'ok'",
		"SELECT count(DISTINCT path) FROM files",
		"SELECT count(*) FROM letters",
	} {
		if n := count(t, db.SQL(), q); n != len(paths) {
			t.Errorf("%s = %d, want %d", q, n, len(paths))
		}
	}
}

// storedFiles counts the files stored, 0 before the table exists.
func storedFiles(db *sql.DB) int {
	var n int
	db.QueryRow("SELECT count(*) FROM files").Scan(&n)
	return n
}

// checkKilled wants the database a killed build left consistent before
// any other build touches it, and returns the files stored.
func checkKilled(t *testing.T, dbPath string) int {
	t.Helper()
	db, err := Open(dbPath)
	if err != nil {
		t.Fatalf("Open after a kill: %v", err)
	}
	defer db.Close()
	checkConsistent(t, db.SQL())
	n := count(t, db.SQL(), "SELECT count(*) FROM files")
	t.Logf("killed: %d files stored", n)
	return n
}

// killBuild starts a build of src in a child process and kills it with
// SIGKILL a time after ready() holds; it reports whether the build was
// still running then.
func killBuild(t *testing.T, dbPath, src string, ready func() bool, after time.Duration) bool {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$", src)
	cmd.Env = append(os.Environ(), helperEnv+"="+dbPath)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			return false
		case <-tick.C:
			if !ready() {
				continue
			}
			time.Sleep(after)
			cmd.Process.Kill() // SIGKILL
			return <-done != nil
		}
	}
}
