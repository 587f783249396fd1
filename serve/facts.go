package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// fact is one value of the letter's JSON that has a span.
type fact struct {
	Kind  string // date, age, sex, diagnosis, service, count, outcome, guideline, ...
	Path  string // where it is in the JSON: "items[0].service"
	Span  extract.Span
	Page  int
	Value string
	Extra []string // its other fields: "concept: mri", "icd10: M54.5"
	// OCR is the lowest OCR confidence of the fact's words, 0 to 100;
	// -1 where OCR read none of them.
	OCR float64
}

// doubtfulOCR is the OCR confidence below which a fact is marked for a
// person to read again: tesseract's words below about 60 are often
// misread.
const doubtfulOCR = 60

// doubtful reports whether OCR read the fact with a confidence that
// asks for a second look.
func (f *fact) doubtful() bool { return f.OCR >= 0 && f.OCR < doubtfulOCR }

// tree is the letter's JSON decoded generically.
type tree = map[string]any

// letterTree decodes the letter's JSON without its text.
func letterTree(l *extract.Letter) (tree, error) {
	c := *l
	c.Text = ""
	data, err := json.Marshal(&c)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var t tree
	err = dec.Decode(&t)
	return t, err
}

// kindRules name the kind of a fact by the nearest key of its path that
// a rule knows; "" marks a fact that is not highlighted (the item line,
// whose span the service has; whole guideline paragraphs).
var kindRules = map[string]string{
	"dates": "date", "injury_dates": "date",
	"age": "age", "sex": "sex",
	"diagnoses": "diagnosis",
	"service":   "service", "header": "",
	"quantity": "count", "quantities": "count", "judged": "count", "partial": "count",
	"outcome": "outcome", "conclusion": "outcome",
	"citations": "guideline", "claims_administrator": "", "maximus": "",
	"case_number": "case", "priority": "case",
	"licensure": "reviewer", "specialty": "reviewer",
	"mentions": "mention",
}

// collectFacts walks the tree and returns every fact, in text order.
func collectFacts(t tree) []fact {
	var out []fact
	walk(nil, t, &out)
	slices.SortStableFunc(out, func(a, b fact) int { return a.Span.Start - b.Span.Start })
	return out
}

func walk(path []string, v any, out *[]fact) {
	switch v := v.(type) {
	case map[string]any:
		if f, ok := asFact(path, v); ok {
			*out = append(*out, f)
		}
		for _, k := range sortedKeys(v) {
			walk(append(path, k), v[k], out)
		}
	case []any:
		for i, e := range v {
			walk(append(path, fmt.Sprintf("[%d]", i)), e, out)
		}
	}
}

// asFact reads an object with a value and a span as a fact.
func asFact(path []string, m map[string]any) (fact, bool) {
	start, ok1 := number(m["start"])
	end, ok2 := number(m["end"])
	_, hasValue := m["value"]
	if !ok1 || !ok2 || !hasValue || end <= start {
		return fact{}, false
	}
	page, _ := number(m["page"])
	f := fact{Kind: kindOf(path, m), Path: pathString(path), Span: extract.Span{Start: start, End: end},
		Page: page, Value: scalar(m["value"]), OCR: -1}
	if c, ok := m["ocr_confidence"].(json.Number); ok {
		if v, err := c.Float64(); err == nil {
			f.OCR = v
		}
	}
	for _, k := range sortedKeys(m) {
		switch k {
		case "value", "text", "start", "end", "page", "kind", "ocr_confidence":
			continue
		}
		if s := scalar(m[k]); s != "" && s != "[]" && s != "null" {
			f.Extra = append(f.Extra, k+": "+s)
		}
	}
	return f, true
}

// kindOf names a fact's kind: the kind field a fact may state itself
// (a mention of a body part or a side), else the nearest rule of its
// path, else "other".
func kindOf(path []string, m map[string]any) string {
	if k, ok := m["kind"].(string); ok && k != "" {
		return cssWord(k)
	}
	for i := len(path) - 1; i >= 0; i-- {
		if k, ok := kindRules[path[i]]; ok {
			return k
		}
	}
	return "other"
}

var notWord = regexp.MustCompile(`[^a-z0-9]+`)

// cssWord makes a kind usable as a class name: "body_part" is "body-part".
func cssWord(s string) string {
	return strings.Trim(notWord.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

func pathString(path []string) string {
	var b strings.Builder
	for _, p := range path {
		if !strings.HasPrefix(p, "[") && b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

func number(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	return int(i), err == nil
}

// scalar writes a value for people: strings as they are, numbers as
// written, lists joined with "; ", objects as "key value" pairs joined
// with ", " (an ICD-10 code with its title: "code M54.5, title Low back
// pain").
func scalar(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return fmt.Sprint(v)
	case []any:
		var parts []string
		for _, e := range v {
			parts = append(parts, scalar(e))
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		var parts []string
		for _, k := range sortedKeys(v) {
			if s := scalar(v[k]); s != "" {
				parts = append(parts, k+" "+s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprint(v)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// lookup follows a path of keys and indexes ("items", 0, "rationale").
func lookup(v any, path ...any) any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[p]
		case int:
			a, ok := v.([]any)
			if !ok || p < 0 || p >= len(a) {
				return nil
			}
			v = a[p]
		}
	}
	return v
}
