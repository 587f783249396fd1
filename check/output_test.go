package check

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden files of the output tests")

// goldenLetters are the letters of the repository whose findings the
// golden files hold: the seed letter and a real letter.
var goldenLetters = []string{"seed.txt", "CM17-0016311.txt"}

// goldenReports checks the golden letters, naming each file by its base
// name so that the output does not depend on where the test runs.
func goldenReports(t *testing.T) []Report {
	t.Helper()
	var rs []Report
	for _, name := range goldenLetters {
		l, err := extract.ReadFile(filepath.Join(testenv.Root(t), "testdata", "letters", name), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		l.Source.Path = name
		var c Config
		rs = append(rs, c.Report(l))
	}
	return rs
}

var testTool = Tool{Name: "imr check", Version: "test", InformationURI: "https://github.com/imrkit/imrkit"}

func TestWriteGolden(t *testing.T) {
	rs := goldenReports(t)
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"findings.txt", func(b *bytes.Buffer) error { return WriteText(b, rs) }},
		{"findings.json", func(b *bytes.Buffer) error { return WriteJSON(b, rs) }},
		{"findings.sarif", func(b *bytes.Buffer) error { return WriteSARIF(b, rs, testTool) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			testenv.Golden(t, filepath.Join("testdata", "golden", tc.name), b.Bytes(), *update)
		})
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, nil); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "[]\n" {
		t.Errorf("WriteJSON(nil) = %q, want %q", got, "[]\n")
	}
}

func TestReadJSONRoundTrip(t *testing.T) {
	rs := goldenReports(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, rs); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Records(rs), got); diff != "" {
		t.Errorf("ReadJSON(WriteJSON(reports)) differs (-want +got):\n%s", diff)
	}
}

// TestSARIFSchema validates the SARIF output against the SARIF 2.1.0
// JSON schema, formats asserted.
func TestSARIFSchema(t *testing.T) {
	schema := sarifSchemaFor(t)
	for _, tc := range []struct {
		name    string
		reports []Report
	}{
		{"findings", goldenReports(t)},
		{"no findings", nil},
		{"absolute path", []Report{{File: filepath.Join(string(filepath.Separator), "letters", "a letter.txt"), Findings: goldenReports(t)[0].Findings}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteSARIF(&b, tc.reports, testTool); err != nil {
				t.Fatal(err)
			}
			doc, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("SARIF output does not validate: %v", err)
			}
		})
	}
}

func sarifSchemaFor(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}
