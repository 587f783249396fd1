package version

import (
	"runtime/debug"
	"strings"
	"sync"
)

// Module is the imrkit module path.
const Module = "github.com/imrkit/imrkit"

// override replaces the version found in the build information; a
// release build may set it with -ldflags "-X github.com/imrkit/imrkit/version.override=v1.2.3".
var override string

var once = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return describe(override, nil)
	}
	return describe(override, info)
})

// String returns imrkit's version: the module version (a tag such as
// v1.2.0, or a pseudo-version of the commit), with the VCS revision and
// "+dirty" for a build from modified sources when Go recorded them, or
// "devel" when the binary carries no version (go test, go run).
func String() string { return once() }

// describe builds the version string from the build information.
func describe(override string, info *debug.BuildInfo) string {
	v := override
	var rev, dirty string
	if info != nil {
		if v == "" {
			v = moduleVersion(info)
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
	}
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	if rev != "" && !strings.Contains(v, shortRev(rev)) {
		v += " (" + shortRev(rev) + dirty + ")"
	}
	return v
}

// moduleVersion is imrkit's version in the build: the main module's when
// the program is imrkit's own command, else the dependency's.
func moduleVersion(info *debug.BuildInfo) string {
	if info.Main.Path == Module {
		return info.Main.Version
	}
	for _, d := range info.Deps {
		if d.Path == Module {
			if d.Replace != nil {
				return d.Replace.Version
			}
			return d.Version
		}
	}
	return ""
}

// shortRev is the first 12 characters of a revision, as pseudo-versions
// write it.
func shortRev(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
