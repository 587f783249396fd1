package testenv

import (
	"os"
	"os/exec"
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
