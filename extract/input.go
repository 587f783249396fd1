package extract

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
)

// DefaultMaxBytes is the input size limit when Options.MaxBytes is 0:
// 16 MiB, over a hundred times the largest real letter (about 100 KB as
// PDF). A file above it is refused with a *TooLargeError before it is
// read, so that one huge file cannot take the memory and time of a
// batch.
const DefaultMaxBytes = 16 << 20

// maxBytes returns the input size limit opt sets.
func (o Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<63 - 2 // no limit
	}
	return o.MaxBytes
}

// TooLargeError is an input above the size limit (Options.MaxBytes).
type TooLargeError struct {
	Size  int64 // the input's size; 0 when only known to be above Limit
	Limit int64
}

func (e *TooLargeError) Error() string {
	if e.Size > 0 {
		return fmt.Sprintf("%s is over the input size limit of %s", mib(e.Size), mib(e.Limit))
	}
	return fmt.Sprintf("over the input size limit of %s", mib(e.Limit))
}

// mib writes a size in bytes for people.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// ReadInput returns the bytes of the file at path as ReadFile reads
// them: only a regular file (after following symbolic links), so that a
// named pipe or a device named *.txt neither blocks nor fills memory,
// and at most opt.MaxBytes of it. Errors are *InputErrors naming the
// file; above the limit, one that wraps a *TooLargeError.
func ReadInput(path string, opt Options) ([]byte, error) {
	data, err := readInto(nil, path, opt.maxBytes())
	if err != nil {
		return nil, &InputError{Path: path, Err: err}
	}
	return data, nil
}

// ReadStream returns what r holds, up to opt.MaxBytes, for input that
// is no file (standard input); name is used in errors.
func ReadStream(name string, r io.Reader, opt Options) ([]byte, error) {
	data, err := readLimited(nil, r, opt.maxBytes())
	if err != nil {
		return nil, &InputError{Path: name, Err: err}
	}
	return data, nil
}

// readInto reads the regular file at path into buf, refusing it when it
// holds more than limit bytes.
func readInto(buf []byte, path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path) // before opening: opening a named pipe blocks
	if err != nil {
		return nil, err
	}
	if err := regular(fi, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil { // the file opened may not be the one seen
		return nil, err
	}
	if err := regular(fi, limit); err != nil {
		return nil, err
	}
	if fi.Size() > 0 {
		buf = slices.Grow(buf, int(fi.Size())+1)
	}
	return readLimited(buf, f, limit)
}

// regular refuses what is not a regular file, or is one above limit.
func regular(fi fs.FileInfo, limit int64) error {
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%s): only files are read", fileKind(fi.Mode()))
	}
	if fi.Size() > limit {
		return &TooLargeError{Size: fi.Size(), Limit: limit}
	}
	return nil
}

// fileKind names the kind of a file that is not regular.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// readLimited appends what r holds to buf, failing once it passes limit
// bytes (a file may grow after it was measured, or report no size).
func readLimited(buf []byte, r io.Reader, limit int64) ([]byte, error) {
	start := len(buf)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 512)
		}
		room := min(int64(cap(buf)-len(buf)), limit-int64(len(buf)-start)+1)
		n, err := r.Read(buf[len(buf) : len(buf)+int(room)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)-start) > limit {
			return nil, &TooLargeError{Limit: limit}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
