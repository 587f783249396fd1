package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

func TestRealLettersDebug(t *testing.T) {
	dir := testenv.RealLetters(t)
	gold, err := ReadGold(os.DirFS(filepath.Join(dir, "gold")))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
	s, _, errs := Files(files, gold, extract.Options{})
	for _, e := range errs {
		t.Error(e)
	}
	s.Report(os.Stdout, os.Getenv("MISSES") != "")
}
