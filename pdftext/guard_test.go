package pdftext

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCheckXrefSizes tries files with numbers too large after each key,
// alone and together, and sound ones.
func TestCheckXrefSizes(t *testing.T) {
	huge := "99999999999"
	tests := []struct {
		name, data, want string // want: the key the error names, "" for none
	}{
		{"sound", "/Size 12 /Index [0 12] xref\n0 12\n/N 3 /Name /Sizes", ""},
		{"size", "/Size " + huge, "/Size"},
		{"index", "/Index [0 5 7 " + huge + "]", "/Index"},
		{"xref", "xref\n0 " + huge, "xref"},
		{"objects", "/N " + huge, "/N "},
		{"size after index", "/Index [" + huge + "] /Size " + huge, "/Size"},
		{"xref before objects", "/N " + huge + " xref " + huge, "xref"},
		{"second count", "/Index [0 1 2 " + huge + "]", "/Index"},
		{"at the end", "/Size", ""},
		{"first only", "/Size 1 " + huge, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkXrefSizes([]byte(tt.data))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("checkXrefSizes(%q) = %v, want nil", tt.data, err)
			case tt.want != "" && (err == nil || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "("+tt.want+" ")):
				t.Errorf("checkXrefSizes(%q) = %v, want an error naming %s", tt.data, err, tt.want)
			}
		})
	}
}

// TestCheckXrefSizesRandom holds checkXrefSizes to one bytes.Index pass
// a key, as it was first written, on random files made of keys, numbers
// and noise.
func TestCheckXrefSizesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	parts := []string{"/Size ", "/Index [", "xref\\n", "/N ", "/", " ", "x", "1 ", "7 ", "99999999999 ", "]", "/Nx", "/Sizexref "}
	for range 2000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		data := []byte(b.String())
		got, want := checkXrefSizes(data), checkXrefSizesByKey(data)
		if (got == nil) != (want == nil) || got != nil && got.Error() != want.Error() {
			t.Fatalf("checkXrefSizes(%q) = %v, want %v", data, got, want)
		}
	}
}

// checkXrefSizesByKey is checkXrefSizes reading data once a key.
func checkXrefSizesByKey(data []byte) error {
	limit := maxObjectNumber(len(data))
	for _, x := range xrefKeys {
		for i := 0; ; {
			j := bytes.Index(data[i:], []byte(x.key))
			if j < 0 {
				break
			}
			i += j + len(x.key)
			if n := largestNumber(data[i:min(len(data), i+200)], x.first); n > limit {
				return causef(ErrDamaged, "cross-reference numbers too large (%s %d)", x.key, n)
			}
		}
	}
	return nil
}
