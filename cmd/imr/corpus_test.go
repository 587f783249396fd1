package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// letters copies the repository's sample letters into a new folder,
// with extra files named by the map, and returns the folder.
func letters(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	srcs, _ := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "letters", "CM*.txt"))
	for _, s := range srcs {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(s)), data, 0o644)
	}
	for name, data := range extra {
		os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644)
	}
	return dir
}

func runImr(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCorpusBuildExit(t *testing.T) {
	bad := map[string]string{"bad.txt": "not a letter\n"}
	tests := []struct {
		name     string
		dir      string
		flags    []string
		wantCode int
		wantOut  string
	}{
		{name: "good and bad files", dir: letters(t, bad), wantCode: 2, wantOut: "3 ok, 1 failed"},
		{name: "fail fast", dir: letters(t, bad), flags: []string{"--fail-fast", "-j", "1"}, wantCode: 1, wantOut: "1 failed"},
		{name: "only bad files", dir: t.TempDir(), wantCode: 1, wantOut: "0 ok, 2 failed"},
		{name: "missing folder", dir: filepath.Join(t.TempDir(), "nothing"), wantCode: 2},
		{name: "a missing folder beside a good one", dir: letters(t, nil), flags: []string{filepath.Join(t.TempDir(), "nothing")}, wantCode: 2, wantOut: "3 ok"},
	}
	os.WriteFile(filepath.Join(tests[2].dir, "a.txt"), []byte("x\n"), 0o644)
	os.WriteFile(filepath.Join(tests[2].dir, "b.pdf"), []byte("%PDF-1.4 broken"), 0o644)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "c.db")
			args := append(append([]string{"corpus", "build", "--db", db}, tt.flags...), tt.dir)
			code, out, errs := runImr("", args...)
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) {
				t.Errorf("imr %s = %d, %q (stderr %q); want %d, %q", strings.Join(args, " "), code, out, errs, tt.wantCode, tt.wantOut)
			}
			if _, err := os.Stat(db); (err == nil) != (code != 2 || tt.wantOut != "") {
				t.Errorf("imr %s: database made: %v, want %v", strings.Join(args, " "), err == nil, code != 2)
			}
		})
	}
}

func TestCorpusCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, errs := runImr("", "corpus", "build", "--db", db, letters(t, nil)); code != 0 {
		t.Fatalf("build: %d %s", code, errs)
	}
	out := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
	}{
		{name: "stats", args: []string{"stats"}, wantOut: "letters  3"},
		{name: "stats json", args: []string{"stats", "--format", "json"}, wantOut: `"letters": 3`},
		{name: "search", args: []string{"search", "red", "flag"}, wantOut: "rationale"},
		{name: "bad query", args: []string{"search", `"unclosed`}, wantCode: 2},
		{name: "export", args: []string{"export", "--to", "csv", "--out", out}, wantOut: "items.csv\t7 rows"},
		{name: "unknown format", args: []string{"export", "--to", "xml", "--out", out}, wantCode: 2},
		{name: "no corpus", args: []string{"stats", "--db", filepath.Join(out, "none.db")}, wantCode: 2},
		{name: "report", args: []string{"report", "--to", "md"}, wantOut: "CM16-0213037"},
		{name: "report pdf", args: []string{"report", "--pdf", "--out", filepath.Join(out, "r.pdf")}},
		{name: "report format", args: []string{"report", "--to", "docx"}, wantCode: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"corpus", tt.args[0], "--db", db}, tt.args[1:]...)
			code, stdout, errs := runImr("", args...)
			if code != tt.wantCode || !strings.Contains(stdout, tt.wantOut) {
				t.Errorf("imr %s = %d, %q (stderr %q); want %d, %q", strings.Join(args, " "), code, stdout, errs, tt.wantCode, tt.wantOut)
			}
		})
	}
	if data, err := os.ReadFile(filepath.Join(out, "r.pdf")); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("imr corpus report --pdf wrote no PDF: %v", err)
	}
}

// TestExtractStdinPaths reads the paths on standard input and keeps the
// files of one shard.
func TestExtractStdinPaths(t *testing.T) {
	dir := letters(t, nil)
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	list := strings.Join(paths, "\n") + "\n"
	total := 0
	for _, shard := range []string{"0/2", "1/2"} {
		code, out, errs := runImr(list, "extract", "--format", "jsonl", "--no-text", "--shard", shard)
		if code != 0 {
			t.Fatalf("extract --shard %s: %d %s", shard, code, errs)
		}
		total += strings.Count(out, "\n")
	}
	if total != len(paths) {
		t.Errorf("extract of the two shards wrote %d lines, want %d", total, len(paths))
	}
	code, out, _ := runImr(list, "extract", "--format", "csv")
	if code != 0 || strings.Count(out, "\n") != 1+7 {
		t.Errorf("extract --format csv < paths = %d, %d lines; want 0, 8", code, strings.Count(out, "\n"))
	}
}
