package extract

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

// pdfText reads the text layer of a PDF. Until the Go engine lands this
// runs poppler's pdftotext.
func pdfText(name string, data []byte, opt Options) (string, Locator, int, error) {
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", nil, 0, &InputError{Path: name, Err: fmt.Errorf("pdf: pdftotext not installed")}
	}
	cmd := exec.Command(path, "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return "", nil, 0, &InputError{Path: name, Err: fmt.Errorf("pdf: %s", strings.TrimSpace(stderr.String()))}
	}
	text := out.String()
	return text, nil, strings.Count(text, "\f"), nil
}
