package render

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
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
	version  string // "imrkit v1.2.0", "imrkit (devel) 0123456789ab"
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

// version is this program's imrkit version from its build information:
// the module version, or for a development build the VCS revision (12
// hex digits, "+dirty" when modified).
var version = sync.OnceValue(func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "imrkit (unknown version)"
	}
	v := bi.Main.Version
	if m := imrkitModule(bi); m != nil {
		v = m.Version
	}
	if v != "" && v != "(devel)" {
		return "imrkit " + v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	switch {
	case rev == "":
		return "imrkit (devel)"
	case dirty:
		return "imrkit (devel) " + rev + "+dirty"
	}
	return "imrkit (devel) " + rev
})

// imrkitModule is imrkit among the dependencies, when another program
// builds it in.
func imrkitModule(bi *debug.BuildInfo) *debug.Module {
	for _, m := range bi.Deps {
		if m.Path == "github.com/imrkit/imrkit" {
			return m
		}
	}
	return nil
}
