package main

import (
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
	"github.com/spf13/cobra"
)

// letterFlags are the flags of every command that reads letters.
type letterFlags struct {
	lexicon   string
	pdfEngine *enum
	jobs      int
	maxBytes  byteSize
	maxGlyphs int
	ocr       *enum
}

func (f *letterFlags) register(c *cobra.Command) {
	fs := c.Flags()
	f.pdfEngine = newEnum("go", "go", "pdftotext", "auto")
	fs.StringVar(&f.lexicon, "lexicon", "", "folder of lexicon files that extend the built-in vocabulary")
	enumVar(c, fs, f.pdfEngine, "pdf-engine", "PDF text engine")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "letters read in parallel (0: one per CPU)")
	f.maxBytes = extract.DefaultMaxBytes
	fs.Var(&f.maxBytes, "max-bytes", "largest input read, in bytes or with KiB, MiB or GiB (none: no limit); a larger file fails, named")
	fs.IntVar(&f.maxGlyphs, "pdf-max-glyphs", 0, "most glyphs read from one PDF page (0: pdftext's default, 200000); a page cut there is a partial read, warned")
	f.ocr = newEnum("auto", "auto", "always", "never")
	enumVar(c, fs, f.ocr, "ocr", "PDF pages read by OCR (tesseract): auto, the pages of images only; always; never")
	c.MarkFlagDirname("lexicon")
}

// options loads the lexicon and returns the extraction options.
func (f *letterFlags) options() (extract.Options, error) {
	opt := extract.Options{PDFEngine: f.pdfEngine.value, MaxBytes: int64(f.maxBytes), PDFMaxGlyphs: f.maxGlyphs,
		OCR: f.ocr.value, OCRJobs: f.jobs, NoBoxes: true}
	if f.lexicon == "" {
		return opt, nil
	}
	lex, err := loadLexicon(f.lexicon)
	opt.Lexicon = lex
	return opt, err
}

// loadLexicon loads the built-in vocabulary and a user's folder; errors
// in the folder's files name the folder.
func loadLexicon(dir string) (*lexicon.Lexicon, error) {
	if dir == "" {
		return lexicon.Default(), nil
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	lex, err := lexicon.Load(os.DirFS(dir))
	if list, ok := err.(lexicon.ErrorList); ok {
		lines := make([]string, len(list))
		for i, e := range list {
			lines[i] = strings.TrimRight(dir, "/") + "/" + e.Error()
		}
		return nil, lexiconError(strings.Join(lines, "\n"))
	}
	return lex, err
}

// lexiconError is the errors of a lexicon folder, one a line.
type lexiconError string

func (e lexiconError) Error() string { return string(e) }

// reading lists the inputs args name and loads the options they are
// read with. Notes on files skipped in folders go to standard error
// unless quiet.
func (f *letterFlags) reading(e *env, args []string, quiet bool) (*reading, error) {
	opt, err := f.options()
	if err != nil {
		return nil, err
	}
	notes := e.stderr
	if quiet {
		notes = io.Discard
	}
	in, err := listInputs(args, e.stderr, notes)
	if err != nil {
		return nil, err
	}
	limitMemory(f.jobs)
	return &reading{in: in, stdin: e.stdin, opt: opt, jobs: f.jobs, stderr: e.stderr}, nil
}

// limitMemory sets the soft memory limit of a batch read with jobs
// workers (0: one per CPU), once before it starts; a GOMEMLIMIT in the
// environment wins.
func limitMemory(jobs int) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	corpus.LimitMemory(corpus.MemoryLimit(jobs))
}
