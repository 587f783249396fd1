package corpus

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// readOnlyEnv makes the test binary read a database with OpenReadOnly
// and exit: TestReadOnlyDatabase runs it as another user when the tests
// run as root, whom file permissions do not stop.
const readOnlyEnv = "IMRKIT_CORPUS_READONLY_DB"

// readEverything opens the database read-only and searches, counts and
// exports it into out.
func readEverything(path, out string) error {
	ctx := context.Background()
	d, err := OpenReadOnly(path)
	if err != nil {
		return err
	}
	defer d.Close()
	hits, err := d.Search(ctx, "contemplate", 0)
	if err == nil && len(hits) == 0 {
		err = fmt.Errorf("search: no hits")
	}
	if err != nil {
		return err
	}
	if _, err := d.Stats(ctx); err != nil {
		return err
	}
	_, err = d.Export(ctx, out, "jsonl")
	return err
}

// TestReadOnlyDatabase searches, counts and exports a database in a
// read-only folder, the file itself read-only, as a user who may not
// write either, and checks that the file did not change.
func TestReadOnlyDatabase(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "corpus.db")
	db := mustOpen(t, dbPath)
	build(t, db, replicate(t, t.TempDir(), 3), Options{})
	db.Close()
	before := testenv.FileSum(t, dbPath)
	out := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), filepath.Dir(out), out} {
		os.Chmod(d, 0o777)
	}
	os.Chmod(dbPath, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if os.Geteuid() != 0 {
		if err := readEverything(dbPath, out); err != nil {
			t.Fatalf("read-only database: %v", err)
		}
	} else {
		readAsNobody(t, dbPath, out)
	}
	if testenv.FileSum(t, dbPath) != before {
		t.Error("reading changed the database file")
	}
	if n := count(t, mustOpenRO(t, dbPath).SQL(), "SELECT count(*) FROM letters"); n != 3 {
		t.Errorf("letters = %d, want 3", n)
	}
}

// readAsNobody runs readEverything in a copy of the test binary as the
// user nobody (uid 65534).
func readAsNobody(t *testing.T, dbPath, out string) {
	t.Helper()
	bin := filepath.Join(out, "corpus.test")
	testenv.CopyFile(t, os.Args[0], bin, 0o755)
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), readOnlyEnv+"="+dbPath, "IMRKIT_CORPUS_READONLY_OUT="+filepath.Join(out, "export"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("read-only database, as nobody: %v: %s", err, b)
	}
}

func mustOpenRO(t *testing.T, path string) *DB {
	t.Helper()
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// TestOpenReadOnly checks that a read-only database refuses writes,
// and that a missing one is an error and not created.
func TestOpenReadOnly(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "corpus.db")
	mustOpen(t, dbPath).Close()
	d := mustOpenRO(t, dbPath)
	if _, err := d.SQL().Exec("DELETE FROM files"); err == nil {
		t.Error("a write on a read-only database succeeded")
	}
	if _, err := Build(context.Background(), d, []string{t.TempDir()}, Options{}); err == nil {
		t.Error("Build on a read-only database succeeded")
	}
	missing := filepath.Join(t.TempDir(), "missing.db")
	if _, err := OpenReadOnly(missing); err == nil {
		t.Error("OpenReadOnly(missing) = no error")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("OpenReadOnly(missing) created the file")
	}
}

func ExampleOpenReadOnly() {
	dir, _ := os.MkdirTemp("", "corpus")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "corpus.db")
	if db, err := Open(path); err == nil { // a build creates it
		db.Close()
	}
	db, err := OpenReadOnly(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	_, err = db.SQL().Exec("DELETE FROM files")
	fmt.Println("write refused:", err != nil)
	// Output: write refused: true
}
