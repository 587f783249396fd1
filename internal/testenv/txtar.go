package testenv

import (
	"os"
	"strings"
	"testing"
)

// Archive is a txtar file: a comment, then named files.
type Archive struct {
	Comment string
	Files   map[string]string
	Order   []string
}

// ReadArchive reads a txtar file: lines "-- name --" start each file.
func ReadArchive(t testing.TB, path string) *Archive {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return ParseArchive(string(data))
}

// ParseArchive parses txtar text.
func ParseArchive(s string) *Archive {
	a := &Archive{Files: map[string]string{}}
	name := ""
	var b strings.Builder
	flush := func() {
		if name == "" {
			a.Comment = b.String()
		} else {
			a.Files[name] = b.String()
			a.Order = append(a.Order, name)
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(s, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			name = strings.TrimSpace(trimmed[3 : len(trimmed)-3])
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// Lookup follows a dotted path ("items.0.quantity.value") through
// decoded JSON.
func Lookup(v any, path string) (any, bool) {
	for _, key := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[key]; !ok {
				return nil, false
			}
		case []any:
			i := 0
			for _, c := range key {
				if c < '0' || c > '9' {
					return nil, false
				}
				i = i*10 + int(c-'0')
			}
			if i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}
