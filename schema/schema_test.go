package schema_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/schema"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestLettersValidate validates the JSON of the bundled and real letters
// against the schema.
func TestLettersValidate(t *testing.T) {
	sch := compile(t)
	files, _ := filepath.Glob("../testdata/letters/*.txt")
	if dir := testenv.RealLettersIfPresent(); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
		files = append(files, more...)
	}
	for _, f := range files {
		for _, opt := range []extract.Options{{}, {Mentions: true}} {
			l, err := extract.ReadFile(f, opt)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(decode(t, l)); err != nil {
				t.Errorf("%s (mentions %v): %v", filepath.Base(f), opt.Mentions, err)
			}
		}
	}
}

// TestSchemaRejects makes sure the schema is not vacuous.
func TestSchemaRejects(t *testing.T) {
	sch := compile(t)
	l, err := extract.ReadFile("../testdata/letters/seed.txt", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := decode(t, l).(map[string]any)
	doc["items"].([]any)[0].(map[string]any)["outcome"].(map[string]any)["value"] = "maybe"
	doc["extra"] = true
	if err := sch.Validate(doc); err == nil {
		t.Error("a letter with outcome \"maybe\" and an extra key validated")
	}
}

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.LetterV1))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("letter.v1.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("letter.v1.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func decode(t *testing.T, l *extract.Letter) any {
	t.Helper()
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}
