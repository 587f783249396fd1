package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// The bars of the ICD-10-CM issue, on all the real letters.
const (
	codeBar     = 0.85
	categoryBar = 0.93
)

// TestRealCodes scores the codes of the real letters' diagnoses against
// the answer keys, for the tuning half (case numbers ending in an even
// digit), the test half (odd) and all, and fails below the bars. It
// also scores the coder alone on the keys' own phrases.
func TestRealCodes(t *testing.T) {
	dir := testenv.RealLetters(t)
	keys, err := ReadCodeKeys(os.DirFS(filepath.Join(dir, "icd10")))
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) == 0 {
		t.Fatal("no answer keys")
	}
	halves := map[string]*CodeScore{"even (tuning)": {}, "odd (test)": {}, "all": {}}
	alone := map[string]*CodeScore{"even (tuning)": {}, "odd (test)": {}, "all": {}}
	for name, k := range keys {
		l, err := extract.ReadFile(filepath.Join(dir, "txt", name+".txt"), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		half := "odd (test)"
		if strings.ContainsAny(name[len(name)-1:], "02468") {
			half = "even (tuning)"
		}
		phrases := keyedLetter(k)
		for _, h := range []string{half, "all"} {
			halves[h].Compare(name, k, l)
			alone[h].Compare(name, k, phrases)
		}
	}
	for _, h := range []string{"even (tuning)", "odd (test)", "all"} {
		var b strings.Builder
		halves[h].Report(&b, testing.Verbose() && h == "all")
		b.WriteString("  on the keys' own phrases: ")
		alone[h].Report(&b, false)
		t.Logf("%s: %s", h, b.String())
	}
	all := halves["all"]
	if all.CodeRate() < codeBar {
		t.Errorf("right code %.4f, want >= %.2f", all.CodeRate(), codeBar)
	}
	if all.CategoryRate() < categoryBar {
		t.Errorf("right category %.4f, want >= %.2f", all.CategoryRate(), categoryBar)
	}
}

// keyedLetter is a letter whose diagnoses are the key's phrases, coded.
func keyedLetter(k *CodeKey) *extract.Letter {
	l := &extract.Letter{}
	for _, d := range k.Diagnoses {
		l.Diagnoses = append(l.Diagnoses, extract.Diagnosis{Fact: extract.Fact[string]{Value: d.Text, Text: d.Text}})
	}
	extract.CodeDiagnoses(l)
	return l
}
