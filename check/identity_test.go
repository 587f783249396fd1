package check

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestOutputIdentity records, per letter, the SHA-256 of check's JSON
// and text output and of extract's JSON line without and with mentions,
// over the real letters and the bundled ones. It guards work on speed:
// a change that only makes the checks faster leaves every line as it
// is. A change to what a check decides changes the lines on purpose:
// review the letters named and run go test -update.
func TestOutputIdentity(t *testing.T) {
	paths := testenv.LetterTexts(t)
	var b strings.Builder
	for _, p := range paths {
		b.WriteString(outputHashes(t, p))
	}
	testenv.Golden(t, filepath.Join("testdata", "golden", "identity.txt"), []byte(b.String()), *update)
}

// outputHashes returns the line of one letter: its base name and the
// four hashes.
func outputHashes(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	var sums []string
	for _, mentions := range []bool{false, true} {
		l, err := extract.Read(name, data, extract.Options{Mentions: mentions})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var out bytes.Buffer
		if err := extract.WriteJSONL(&out, []*extract.Letter{l}); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sums = append(sums, sum(out.Bytes()))
		if mentions {
			continue
		}
		var c Config
		rs := []Report{c.Report(l)}
		var j, x bytes.Buffer
		if err := WriteJSON(&j, rs); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if err := WriteText(&x, rs); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sums = append(sums, sum(j.Bytes()), sum(x.Bytes()))
	}
	// name, check JSON, check text, extract, extract with mentions
	return fmt.Sprintf("%s %s %s %s %s\n", name, sums[1], sums[2], sums[0], sums[3])
}

// sum is the first 16 hex digits of a SHA-256: enough to tell outputs
// apart, short enough to read.
func sum(b []byte) string {
	h := sha256.Sum256(b)
	return fmt.Sprintf("%x", h[:8])
}
