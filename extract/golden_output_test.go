package extract

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenOutput is where the digests of the letters' JSON lines are kept.
const goldenOutput = "testdata/golden-output.sha256"

// TestOutputUnchanged keeps extraction's output byte for byte: the
// SHA-256 of each letter's JSON line (text kept), read plainly and with
// its mentions, for the bundled letters and, when the shared data is
// beside the checkout, the real letters' texts and PDFs. A change of
// output shows as the files whose digest moved; review it and run
// go test -update. Without the shared data only the bundled letters'
// lines are compared.
func TestOutputUnchanged(t *testing.T) {
	sets := map[string]string{"letters": "../testdata/letters"}
	real := testenv.RealLettersIfPresent()
	if real != "" {
		sets["txt"], sets["pdf"] = filepath.Join(real, "txt"), filepath.Join(real, "pdf")
	}
	var got []string
	for _, set := range []string{"letters", "txt", "pdf"} {
		dir, ok := sets[set]
		if !ok {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no letters (%v)", dir, err)
		}
		for _, f := range files {
			for _, mentions := range []bool{false, true} {
				got = append(got, outputDigest(t, set, f, Options{Mentions: mentions}))
			}
		}
	}
	if *update {
		testenv.Golden(t, goldenOutput, []byte(strings.Join(got, "")), true)
		return
	}
	want := readDigests(t)
	if real == "" {
		t.Logf("the shared data is absent: only the bundled letters are compared")
	}
	for _, line := range got {
		key := line[strings.IndexByte(line, ' ')+2:]
		if w, ok := want[key]; !ok || w != line {
			t.Errorf("output changed: %s", key)
		}
	}
	if real != "" && len(got) != len(want) {
		t.Errorf("%d outputs, the golden file has %d", len(got), len(want))
	}
}

// outputDigest extracts one file and returns "digest  set/name[+mentions]\n".
func outputDigest(t *testing.T, set, path string, opt Options) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	l, err := Read(filepath.Base(path), data, opt)
	if err != nil {
		fmt.Fprintf(&out, "error: %v\n", err)
	} else {
		l.Source.Imrkit = "" // the version, which is no output of extraction
		if err := WriteJSONL(&out, []*Letter{l}); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	key := set + "/" + filepath.Base(path)
	if opt.Mentions {
		key += "+mentions"
	}
	return fmt.Sprintf("%x  %s\n", sha256.Sum256(out.Bytes()), key)
}

// readDigests reads the golden file into a map from a line's key to the
// line.
func readDigests(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile(goldenOutput)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	want := map[string]string{}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if i := strings.Index(line, "  "); i > 0 {
			want[line[i+2:]] = line
		}
	}
	return want
}
