package check

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// TestSeed checks the seed letter, as text and as PDF: the item line's
// 14 sessions against the rationale's 12, the summary's opening sentence
// written twice, and no other error.
func TestSeed(t *testing.T) {
	for _, name := range []string{"seed.txt", "seed.pdf"} {
		t.Run(name, func(t *testing.T) {
			l, err := extract.ReadFile(filepath.Join(testenv.Root(t), "testdata", "letters", name), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			fs := Run(l)
			q := only(t, fs, CodeQuantity)
			if !strings.Contains(q.Message, "14") || !strings.Contains(q.Message, "12") || q.Item != 0 {
				t.Errorf("quantity-mismatch = %q on item %d, want 14 vs 12 on item 0", q.Message, q.Item)
			}
			dup := only(t, fs, CodeDuplicate)
			if !strings.HasPrefix(dup.Evidence[1].Text, "The expert reviewer developed the following clinical case summary") {
				t.Errorf("duplicate-text evidence = %q, want the summary's opening sentence", dup.Evidence[1].Text)
			}
			for _, f := range fs {
				if f.Severity == Error && f.Code != CodeQuantity {
					t.Errorf("unexpected error %s: %s", f.Code, f.Message)
				}
			}
		})
	}
}

// only returns the one finding of a code.
func only(t *testing.T, fs []Finding, code string) Finding {
	t.Helper()
	var out []Finding
	for _, f := range fs {
		if f.Code == code {
			out = append(out, f)
		}
	}
	if len(out) != 1 {
		t.Fatalf("%d findings of %s, want 1: %+v", len(out), code, out)
	}
	return out[0]
}

// TestFixtures checks the letters of testdata/fixtures/*.txtar: a note,
// the letter (-- letter.txt --) and its findings as imr check prints
// them (-- findings --). go test -update rewrites the findings.
func TestFixtures(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "fixtures", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			a := testenv.ReadArchive(t, path)
			got := fixtureFindings(t, a.Files["letter.txt"])
			if *update {
				a.Files["findings"] = got
				writeArchive(t, path, a)
				return
			}
			if diff := cmp.Diff(a.Files["findings"], got); diff != "" {
				t.Errorf("findings differ (-want +got):\n%s", diff)
			}
		})
	}
}

// fixtureFindings checks a letter's text and prints its findings.
func fixtureFindings(t *testing.T, text string) string {
	t.Helper()
	l, err := extract.Read("letter.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var c Config
	var b bytes.Buffer
	if err := WriteText(&b, []Report{c.Report(l)}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// writeArchive writes a txtar file back.
func writeArchive(t *testing.T, path string, a *testenv.Archive) {
	t.Helper()
	var b strings.Builder
	b.WriteString(a.Comment)
	for _, name := range a.Order {
		b.WriteString("-- " + name + " --\n")
		b.WriteString(a.Files[name])
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
