package inject

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ManifestName is the manifest's file name in the output folder.
const ManifestName = "manifest.jsonl"

// Writer writes copies into a folder with their manifest, one JSON
// object per line. It never overwrites an input nor a file it did not
// write: NewWriter refuses a folder that holds an input or any file
// other than an earlier run's manifest and the copies it lists (which
// it removes, so the folder holds one run).
type Writer struct {
	dir      string
	manifest *os.File
	buf      *bufio.Writer
	names    map[string]string // copy name -> origin
	n        int
}

// NewWriter opens dir (made if missing) for the copies of inputs.
func NewWriter(dir string, inputs []string) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := refuseInputs(dir, inputs); err != nil {
		return nil, err
	}
	if err := clearEarlier(dir); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, ManifestName), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	return &Writer{dir: dir, manifest: f, buf: bufio.NewWriter(f), names: map[string]string{}}, nil
}

// refuseInputs fails where an input lies inside dir.
func refuseInputs(dir string, inputs []string) error {
	abs, err := realPath(dir)
	if err != nil {
		return err
	}
	for _, in := range inputs {
		p, err := realPath(in)
		if err != nil {
			return err
		}
		if p == abs || strings.HasPrefix(p, abs+string(filepath.Separator)) {
			return fmt.Errorf("%s: the output folder %s holds this input; choose another --out", in, dir)
		}
	}
	return nil
}

func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	return abs, nil
}

// clearEarlier removes an earlier run's copies and manifest from dir,
// and fails, removing nothing, where dir holds anything else.
func clearEarlier(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		return err
	}
	listed, err := readListed(filepath.Join(dir, ManifestName))
	if err != nil {
		return fmt.Errorf("%s is not empty and holds no readable manifest of earlier copies: %w", dir, err)
	}
	for _, e := range entries {
		if e.Name() != ManifestName && !listed[e.Name()] {
			return fmt.Errorf("%s: not written by imr inject (not in %s); refusing to write into %s", filepath.Join(dir, e.Name()), ManifestName, dir)
		}
	}
	for _, e := range entries {
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// readListed returns the file names a manifest lists.
func readListed(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no %s", ManifestName)
	}
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var f Fault
		if err := json.Unmarshal([]byte(line), &f); err != nil || f.File == "" || filepath.Base(f.File) != f.File {
			return nil, fmt.Errorf("%s:%d: not a manifest record", path, n+1)
		}
		out[f.File] = true
	}
	return out, nil
}

// Write writes one copy and its manifest record. Two inputs that would
// give a copy the same name (letters of one name in two folders) are an
// error.
func (w *Writer) Write(c Copy) error {
	if prev, ok := w.names[c.File]; ok {
		return fmt.Errorf("%s: a copy named %s was already made from %s", c.Origin, c.File, prev)
	}
	w.names[c.File] = c.Origin
	if err := os.WriteFile(filepath.Join(w.dir, c.File), []byte(c.Text), 0o644); err != nil {
		return err
	}
	line, err := json.Marshal(c.Fault)
	if err != nil {
		return err
	}
	w.n++
	w.buf.Write(line)
	return w.buf.WriteByte('\n')
}

// Count is the number of copies written.
func (w *Writer) Count() int { return w.n }

// Close finishes the manifest.
func (w *Writer) Close() error {
	err := w.buf.Flush()
	if cerr := w.manifest.Close(); err == nil {
		err = cerr
	}
	return err
}
