package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/pdftext"
)

// upload is one letter as the client sent it.
type upload struct {
	name string // the file's base name, or "pasted.txt"
	data []byte
}

// readUpload reads the first non-empty form field of that name, a file
// or text, from a multipart or URL-encoded body, in memory and at most
// Options.MaxUpload bytes.
func (s *Server) readUpload(w http.ResponseWriter, r *http.Request, field string) (upload, error) {
	limit := s.opt.MaxUpload
	r.Body = http.MaxBytesReader(w, r.Body, limit+64<<10) // room for the form around the file
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var u upload
	var err error
	switch ct {
	case "multipart/form-data":
		u, err = s.multipartField(r, field)
	case "application/x-www-form-urlencoded":
		u, err = formField(r, field)
	default:
		return u, badRequest(fmt.Sprintf("send the letter as a form: field %q, multipart/form-data", field))
	}
	if err != nil {
		return u, bodyError(err, limit)
	}
	if len(u.data) > int(limit) {
		return u, tooLarge(limit)
	}
	return u, checkUpload(u)
}

// multipartField streams the parts and keeps the first non-empty one
// named field.
func (s *Server) multipartField(r *http.Request, field string) (upload, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return upload{}, badRequest("the form could not be read: " + err.Error())
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return upload{}, badRequest(fmt.Sprintf("no letter was sent: choose a file or paste the text (form field %q)", field))
		}
		if err != nil {
			return upload{}, err
		}
		if p.FormName() != field {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(p, s.opt.MaxUpload+1))
		if err != nil {
			return upload{}, err
		}
		if len(bytes.TrimSpace(data)) == 0 {
			continue
		}
		return upload{name: baseName(p.FileName()), data: data}, nil
	}
}

func formField(r *http.Request, field string) (upload, error) {
	if err := r.ParseForm(); err != nil {
		return upload{}, err
	}
	v := r.PostForm.Get(field)
	if strings.TrimSpace(v) == "" {
		return upload{}, badRequest(fmt.Sprintf("no letter was sent: paste the text (form field %q)", field))
	}
	return upload{name: "pasted.txt", data: []byte(v)}, nil
}

// baseName keeps the last element of a client's file name, printable
// characters only; never a path.
func baseName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) && r != '/' {
			return r
		}
		return -1
	}, name)
	if name == "" || name == "." || name == ".." {
		return "pasted.txt"
	}
	return name
}

// bodyError tells a body over the limit, and one sent too slowly, from
// other failures.
func bodyError(err error, limit int64) error {
	var mbe *http.MaxBytesError
	var ne interface{ Timeout() bool }
	var he *httpError
	switch {
	case errors.As(err, &he):
		return err
	case errors.As(err, &mbe):
		return tooLarge(limit)
	case errors.As(err, &ne) && ne.Timeout():
		return &httpError{http.StatusRequestTimeout, "Upload too slow", "the letter did not arrive in time; try again"}
	}
	return badRequest("the upload broke off: " + err.Error())
}

func tooLarge(limit int64) error {
	return &httpError{http.StatusRequestEntityTooLarge, "Letter too large",
		fmt.Sprintf("a letter may have at most %s (imr serve --max-upload)", size(limit))}
}

// size writes a byte count for people.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkUpload refuses a file named .pdf that is not a PDF: the name
// promises what the bytes do not hold.
func checkUpload(u upload) error {
	if strings.EqualFold(path.Ext(u.name), ".pdf") && !pdftext.IsPDF(u.data) {
		return badRequest(u.name + ": not a PDF (the file does not start with %PDF)")
	}
	return nil
}

