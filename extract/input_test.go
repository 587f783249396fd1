package extract

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadInputLimits checks that only regular files are read, and only
// up to the size limit, with errors that name the file and the cause.
func TestReadInputLimits(t *testing.T) {
	dir := t.TempDir()
	letter := filepath.Join(dir, "letter.txt")
	if err := os.WriteFile(letter, []byte(strings.Repeat("a line of a letter\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(letter, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		path     string
		maxBytes int64
		wantErr  string // "" for none
	}{
		{name: "regular file", path: letter},
		{name: "link to a regular file", path: link},
		{name: "no limit", path: letter, maxBytes: -1},
		{name: "at the limit", path: letter, maxBytes: 1900},
		{name: "over the limit", path: letter, maxBytes: 1899, wantErr: "letter.txt: 1900 bytes is over the input size limit of 1899 bytes"},
		{name: "folder", path: dir, wantErr: "not a regular file (a folder)"},
		{name: "missing", path: filepath.Join(dir, "missing.txt"), wantErr: "missing.txt: stat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := ReadInput(tt.path, Options{MaxBytes: tt.maxBytes})
			checkInputErr(t, tt.path, err, tt.wantErr)
			if err == nil && len(data) != 1900 {
				t.Errorf("ReadInput(%s) = %d bytes, want 1900", tt.path, len(data))
			}
		})
	}
}

// checkInputErr checks that err is an *InputError for path whose text
// holds want, or nil when want is empty.
func checkInputErr(t *testing.T, path string, err error, want string) {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatalf("read %s: %v, want no error", path, err)
		}
		return
	}
	var ie *InputError
	if !errors.As(err, &ie) || ie.Path != path || !strings.Contains(err.Error(), want) {
		t.Fatalf("read %s: error %v, want an InputError for the file with %q", path, err, want)
	}
}

// TestTooLarge checks the limit on every way in: ReadFile, Read and
// ReadStream (whose reader never ends), each a *TooLargeError.
func TestTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, make([]byte, 2<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := Options{MaxBytes: 1 << 20}
	_, errFile := ReadFile(path, opt)
	_, errRead := Read("big.txt", make([]byte, 2<<20), opt)
	_, errStream := ReadStream("-", endless{}, opt)
	for _, err := range []error{errFile, errRead, errStream} {
		var tl *TooLargeError
		if !errors.As(err, &tl) || tl.Limit != 1<<20 || !strings.Contains(err.Error(), "over the input size limit of 1.0 MiB") {
			t.Errorf("error = %v, want a TooLargeError at 1 MiB", err)
		}
	}
	if want := path + ": 2.0 MiB is over the input size limit of 1.0 MiB"; errFile == nil || errFile.Error() != want {
		t.Errorf("ReadFile error = %v, want %q", errFile, want)
	}
}

// endless reads as a file that never ends, /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) { clear(p); return len(p), nil }

var _ io.Reader = endless{}
