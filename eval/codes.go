package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// CodeKey is the ICD-10-CM answer key of one letter: a code for each of
// its gold diagnosis phrases, in order, with the alternatives a coder
// could defend.
type CodeKey struct {
	CaseNumber string         `json:"case_number"`
	Diagnoses  []KeyDiagnosis `json:"diagnoses"`
}

// KeyDiagnosis is one coded phrase of a CodeKey.
type KeyDiagnosis struct {
	Text         string   `json:"text"`
	Code         string   `json:"code"`
	Category     string   `json:"category"`
	Alternatives []string `json:"alternatives"`
	Codable      bool     `json:"codable"`
	Note         string   `json:"note,omitempty"`
}

// ReadCodeKeys reads every *.json answer key of a folder, keyed by file
// name without extension (the case number).
func ReadCodeKeys(fsys fs.FS) (map[string]*CodeKey, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	out := map[string]*CodeKey{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		var k CodeKey
		if err := dec.Decode(&k); err != nil {
			return nil, jsonError(name, data, err)
		}
		out[strings.TrimSuffix(path.Base(name), ".json")] = &k
	}
	return out, nil
}

// CodeScore counts how many keyed phrases got a right code: Code where
// the code is the key's or one of its alternatives, Category where its
// first three characters are one of theirs, Primary where it is the
// key's first choice. A keyed phrase extraction did not find counts as
// wrong; Coded counts the phrases that got a code at all.
type CodeScore struct {
	Phrases, Coded, Code, Category, Primary int
	Misses                                  []Miss
}

// Compare scores the codes of a letter's diagnoses against its key,
// pairing phrases by their lenient text.
func (c *CodeScore) Compare(name string, k *CodeKey, l *extract.Letter) {
	have := map[string][]*extract.ICD10CM{}
	for _, d := range l.Diagnoses {
		have[norm(d.Text)] = append(have[norm(d.Text)], d.ICD10CM)
	}
	for _, kd := range k.Diagnoses {
		var got *extract.ICD10CM
		if list := have[norm(kd.Text)]; len(list) > 0 {
			got, have[norm(kd.Text)] = list[0], list[1:]
		}
		c.Add(name, kd, got)
	}
}

// Add scores one keyed phrase's code (nil: no code, or no phrase).
func (c *CodeScore) Add(name string, kd KeyDiagnosis, got *extract.ICD10CM) {
	c.Phrases++
	code := ""
	if got != nil {
		code = strings.ToUpper(strings.ReplaceAll(got.Code, " ", ""))
		c.Coded++
	}
	if !kd.Codable {
		if code == "" {
			c.Code, c.Category, c.Primary = c.Code+1, c.Category+1, c.Primary+1
		}
		return
	}
	right, cat := code == kd.Code, len(code) >= 3 && code[:3] == kd.Category
	for _, a := range kd.Alternatives {
		right = right || code == a
		cat = cat || len(code) >= 3 && len(a) >= 3 && code[:3] == a[:3]
	}
	c.Primary += count(code == kd.Code)
	c.Code += count(right)
	c.Category += count(cat)
	if !right {
		c.Misses = append(c.Misses, Miss{Letter: name, Field: "icd10cm", Item: -1,
			Want: fmt.Sprintf("%s %q", kd.Code, kd.Text), Got: code})
	}
}

func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CodeRate is the share of keyed phrases with a right code;
// CategoryRate with a right category.
func (c *CodeScore) CodeRate() float64     { return ratio(c.Code, c.Phrases) }
func (c *CodeScore) CategoryRate() float64 { return ratio(c.Category, c.Phrases) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report writes the figures and, when misses is true, every wrong code.
func (c *CodeScore) Report(w io.Writer, misses bool) {
	fmt.Fprintf(w, "icd10cm: %d phrases, %d coded; code %.4f (%d), category %.4f (%d), first choice %.4f\n",
		c.Phrases, c.Coded, c.CodeRate(), c.Code, c.CategoryRate(), c.Category, ratio(c.Primary, c.Phrases))
	if misses {
		for _, m := range c.Misses {
			fmt.Fprintf(w, "miss icd10cm %s: want %s, got %s\n", m.Letter, m.Want, m.Got)
		}
	}
}
