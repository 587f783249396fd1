package pdftext

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel causes, for errors.Is. Every error that Read returns is an
// *Error wrapping one of these (or, for the pdftotext engine, the error of
// the command).
var (
	// ErrNotPDF: the data does not start like a PDF file.
	ErrNotPDF = errors.New("not a pdf")
	// ErrDamaged: the file is truncated or its structure cannot be read.
	ErrDamaged = errors.New("damaged pdf")
	// ErrPassword: the file is encrypted and the password given does not
	// open it.
	ErrPassword = errors.New("encrypted: password required")
	// ErrEncryption: the file uses an encryption this package cannot undo.
	ErrEncryption = errors.New("unsupported encryption")
	// ErrNoText: pages hold images but no text; they need OCR first.
	ErrNoText = errors.New("no text layer: scanned pages need OCR")
	// ErrLimit: the file exceeds a bound on pages, operators or time.
	ErrLimit = errors.New("limit exceeded")
	// ErrNoPoppler: the pdftotext engine was asked for but poppler's
	// pdftotext is not installed.
	ErrNoPoppler = errors.New("pdftotext not found: install poppler-utils")
)

// Error is the error Read returns: the name given to Read, the page when
// the cause belongs to one (1-based; 0 for the whole file) and the cause.
type Error struct {
	Path string
	Page int
	Err  error
}

// Error returns "name: page N: cause" on one line.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	b.WriteString(": ")
	if e.Page > 0 {
		b.WriteString("page ")
		b.WriteString(strconv.Itoa(e.Page))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(strings.ReplaceAll(e.Err.Error(), "\n", " "))
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// causef wraps a sentinel with detail: "damaged pdf: missing xref".
func causef(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// pageList writes page numbers as "1, 3-5".
func pageList(pages []int) string {
	var b strings.Builder
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(pages[i]))
		if j > i {
			b.WriteString("-" + strconv.Itoa(pages[j]))
		}
		i = j + 1
	}
	return b.String()
}
