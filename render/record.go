package render

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	imrversion "github.com/imrkit/imrkit/version"
)

// The rendered PDF is a record of what was rendered from what: its page
// footers and its metadata (the Info dictionary and XMP) name the source
// file and its SHA-256, the imrkit version and the render time.

// renderTime is Options.Date, else the time SOURCE_DATE_EPOCH gives (the
// reproducible-builds convention: the same input renders to the same
// bytes), else now; in UTC, to the second.
func (o Options) renderTime() (time.Time, error) {
	if !o.Date.IsZero() {
		return o.Date.UTC().Truncate(time.Second), nil
	}
	if s, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok {
		secs, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil || secs < 0 {
			return time.Time{}, fmt.Errorf("render: SOURCE_DATE_EPOCH=%q: want a number of seconds since 1970", s)
		}
		return time.Unix(secs, 0).UTC(), nil
	}
	return time.Now().UTC().Truncate(time.Second), nil
}

// record is the provenance a PDF carries.
type record struct {
	source   string // the source file's base name; "" for reports
	sha256   string // of the source file
	version  string // "imrkit v1.2.0", "imrkit devel" (see version)
	rendered time.Time
}

// sourceLine is the record's first footer line ("" for a report).
func (r record) sourceLine() string {
	if r.source == "" {
		return ""
	}
	return "Source: " + r.source + "   SHA-256: " + r.sha256
}

// renderedLine is the record's second footer line, before the page
// number.
func (r record) renderedLine() string {
	return "Rendered " + r.rendered.Format("2006-01-02 15:04:05 UTC") + " by " + r.version
}

func sourceName(path string) string {
	if path == "" || path == "-" {
		return "standard input"
	}
	return filepath.Base(path)
}

// version is the imrkit version the record names ("imrkit v1.2.0",
// "imrkit devel"): package version's, the one imr version and the
// letter JSON give.
func version() string { return "imrkit " + imrversion.String() }
