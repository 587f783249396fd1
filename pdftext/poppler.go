package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// popplerInstalled reports whether pdftotext is on the PATH.
func popplerInstalled() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}

// readPoppler is the pdftotext engine: poppler's pdftotext -layout, run on
// data through its standard input.
func readPoppler(name string, data []byte, opt Options) (*Document, error) {
	if !popplerInstalled() {
		return nil, &Error{Path: name, Err: ErrNoPoppler}
	}
	if !IsPDF(data) {
		return nil, &Error{Path: name, Err: ErrNotPDF}
	}
	ctx, cancel := context.WithTimeout(context.Background(), opt.timeout())
	defer cancel()
	args := []string{"-layout", "-enc", "UTF-8", "-l", fmt.Sprint(opt.maxPages())}
	if opt.Password != "" {
		args = append(args, "-upw", opt.Password)
	}
	cmd := exec.CommandContext(ctx, "pdftotext", append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(data)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, &Error{Path: name, Err: popplerError(ctx, err, stderr.String())}
	}
	return newDocument(splitPages(stdout.String())), nil
}

// popplerError sorts a failed pdftotext run into a sentinel cause.
func popplerError(ctx context.Context, err error, stderr string) error {
	msg := strings.TrimSpace(strings.ReplaceAll(stderr, "\n", "; "))
	switch {
	case ctx.Err() != nil:
		return causef(ErrLimit, "pdftotext: time is up")
	case strings.Contains(msg, "Incorrect password"):
		return ErrPassword
	case msg == "":
		return fmt.Errorf("pdftotext: %w", err)
	}
	return causef(ErrDamaged, "pdftotext: %s", msg)
}

// splitPages cuts pdftotext output at its form feeds into pages of lines.
func splitPages(text string) []Page {
	chunks := strings.Split(text, "\f")
	if len(chunks) > 0 && chunks[len(chunks)-1] == "" {
		chunks = chunks[:len(chunks)-1]
	}
	pages := make([]Page, len(chunks))
	for i, c := range chunks {
		pages[i].Number, pages[i].Images = i+1, -1
		c = strings.TrimSuffix(c, "\n")
		if c == "" {
			continue
		}
		for _, s := range strings.Split(c, "\n") {
			pages[i].Lines = append(pages[i].Lines, Line{Text: s})
		}
	}
	return pages
}
