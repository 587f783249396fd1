// Package testenv locates the test data that lives beside the checkout:
// the shared folder with the seed letter and the real letters. Tests that
// need it call Shared, which skips the test, saying why, when the folder
// is absent (a plain clone has no shared folder; CI has it).
package testenv

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Root returns the repository root: the nearest folder above the working
// directory that holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Shared returns the shared data folder: $IMRKIT_SHARED, else "shared"
// beside the checkout.
func Shared(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("IMRKIT_SHARED")
	if dir == "" {
		dir = filepath.Join(filepath.Dir(Root(t)), "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "realdata")); err != nil {
		t.Skipf("the shared data folder (real letters and gold) is not beside this checkout: %v", err)
	}
	return dir
}

// RealLetters returns the folder of the real letters (pdf/, txt/, gold/).
func RealLetters(t testing.TB) string {
	t.Helper()
	return filepath.Join(Shared(t), "realdata", "dwc-imr-fdl")
}

// Seed returns the path of the seed letter's text.
func Seed(t testing.TB) string {
	t.Helper()
	return filepath.Join(Shared(t), "seeds", "000_0d2c3dba9d7acde4.txt")
}

// RealLettersIfPresent returns the real letters' folder, or "" when the
// shared data is not beside this checkout.
func RealLettersIfPresent() string {
	dir := os.Getenv("IMRKIT_SHARED")
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return ""
		}
		for dir = wd; ; dir = filepath.Dir(dir) {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			if filepath.Dir(dir) == dir {
				return ""
			}
		}
		dir = filepath.Join(filepath.Dir(dir), "shared")
	}
	p := filepath.Join(dir, "realdata", "dwc-imr-fdl")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// ReportCPU reports, as "cpu-ns/op", the CPU time the process used since
// start, per op of the benchmark (0 where unknown). Call it after the loop.
func ReportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(CPUTime()-start)/float64(b.N), "cpu-ns/op")
}

// LetterTexts returns the texts of the bundled letters and of the real
// letters, in that order, sorted within each; it skips the test where the
// shared data is absent and fails where a folder holds no letter.
func LetterTexts(t testing.TB) []string {
	t.Helper()
	var paths []string
	for _, dir := range []string{
		filepath.Join(Root(t), "testdata", "letters"),
		filepath.Join(RealLetters(t), "txt"),
	} {
		ps, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(ps) == 0 {
			t.Fatalf("no letters in %s: %v", dir, err)
		}
		paths = append(paths, ps...)
	}
	return paths
}

// CopyFile copies the file from to the file to, created or truncated
// with the permissions perm (0o755 for a program).
func CopyFile(t testing.TB, from, to string, perm os.FileMode) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, perm); err != nil {
		t.Fatal(err)
	}
}

// FileSum returns the SHA-256 of a file's bytes, so that a test can
// tell that a file did not change.
func FileSum(t testing.TB, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}
