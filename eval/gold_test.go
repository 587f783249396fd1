package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"unknown key", "{\n  \"case_number\": \"CM16-0000001\",\n  \"colour\": \"red\"\n}\n", "x.json:3:"},
		{"syntax", "{\n  \"age\": 48,,\n}\n", "x.json:2:"},
		{"type", "{\n  \"age\": \"forty\"\n}\n", "x.json:2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(fstest.MapFS{"x.json": {Data: []byte(tt.data)}})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("ReadGold(%s) error = %v, want it to start with %q", tt.name, err, tt.want)
			}
		})
	}
}

func TestReadGold(t *testing.T) {
	g, err := ReadGold(fstest.MapFS{"CM16-0000001.json": {Data: []byte(`{"case_number": "CM16-0000001", "age": 48, "items": [{"header": "MRI", "outcome": "upheld"}]}`)}})
	if err != nil {
		t.Fatal(err)
	}
	if x := g["CM16-0000001"]; x == nil || *x.Age != 48 || len(x.Items) != 1 {
		t.Errorf("ReadGold = %+v, want the letter keyed by its file name", g)
	}
}

// TestReadGoldNone: a folder with no gold, or no folder, is an error,
// never an empty gold that scores every letter perfect.
func TestReadGoldNone(t *testing.T) {
	tests := []struct {
		name string
		fsys fs.FS
	}{
		{"empty folder", fstest.MapFS{}},
		{"only other files", fstest.MapFS{"README.md": {Data: []byte("notes")}}},
		{"missing folder", os.DirFS(filepath.Join(t.TempDir(), "no-such-gold"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g, err := ReadGold(tt.fsys); err == nil {
				t.Errorf("ReadGold(%s) = %d golds, nil error; want an error", tt.name, len(g))
			}
		})
	}
}
