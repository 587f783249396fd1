package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// TestBadFiles stores each bad file as failed with its error and goes
// on with the rest.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := replicate(t, dir, 1)[0]
	tests := []struct {
		name    string
		file    string
		data    string // written unless empty
		wantErr string
	}{
		{name: "unreadable: a link to nothing", file: "gone.txt", wantErr: "no such file"},
		{name: "not a letter", file: "note.txt", data: "Dear friend,\nthe weather is fine.\n", wantErr: "not an IMR determination letter"},
		{name: "broken PDF", file: "broken.pdf", data: "%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", wantErr: "pdf"},
		{name: "empty", file: "empty.txt", data: "\n\n", wantErr: "empty"},
		{name: "binary", file: "binary.txt", data: "\x00\x01\x02\x03binary", wantErr: "not text"},
		{name: "over the size limit", file: "huge.txt", data: strings.Repeat("a line\n", 10000), wantErr: "over the input size limit of 64000 bytes"},
	}
	paths := []string{good}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.file)
		if tt.data != "" {
			os.WriteFile(p, []byte(tt.data), 0o644)
		} else {
			os.Symlink(filepath.Join(dir, "nothing"), p)
		}
		paths = append(paths, p)
	}
	db := openTest(t)
	sum := build(t, db, []string{dir}, Options{Extract: extract.Options{MaxBytes: 64000}})
	if sum.OK != 1 || sum.Failed != len(tests) {
		t.Errorf("Build = %v, want 1 ok, %d failed", sum, len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var status, msg string
			err := db.SQL().QueryRow("SELECT status, coalesce(error, '') FROM files WHERE path = ?", paths[i+1]).Scan(&status, &msg)
			if err != nil {
				t.Fatalf("files row of %s: %v", tt.file, err)
			}
			if status != "failed" || !strings.Contains(msg, tt.wantErr) {
				t.Errorf("files row of %s = %s %q, want failed with %q", tt.file, status, msg, tt.wantErr)
			}
		})
	}
	checkConsistent(t, db.SQL())
}

// TestFailFast stops at the first failure with a *FileError, the
// failure stored.
func TestFailFast(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("not a letter at all\n"), 0o644)
	db := openTest(t)
	sum, err := Build(t.Context(), db, append([]string{bad}, replicate(t, dir, 200)...), Options{FailFast: true, Jobs: 1})
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != bad {
		t.Fatalf("Build(--fail-fast) error = %v, want a *FileError for %s", err, bad)
	}
	if sum.Failed != 1 || sum.Done() >= 201 {
		t.Errorf("Build(--fail-fast) = %v, want 1 failed and not every file done", sum)
	}
	if n := count(t, db.SQL(), "SELECT count(*) FROM files WHERE status = 'failed'"); n != 1 {
		t.Errorf("failed files stored = %d, want 1", n)
	}
}

// TestIncremental covers what a second build does with each kind of
// file.
func TestIncremental(t *testing.T) {
	dir := t.TempDir()
	paths := replicate(t, dir, 3)
	db := openTest(t)
	build(t, db, paths, Options{})

	copyPath := filepath.Join(dir, "copy.txt")
	data, _ := os.ReadFile(paths[0])
	os.WriteFile(copyPath, data, 0o644)
	changed, _ := os.ReadFile(paths[1])
	os.WriteFile(paths[1], append(changed, "\nchanged\n"...), 0o644)
	os.WriteFile(paths[2], []byte("no longer a letter\n"), 0o644)

	sum := build(t, db, append(paths, copyPath), Options{})
	want := Summary{Files: 4, OK: 1, Letters: 1, Failed: 1, Skipped: 2}
	sum.Elapsed = 0
	if sum != want {
		t.Errorf("second Build = %+v, want %+v", sum, want)
	}
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"files", "SELECT count(*) FROM files", 4},
		{"failed files", "SELECT count(*) FROM files WHERE status = 'failed'", 1},
		{"letters: the copy shares one, the changed and failed files dropped theirs", "SELECT count(*) FROM letters", 2},
		{"files of the copied letter", "SELECT count(*) FROM files f JOIN letters l USING (sha256) WHERE l.path = ?", 2},
	}
	for _, tt := range tests {
		if got := count(t, db.SQL(), tt.query, sql1(tt.query, paths[0])...); got != tt.want {
			t.Errorf("%s: %s = %d, want %d", tt.name, tt.query, got, tt.want)
		}
	}
	checkConsistent(t, db.SQL())
}

// sql1 passes arg to queries that take one.
func sql1(query string, arg any) []any {
	if strings.Contains(query, "?") {
		return []any{arg}
	}
	return nil
}

// TestCheckPanics stores a letter whose checks panic as failed.
func TestCheckPanics(t *testing.T) {
	db := openTest(t)
	boom := func(*extract.Letter) []check.Finding { panic("boom") }
	sum := build(t, db, replicate(t, t.TempDir(), 2), Options{Check: boom})
	if sum.Failed != 2 {
		t.Errorf("Build with panicking checks = %v, want 2 failed", sum)
	}
	var msg string
	db.SQL().QueryRow("SELECT error FROM files LIMIT 1").Scan(&msg)
	if !strings.Contains(msg, "check: internal error: boom") {
		t.Errorf("error stored = %q, want the panic", msg)
	}
}

// TestChangedLetterSearchable reads a changed file again and finds its
// new text, also when its old passages were the last ones stored.
func TestChangedLetterSearchable(t *testing.T) {
	dir := t.TempDir()
	p := replicate(t, dir, 1)[0]
	db := openTest(t)
	build(t, db, []string{p}, Options{})
	data, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(strings.Replace(string(data), "contemplate", "zanzibar", 1)), 0o644)
	build(t, db, []string{p}, Options{})
	hits, err := db.Search(t.Context(), "zanzibar", 0)
	if err != nil || len(hits) != 1 {
		t.Errorf("Search(zanzibar) after the change = %d hits, %v; want 1", len(hits), err)
	}
	// The letter with the last passages fails, and a new one follows
	// in the same batch.
	os.WriteFile(p, []byte("broken now\n"), 0o644)
	q := filepath.Join(dir, "new.txt")
	os.WriteFile(q, []byte(strings.Replace(string(data), "contemplate", "zebulon", 1)), 0o644)
	build(t, db, []string{p, q}, Options{Jobs: 1})
	hits, err = db.Search(t.Context(), "zebulon", 0)
	if err != nil || len(hits) != 1 {
		t.Errorf("Search(zebulon) after a failed letter = %d hits, %v; want 1", len(hits), err)
	}
	checkConsistent(t, db.SQL())
}
