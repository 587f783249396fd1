package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestDebugSurvey(t *testing.T) {
	dir := os.Getenv("SURVEY")
	if dir == "" {
		t.Skip("set SURVEY=dir to survey paragraph breaks")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	lower := regexp.MustCompile(`^[a-z(0-9]`)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := normalize(string(b))
		ps := strings.Split(d.text, "\n\n")
		for i, p := range ps {
			if lower.MatchString(p) || (i+1 < len(ps) && !endsSentence(p) && !isHeading(p) && !strings.Contains(p, "\n") && !itemEnd.MatchString(p)) {
				t.Logf("%s: %.100q", filepath.Base(f), p)
			}
		}
	}
}
