package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Tool returns the path of an external program a test needs. When it is
// missing the test skips, naming the Debian package that installs it;
// under CI=true it fails instead, so that CI never passes without
// running the test.
func Tool(t testing.TB, name, debianPackage string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed (CI=true): apt-get install %s", name, debianPackage)
	}
	t.Skipf("%s is not installed: apt-get install %s (scripts/test.sh does)", name, debianPackage)
	return ""
}

// Hanging puts first on the PATH a program of the given name that never
// ends (it sleeps for 30 s), for tests of time limits and cancelling.
func Hanging(t *testing.T, name string) {
	t.Helper()
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\nexec sleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// SeedPDF returns the bundled seed letter's PDF (testdata/letters).
func SeedPDF(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(Root(t), "testdata", "letters", "seed.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
