package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Errors for missing engines name the Debian package to install.
var (
	ErrNoTesseract = errors.New("tesseract not found: install the Debian package tesseract-ocr (with tesseract-ocr-eng)")
	ErrNoPoppler   = errors.New("pdftoppm not found: install the Debian package poppler-utils")
)

// Options control OCR. The zero value works: 300 dpi, English, one
// worker per CPU.
type Options struct {
	DPI  int    // rasterization resolution; 0 means 300
	Lang string // tesseract language; "" means eng
	Jobs int    // pages read at once; 0 means one per CPU
	// PageTimeout bounds the time one page takes, rasterized and read;
	// 0 means 2 minutes. A page that takes longer (a huge page, an
	// engine that hangs) is a page error, and the others go on.
	PageTimeout time.Duration
}

func (o Options) pageTimeout() time.Duration {
	if o.PageTimeout <= 0 {
		return 2 * time.Minute
	}
	return o.PageTimeout
}

func (o Options) dpi() int {
	if o.DPI <= 0 {
		return 300
	}
	return o.DPI
}

func (o Options) lang() string {
	if o.Lang == "" {
		return "eng"
	}
	return o.Lang
}

func (o Options) jobs() int {
	if o.Jobs <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return o.Jobs
}

// Check reports whether the engines are installed.
func Check() error {
	if _, err := exec.LookPath("tesseract"); err != nil {
		return ErrNoTesseract
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return ErrNoPoppler
	}
	return nil
}

// ReadPDF reads the given pages (1-based; nil means every page) of a PDF
// by OCR. A page that cannot be read has Page.Err set and the others go
// on (a blank page is no error: its text is empty); the error is for
// missing engines, a PDF whose pages cannot be counted, or ctx ended
// (cancelled, or past its deadline) before every page was read: the
// engines running then are stopped.
func ReadPDF(ctx context.Context, data []byte, pages []int, opt Options) ([]Page, error) {
	if err := Check(); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "imrkit-ocr-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	pdf := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(pdf, data, 0o600); err != nil {
		return nil, err
	}
	if pages == nil {
		n, err := pageCount(ctx, pdf)
		if err != nil {
			return nil, err
		}
		for i := 1; i <= n; i++ {
			pages = append(pages, i)
		}
	}
	out := make([]Page, len(pages))
	parallel(len(pages), opt.jobs(), func(i int) {
		out[i] = readPage(ctx, dir, pdf, pages[i], opt)
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("OCR stopped: %w", err)
	}
	return out, nil
}

// parallel runs fn on 0..n-1 with at most jobs at once.
func parallel(n, jobs int, fn func(i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(jobs, 1))
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			fn(i)
		}()
	}
	wg.Wait()
}

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// pageCount asks poppler's pdfinfo how many pages a PDF has.
func pageCount(ctx context.Context, pdf string) (int, error) {
	out, err := exec.CommandContext(ctx, "pdfinfo", pdf).Output()
	if err != nil {
		return 0, fmt.Errorf("pdfinfo: %v", err)
	}
	m := pagesLine.FindSubmatch(out)
	if m == nil {
		return 0, errors.New("pdfinfo: no page count")
	}
	return strconv.Atoi(string(m[1]))
}

// readPage rasterizes one page and reads it with tesseract, in at most
// Options.PageTimeout.
func readPage(ctx context.Context, dir, pdf string, num int, opt Options) Page {
	ctx, cancel := context.WithTimeout(ctx, opt.pageTimeout())
	defer cancel()
	p := readPageIn(ctx, dir, pdf, num, opt)
	if p.Err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		p.Err = fmt.Errorf("OCR stopped after %s", opt.pageTimeout())
	}
	return p
}

// readPageIn is readPage without its time limit.
func readPageIn(ctx context.Context, dir, pdf string, num int, opt Options) Page {
	p := Page{Number: num}
	prefix := filepath.Join(dir, "p"+strconv.Itoa(num))
	n := strconv.Itoa(num)
	// A PGM, not a PNG: the pixels are the same, and compressing a noisy
	// scan's page took pdftoppm five times as long as tesseract's reading.
	// A PGM carries no resolution, which tesseract is told (--dpi), so
	// that it reads the page exactly as it read the PNG.
	if _, err := run(ctx, "pdftoppm", "-r", strconv.Itoa(opt.dpi()), "-gray", "-singlefile", "-f", n, "-l", n, pdf, prefix); err != nil {
		p.Err = err
		return p
	}
	pgm := prefix + ".pgm"
	defer os.Remove(pgm)
	tsv, err := run(ctx, "tesseract", pgm, "stdout", "-l", opt.lang(), "--psm", "3", "--dpi", strconv.Itoa(opt.dpi()), "tsv")
	if err != nil {
		p.Err = err
		return p
	}
	words, w, h, err := parseTSV(tsv)
	if err != nil {
		p.Err = err
		return p
	}
	scale := 72 / float64(opt.dpi())
	p.Width, p.Height = float64(w)*scale, float64(h)*scale
	// A page without words is blank, not an error.
	p.layout(words, scale)
	return p
}

// run runs an engine with one OpenMP thread, so that parallel workers do
// not fight over the cores.
func run(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		return nil, fmt.Errorf("%s: %v: %s", name, err, msg)
	}
	return out.Bytes(), nil
}
