package extract

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

// checkSpans requires every fact of the letter's JSON to satisfy
// 0 <= start <= end <= len(text) and text[start:end] == fact text, and
// the page to be within the letter.
func checkSpans(t testing.TB, l *Letter) {
	t.Helper()
	for _, err := range spanErrors(l) {
		t.Error(err)
	}
}

func spanErrors(l *Letter) []error {
	var doc any
	b, err := json.Marshal(l)
	if err != nil {
		return []error{err}
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return []error{err}
	}
	var errs []error
	text := l.NormalizedText()
	walk(doc, "", func(path string, m map[string]any) {
		start, ok1 := m["start"].(float64)
		end, ok2 := m["end"].(float64)
		if !ok1 || !ok2 {
			return
		}
		s, e := int(start), int(end)
		if s < 0 || s > e || e > len(text) {
			errs = append(errs, fmt.Errorf("%s: span %d-%d outside text of %d bytes", path, s, e, len(text)))
			return
		}
		if page, ok := m["page"].(float64); ok && (page < 1 || int(page) > l.Source.Pages) {
			errs = append(errs, fmt.Errorf("%s: page %v outside 1-%d", path, page, l.Source.Pages))
		}
		if got, ok := m["text"].(string); ok && got != text[s:e] {
			errs = append(errs, fmt.Errorf("%s: text %q, but the span holds %q", path, got, text[s:e]))
		}
	})
	return errs
}

// walk calls fn on every object of decoded JSON.
func walk(v any, path string, fn func(string, map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		fn(path, x)
		for k, c := range x {
			walk(c, path+"."+k, fn)
		}
	case []any:
		for i, c := range x {
			walk(c, fmt.Sprintf("%s.%d", path, i), fn)
		}
	}
}

// TestRealSpans checks the spans of every fact of the real letters, their
// mentions included.
func TestRealSpans(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testenv.RealLetters(t), "txt", "*.txt"))
	for _, f := range files {
		l, err := ReadFile(f, Options{Mentions: true})
		if err != nil {
			t.Errorf("ReadFile(%s): %v", filepath.Base(f), err)
			continue
		}
		for _, err := range spanErrors(l) {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
}

func equal(a, b any) bool { return reflect.DeepEqual(a, b) }

func containsFold(s, sub string) bool { return strings.Contains(strings.ToLower(s), sub) }
