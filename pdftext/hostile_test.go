package pdftext

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imrkit/imrkit/internal/hostile"
)

var hostileOut = flag.String("hostile-out", "", "write the crafted hostile PDFs to this folder (for scripts/bench-hostile.sh)")

// TestHostile reads every crafted hostile file: none panics or hangs,
// each reads in full, reads with a warning or fails with a one-line
// error naming the file, as it must.
func TestHostile(t *testing.T) {
	for _, f := range hostile.Files() {
		t.Run(f.Name, func(t *testing.T) {
			if *hostileOut != "" {
				if err := os.WriteFile(filepath.Join(*hostileOut, f.Name), f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			doc, err := Read(f.Name, f.Data, Options{})
			t.Logf("%s: %v", outcome(doc, err), err)
			checkHostile(t, f, doc, err)
		})
	}
}

// checkHostile checks a read of f against what f wants.
func checkHostile(t *testing.T, f hostile.File, doc *Document, err error) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), f.Name+": ") || strings.Contains(err.Error(), "\n") {
			t.Fatalf("error %q is not one *Error line naming the file", err)
		}
		if leaks(strings.TrimPrefix(err.Error(), f.Name)) {
			t.Errorf("error %q shows the reader's internals", err)
		}
	}
	switch got := outcome(doc, err); {
	case f.Want == "any" && got != "text":
	case got != f.Want:
		t.Errorf("read gave %s (err %v), want %s", got, err, f.Want)
	}
	if doc != nil && f.Want == "text" && !strings.Contains(doc.Text(), hostile.Marker) {
		t.Errorf("text %.200q lacks the marker", doc.Text())
	}
}

// outcome classifies a read: "text" (no error), "warning" (a document and
// an error, which is its first warning) or "error".
func outcome(doc *Document, err error) string {
	switch {
	case err == nil:
		return "text"
	case doc != nil:
		if len(doc.Warnings) == 0 || doc.Warnings[0] != err {
			return "warning without Warnings"
		}
		return "warning"
	}
	return "error"
}

// leaks reports messages that show Go internals instead of the file.
func leaks(msg string) bool {
	for _, s := range []string{"pdf.", "<nil>", "runtime error", "out of range", "%!", "objdef", "interface"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
