package extract

import (
	"os"
	"testing"
)

func TestDebugNormalize(t *testing.T) {
	p := os.Getenv("NORM")
	if p == "" {
		t.Skip("set NORM=file to print its normalized text")
	}
	b, _ := os.ReadFile(p)
	d := normalize(string(b))
	os.Stdout.WriteString(d.text)
}
