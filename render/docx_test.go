package render

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

func TestRoundTripDOCX(t *testing.T) { roundTrip(t, DOCX, readExtract) }

func TestDOCXSameBytes(t *testing.T) {
	letters := realLetters(t)[:3]
	for _, l := range letters {
		var a, b bytes.Buffer
		if err := Letter(&a, DOCX, Entry{Letter: l}, Options{}); err != nil {
			t.Fatal(err)
		}
		if err := Letter(&b, DOCX, Entry{Letter: l}, Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two renderings to docx differ", l.Source.Path)
		}
	}
}

// TestRoundTripDOCXPandoc reads every rendered document with Debian's
// pandoc (docx to plain text) and extracts the facts from that text.
func TestRoundTripDOCXPandoc(t *testing.T) {
	pandoc := testenv.Tool(t, "pandoc", "pandoc")
	roundTrip(t, DOCX, func(name string, data []byte) (*extract.Letter, error) {
		cmd := exec.Command(pandoc, "-f", "docx", "-t", "plain", "--wrap=auto")
		cmd.Stdin = bytes.NewReader(data)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("pandoc: %v: %s", err, errb.String())
		}
		return extract.Read(strings.TrimSuffix(name, ".docx")+".txt", out.Bytes(), extract.Options{})
	})
}
