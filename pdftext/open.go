package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// file is the view of the PDF bytes the object reader sees: the data from
// its header to its last %%EOF, with the header line rewritten to one the
// reader accepts (it refuses PDF 2.0 headers and header lines that go on
// after the version).
type file struct {
	data []byte
	head []byte
}

// ReadAt implements io.ReaderAt.
func (f *file) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(f.data)) {
		return 0, io.EOF
	}
	n := copy(p, f.data[off:])
	for i := 0; i < n && off+int64(i) < int64(len(f.head)); i++ {
		p[i] = f.head[off+int64(i)]
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// Bytes gives the object reader the file to read in place
// (pdf.InMemory), from the end of the rewritten header on.
func (f *file) Bytes() ([]byte, int64) { return f.data, int64(len(f.head)) }

// newFile prepares data for the object reader.
func newFile(data []byte) (*file, error) {
	h := headerOffset(data)
	if h < 0 {
		return nil, ErrNotPDF
	}
	data = data[h:]
	tail := data[max(0, len(data)-4096):]
	e := bytes.LastIndex(tail, []byte("%%EOF"))
	if e < 0 {
		return nil, causef(ErrDamaged, "no end-of-file marker: truncated")
	}
	data = data[:len(data)-len(tail)+e+5]
	if len(data) < 16 {
		return nil, causef(ErrDamaged, "too short")
	}
	if err := checkXrefSizes(data); err != nil {
		return nil, err
	}
	return &file{data: data, head: []byte("%PDF-1.7\n")}, nil
}

// open returns the object reader for data, decrypting with password. When
// the file's cross-reference table cannot be read, it rebuilds one; the
// error it then returns along with the reader says so.
func open(data []byte, password string) (*pdf.Reader, error) {
	r, err := openFile(data, password)
	if err == nil || !errors.Is(err, ErrDamaged) {
		return r, err
	}
	fixed := repair(data)
	if fixed == nil {
		return nil, err
	}
	if r, ferr := openFile(fixed, password); ferr == nil {
		return r, fmt.Errorf("%w (cross-reference table rebuilt)", err)
	}
	return nil, err
}

// openFile opens data as it is.
func openFile(data []byte, password string) (*pdf.Reader, error) {
	f, err := newFile(data)
	if err != nil {
		return nil, err
	}
	tries := 0
	pw := func() string {
		tries++
		if tries == 1 {
			return password
		}
		return ""
	}
	r, err := pdf.NewReaderEncrypted(f, int64(len(f.data)), pw)
	if err != nil {
		return nil, openError(err, password)
	}
	return r, nil
}

// openError sorts the object reader's error into a sentinel cause.
func openError(err error, password string) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword) && password != "":
		return fmt.Errorf("%w (the password given does not open it)", ErrPassword)
	case errors.Is(err, pdf.ErrInvalidPassword):
		return ErrPassword
	case strings.Contains(msg, "unsupported PDF: "):
		return causef(ErrEncryption, "%s (the pdftotext engine may read it)", plainMessage(msg, "an encryption this package cannot undo"))
	case strings.HasSuffix(msg, "-bit encryption key"):
		bits := strings.TrimSuffix(strings.TrimPrefix(msg, "malformed PDF: "), "-bit encryption key")
		return causef(ErrEncryption, "%s-bit key", bits)
	}
	return causef(ErrDamaged, "%s", plainMessage(msg, "damaged cross-reference table"))
}

// pageRef is a page dictionary with the attributes it inherits.
type pageRef struct {
	v         pdf.Value
	resources pdf.Value
	media     pdf.Value
	crop      pdf.Value
	rotate    int
}

// maxTreeDepth bounds the nesting of the page tree (poppler reads trees
// hundreds deep; writers make them a few deep).
const maxTreeDepth = 1000

// pageWalk collects the leaves of the page tree in order.
type pageWalk struct {
	pages  []pageRef
	max    int
	visits int
}

// walkPages returns the pages of r, at most max of them.
func walkPages(r *pdf.Reader, max int) ([]pageRef, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != pdf.Dict {
		return nil, causef(ErrDamaged, "no page tree")
	}
	w := &pageWalk{max: max}
	if err := w.walk(root, pageRef{}, 0); err != nil {
		return nil, err
	}
	return w.pages, nil
}

func (w *pageWalk) walk(node pdf.Value, inh pageRef, depth int) error {
	w.visits++
	if depth > maxTreeDepth || w.visits > 4*w.max+1000 {
		return causef(ErrDamaged, "page tree too deep or cyclic")
	}
	inh = inherit(node, inh)
	kids := node.Key("Kids")
	if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
		if len(w.pages) >= w.max {
			return causef(ErrLimit, "more than %d pages", w.max)
		}
		inh.v = node
		w.pages = append(w.pages, inh)
		return nil
	}
	for i := 0; i < kids.Len(); i++ {
		if kid := kids.Index(i); kid.Kind() == pdf.Dict {
			if err := w.walk(kid, inh, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// inherit takes the inheritable attributes node sets.
func inherit(node pdf.Value, inh pageRef) pageRef {
	if v := node.Key("Resources"); v.Kind() == pdf.Dict {
		inh.resources = v
	}
	if v := node.Key("MediaBox"); v.Len() == 4 {
		inh.media = v
	}
	if v := node.Key("CropBox"); v.Len() == 4 {
		inh.crop = v
	}
	if v := node.Key("Rotate"); v.Kind() == pdf.Integer {
		inh.rotate = int(((v.Int64() % 360) + 360) % 360)
	}
	return inh
}
