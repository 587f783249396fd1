package extract

import (
	"os"
	"testing"

	"github.com/imrkit/imrkit/lexicon"
)

func TestDebugPanic(t *testing.T) {
	p := os.Getenv("NORM")
	if p == "" {
		t.Skip("set NORM=file")
	}
	b, _ := os.ReadFile(p)
	parse(string(b), lexicon.Default())
}
