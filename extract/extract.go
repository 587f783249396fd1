package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/imrkit/imrkit/lexicon"
	"github.com/imrkit/imrkit/pdftext"
	"github.com/imrkit/imrkit/version"
)

// Options control extraction. The zero value works: the embedded
// lexicon, the Go PDF engine, the normalized text kept.
type Options struct {
	Lexicon   *lexicon.Lexicon // nil means lexicon.Default()
	PDFEngine string           // "go" (default), "pdftotext" or "auto"
	NoText    bool             // leave Letter.Text empty in the output
	// NoCodes leaves the diagnoses without their ICD-10-CM codes (null):
	// coding them is about a tenth of reading a letter, and loading the
	// code set about 15 ms a process. CodeDiagnoses codes them later.
	NoCodes bool
	// NoDiagnoses leaves the diagnoses out ([]), for a caller that does
	// not read them (imr check): reading a list of diagnoses splits it at
	// the official ICD-10-CM names, which needs the code set.
	NoDiagnoses bool
	Mentions    bool // read the mentions of every part and what each rationale judges (see Mentions)
	// PDFMaxGlyphs bounds the glyphs of one PDF page (pdftext's
	// Options.MaxGlyphs); 0 means its default, 200,000.
	PDFMaxGlyphs int
	// NoBoxes reads a PDF's text layer without the boxes of its glyphs and
	// lines (pdftext's Options.NoBoxes): Letter.Box then finds none, and
	// the facts and their pages are the same. imr's commands set it, as none
	// shows boxes; it saves about a quarter of a PDF's allocations.
	NoBoxes  bool
	MaxBytes int64 // the input size limit; 0 means DefaultMaxBytes, below 0 none

	// OCR says which PDF pages are read by OCR: "auto" (or "") those
	// without a text layer, "always" every page, "never" none. OCR needs
	// tesseract and poppler's pdftoppm (see package ocr).
	OCR string
	// OCRJobs is how many pages are read by OCR at once; 0 means one per
	// CPU.
	OCRJobs int
	// OnOCR, if set, is called before OCR starts with the number of pages
	// it will read (0 when not known before it starts): OCR takes seconds
	// a page, so a caller that bounds the time a letter takes (imr serve)
	// can allow for it.
	OnOCR func(pages int)
	// Context, if set, stops OCR when it ends (cancelled, or past its
	// deadline): the engines running are stopped and the read fails. A
	// caller that gives up on a letter (imr serve at its time limit)
	// frees what OCR held at once. nil means OCR runs to its end.
	Context context.Context
}

// context returns the context OCR runs in.
func (o Options) context() context.Context {
	if o.Context != nil {
		return o.Context
	}
	return context.Background()
}

func (o Options) lexicon() *lexicon.Lexicon {
	if o.Lexicon != nil {
		return o.Lexicon
	}
	return lexicon.Default()
}

// InputError is a problem with an input file: it names the file and,
// where known, the page.
type InputError struct {
	Path string
	Page int // 0 when not tied to a page
	Err  error
}

func (e *InputError) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("%s: page %d: %v", e.Path, e.Page, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// ReadFile extracts the letter in the file at path: PDF, Word (.docx) or
// text. It reads only a regular file (after following symbolic links) of
// at most opt.MaxBytes, as ReadInput does.
func ReadFile(path string, opt Options) (*Letter, error) {
	buf := fileBufs.Get().(*[]byte)
	data, err := readInto((*buf)[:0], path, opt.maxBytes())
	if err != nil {
		fileBufs.Put(buf)
		return nil, &InputError{Path: path, Err: err}
	}
	l, err := Read(path, data, opt)
	if !pdftext.IsPDF(data) {
		// Read copied the text; a PDF's document may keep the bytes.
		*buf = data
		fileBufs.Put(buf)
	}
	return l, err
}

// fileBufs keeps the buffers text files are read into, for the next file.
var fileBufs = sync.Pool{New: func() any { return new([]byte) }}

// Read extracts a letter from data, PDF or text; name is used in the
// result and in errors. It returns an error for input that holds no text
// or is larger than opt.MaxBytes, and a *SeveralLettersError (inside an
// *InputError) for a file of several letters, which ReadAll reads; text
// that is not an IMR letter gives a Letter with layout "unknown" and
// whatever facts could be found.
func Read(name string, data []byte, opt Options) (l *Letter, err error) {
	defer func() {
		if r := recover(); r != nil {
			l, err = nil, &InputError{Path: name, Err: fmt.Errorf("internal error: %v", r)}
		}
	}()
	src, loc, pages, warns, err := sourceText(name, data, opt)
	if err != nil {
		return nil, err
	}
	if n := countLetters(src); n > 1 {
		return nil, &InputError{Path: name, Err: &SeveralLettersError{Count: n}}
	}
	return readText(name, data, src, loc, pages, warns, opt), nil
}

// readText extracts the one letter of a file's text.
func readText(name string, data []byte, src string, loc Locator, pages int, warns []Warning, opt Options) *Letter {
	l := parse(src, opt, confidenceOf(loc, 0))
	l.Warnings = warns
	l.doc.boxes = loc
	l.Source = Source{Path: name, SHA256: digest(data), Pages: max(pages, l.doc.pageCount()), Layout: l.Source.Layout}
	if opt.Mentions {
		l.FindMentions(opt.lexicon())
	}
	if opt.NoText {
		l.Text = ""
	}
	l.Source.Imrkit = version.String()
	return l
}

// sourceText returns the text to normalize: the PDF's text layer, or the
// bytes themselves when they are text.
func sourceText(name string, data []byte, opt Options) (string, Locator, int, []Warning, error) {
	if limit := opt.maxBytes(); int64(len(data)) > limit {
		return "", nil, 0, nil, &InputError{Path: name, Err: &TooLargeError{Size: int64(len(data)), Limit: limit}}
	}
	if pdftext.IsPDF(data) {
		return pdfText(name, data, opt)
	}
	if isWordFile(data) {
		return wordText(name, data)
	}
	valid := utf8.Valid(data)
	if err := checkText(data, valid); err != nil {
		return "", nil, 0, nil, &InputError{Path: name, Err: err}
	}
	if !valid {
		return windows1252(data), nil, 0, nil, nil
	}
	return string(data), nil, 0, nil, nil
}

// checkText rejects empty input and binary data; valid tells whether
// data is UTF-8.
func checkText(data []byte, valid bool) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("empty: no text to read")
	}
	if !valid && !mostlyText(data) {
		return fmt.Errorf("not text: binary data (not a PDF and not UTF-8 text)")
	}
	if i := bytes.IndexByte(data[:min(len(data), 8192)], 0); i >= 0 {
		return fmt.Errorf("not text: NUL byte at offset %d", i)
	}
	return nil
}

// mostlyText accepts text in a single-byte encoding: few control bytes.
func mostlyText(data []byte) bool {
	bad := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			bad++
		}
	}
	return bad*100 < len(data)
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Parse extracts a letter from text already read; it never fails.
func Parse(name, text string, opt Options) *Letter {
	l := parse(text, opt, nil)
	l.Source.Path = name
	l.Source.SHA256 = digest([]byte(text))
	l.Source.Pages = l.doc.pageCount()
	if opt.Mentions {
		l.FindMentions(opt.lexicon())
	}
	if opt.NoText {
		l.Text = ""
	}
	return l
}