// limited runs the work on one letter (reading it, checking it) with
// the server's limits: at most Options.Parsers at once, each for at most
// Options.ParseTimeout once it starts (a request waits at most three
// times that for its turn), and Options.OCRPageTimeout more for each page
// the work says (allow) OCR will read, the answer's write deadline moved
// as far. When limited gives up on the work (its time is up, or the
// request ended), the work's context ends, which stops OCR; the work
// keeps its slot until it ends, so runaway work cannot pile up. A panic
// is an error naming the file, not a crash.
func (s *Server) limited(w http.ResponseWriter, r *http.Request, name string, work func(j job) error) error {
	ctx := r.Context()
	queue, cancelQueue := context.WithTimeout(ctx, 3*s.opt.ParseTimeout)
	defer cancelQueue()
	jobCtx, stopJob := context.WithCancel(ctx)
	defer stopJob()
	select {
	case s.parsers <- struct{}{}:
	case <-queue.Done():
		return &httpError{http.StatusServiceUnavailable, "Server busy", "too many letters are being read; try again in a moment"}
	}
	limit := s.opt.ParseTimeout
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	more := make(chan time.Duration, 1)
	allow := func(d time.Duration) {
		select {
		case more <- d:
		default:
		}
	}
	done := make(chan error, 1)
	go func() {
		defer func() { <-s.parsers }()
		defer func() {
			if r := recover(); r != nil {
				done <- &httpError{http.StatusInternalServerError, "Cannot read this letter", fmt.Sprintf("%s: internal error: %v", name, r)}
			}
		}()
		done <- work(job{jobCtx, allow})
	}()
	for {
		select {
		case err := <-done:
			return err
		case d := <-more:
			limit += d
			deadline.Reset(d + s.opt.ParseTimeout)
			// The answer may now come later than the server's write
			// timeout allows.
			http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d + s.opt.ParseTimeout + writeSlack))
		case <-deadline.C:
			return &httpError{http.StatusUnprocessableEntity, "Letter took too long",
				fmt.Sprintf("%s: reading stopped after %s; the file may be damaged or built to stall readers", name, limit)}
		case <-ctx.Done():
			return &httpError{http.StatusServiceUnavailable, "Request cancelled", fmt.Sprintf("%s: the request ended before the letter was read", name)}
		}
	}
}

// job is what limited gives the work it runs: a context that ends when
// limited gives up on the work, and allow, which asks for more time.
type job struct {
	ctx   context.Context
	allow func(time.Duration)
}

// writeSlack is the time an answer is allowed for being written, beyond
// reading the request and the letter.
const writeSlack = 30 * time.Second

// unknownOCRPages is the pages allowed for when OCR does not tell how
// many it will read.
const unknownOCRPages = 5

// read extracts a letter; see limited.
func (s *Server) read(w http.ResponseWriter, r *http.Request, u upload) ([]*extract.Letter, error) {
	var ls []*extract.Letter
	err := s.limited(w, r, u.name, func(j job) error {
		var err error
		ls, err = s.extractLetters(u, j)
		return err
	})
	return ls, err
}

// extractLetters reads the letters of an upload, each named as imr
// extract names it (path#N for a letter of a file of several).
func (s *Server) extractLetters(u upload, j job) ([]*extract.Letter, error) {
	parts, err := s.extractParts(u, j)
	if err != nil {
		return nil, err
	}
	ls := make([]*extract.Letter, len(parts))
	for i, p := range parts {
		p.Letter.Source.Path = extract.PartName(p.Letter.Source.Path, p.Index, p.Count)
		ls[i] = p.Letter
	}
	return ls, nil
}

// extractParts reads an upload into its letters: one, or each of a file
// that holds several end to end (a claim file). A letter read by OCR is
// allowed Options.OCRPageTimeout more for each page OCR reads, and OCR
// stops when the job's context ends.
func (s *Server) extractParts(u upload, j job) ([]extract.Part, error) {
	opt := s.opt.Extract
	opt.Context = j.ctx
	opt.OnOCR = func(pages int) {
		if pages <= 0 {
			pages = unknownOCRPages
		}
		j.allow(time.Duration(pages) * s.opt.OCRPageTimeout)
	}
	parts, err := s.extract(u.name, u.data, opt)
	if err != nil {
		return nil, &httpError{http.StatusUnprocessableEntity, "Cannot read this letter", err.Error()}
	}
	return parts, nil
}
