package render

import (
	"os"
	"testing"
)

// TestMain fixes the render time, as SOURCE_DATE_EPOCH does for a
// reproducible build, so that the tests compare bytes: 2000-01-01.
func TestMain(m *testing.M) {
	os.Setenv("SOURCE_DATE_EPOCH", "946684800")
	os.Exit(m.Run())
}
