package lexicon_test

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/lexicon"
)

// TestCodingIdentity records the coding of every diagnosis of the
// bundled letters and the real ones: per letter, its name and, for each
// diagnosis in order, the code (or "-" for none), the match and "h"
// where hedged; then a digest of the five best candidates of each
// phrase with no letter side, their scores and reasons (what
// imr lexicon icd10 shows). It guards work on the speed of coding: a change that
// only makes coding faster leaves every line as it is. A change to what
// is coded changes lines on purpose: review them and run go test -update.
func TestCodingIdentity(t *testing.T) {
	paths := testenv.LetterTexts(t)
	lexicon.ICD10CM().Forget()
	var b strings.Builder
	for _, p := range paths {
		b.WriteString(codingLine(t, p))
	}
	update := flag.Lookup("update").Value.(flag.Getter).Get().(bool)
	testenv.Golden(t, filepath.Join("testdata", "golden", "icd10-identity.txt"), []byte(b.String()), update)
}

// codingLine returns the line of one letter: its base name and the
// coding of each diagnosis.
func codingLine(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	l, err := extract.Read(name, data, extract.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	fields := []string{name}
	cands := sha256.New()
	for _, d := range l.Diagnoses {
		fmt.Fprintf(cands, "%v\n", lexicon.ICD10CM().Candidates(d.Text, "", 5))
		c := d.ICD10CM
		if c == nil {
			fields = append(fields, "-")
			continue
		}
		f := c.Code + "/" + c.Match
		if c.Hedged {
			f += "/h"
		}
		fields = append(fields, f)
	}
	fields = append(fields, fmt.Sprintf("%x", cands.Sum(nil))[:16])
	return fmt.Sprintln(strings.Join(fields, " "))
}
