package corpus

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// workerEnv makes the test binary a worker process (ServeWorker) whose
// checks misbehave on letters that ask them to (misbehavingCheck).
const workerEnv = "IMRKIT_CORPUS_WORKER"

// misbehavingCheck is fakeCheck, except on a letter whose text holds
// CRASH-WORKER (the process dies as the Go runtime does on a fatal
// error), HANG-WORKER (it never returns) or HOG-WORKER (it allocates
// 8 GiB, more than the worker's address space allows).
func misbehavingCheck(l *extract.Letter) []check.Finding {
	switch {
	case strings.Contains(l.Text, "CRASH-WORKER"):
		fmt.Fprintln(os.Stderr, "fatal error: simulated")
		os.Exit(3)
	case strings.Contains(l.Text, "HANG-WORKER"):
		time.Sleep(time.Hour)
	case strings.Contains(l.Text, "HOG-WORKER"):
		hog = make([]byte, 8<<30)
	}
	return fakeCheck(l)
}

var hog []byte

// workerCommand starts the test binary as a worker.
func workerCommand() *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), workerEnv+"=1")
	return cmd
}

// TestIsolatedBuild builds letters in worker processes: a worker that
// dies, hangs or runs out of memory costs its file, stored as failed
// with the cause, and the other files are stored as a build in one
// process stores them.
func TestIsolatedBuild(t *testing.T) {
	dir := t.TempDir()
	good := replicate(t, dir, 6)
	data, err := os.ReadFile(good[0])
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]string{
		"crash.txt":  "worker process died: exit status 3: fatal error: simulated",
		"hang.txt":   "worker process killed: no result after 3s",
		"hog.txt":    "worker process died: exit status 2: fatal error: out of memory",
		"broken.pdf": "pdf",
	}
	for name := range bad {
		marker := strings.ToUpper(strings.TrimSuffix(name, ".txt")) + "-WORKER\n"
		if name == "broken.pdf" {
			os.WriteFile(filepath.Join(dir, name), []byte("%PDF-1.4\nbroken"), 0o644)
			continue
		}
		os.WriteFile(filepath.Join(dir, name), append(append([]byte{}, data...), marker...), 0o644)
	}
	db := openTest(t)
	iso := &Isolation{Command: workerCommand, Timeout: 3 * time.Second}
	sum := build(t, db, []string{dir}, Options{Jobs: 2, Isolate: iso})
	if sum.OK != len(good) || sum.Failed != len(bad) {
		t.Errorf("Build = %v, want %d ok, %d failed", sum, len(good), len(bad))
	}
	for name, want := range bad {
		var msg string
		db.SQL().QueryRow("SELECT coalesce(error, '') FROM files WHERE path = ?", filepath.Join(dir, name)).Scan(&msg)
		if !strings.Contains(msg, want) {
			t.Errorf("files row of %s: error %q, want %q", name, msg, want)
		}
	}
	here := openTest(t)
	build(t, here, good, Options{Check: fakeCheck})
	for _, q := range []string{"SELECT group_concat(json, '') FROM (SELECT json FROM letters ORDER BY sha256)",
		"SELECT group_concat(code || message, '') FROM (SELECT code, message FROM findings ORDER BY 1, 2)",
		"SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'contemplate'"} {
		var a, b string
		db.SQL().QueryRow(q).Scan(&a)
		here.SQL().QueryRow(q).Scan(&b)
		if a != b || a == "" {
			t.Errorf("%s: isolated build and in-process build differ (%d and %d bytes)", q, len(a), len(b))
		}
	}
	checkConsistent(t, db.SQL())
}

// TestTailBufferCause checks that the line saying why a worker died is
// kept when the goroutine stacks after it are longer than the lines
// kept, and when it comes in pieces or without a line break.
func TestTailBufferCause(t *testing.T) {
	stacks := strings.Repeat("goroutine 7 [chan receive]:\n\tcreated by a reader\n", 400)
	for _, tc := range []struct {
		name   string
		writes []string
		want   string
	}{
		{"stacks after the cause", []string{"fatal error: out of memory\n", stacks}, "fatal error: out of memory"},
		{"cause in pieces", []string{"fatal err", "or: out of memory\n" + stacks}, "fatal error: out of memory"},
		{"panic", []string{"starting\npanic: boom\n", stacks}, "panic: boom"},
		{"no line break", []string{"panic: boom"}, "panic: boom"},
		{"no cause", []string{"one\ntwo\n"}, "two"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b tailBuffer
			for _, w := range tc.writes {
				b.Write([]byte(w))
			}
			if got := b.last(); got != tc.want {
				t.Errorf("last() = %q, want %q", got, tc.want)
			}
		})
	}
}
