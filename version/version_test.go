package version

import (
	"runtime/debug"
	"testing"
)

func TestDescribe(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}}
	dirty := append(rev, debug.BuildSetting{Key: "vcs.modified", Value: "true"})
	tests := []struct {
		name     string
		override string
		info     *debug.BuildInfo
		want     string
	}{
		{name: "no build info", want: "devel"},
		{name: "go test", info: &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "(devel)"}}, want: "devel"},
		{name: "tag", info: &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "v1.2.0"}}, want: "v1.2.0"},
		{name: "devel with revision", info: &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "(devel)"}, Settings: dirty}, want: "devel (0123456789ab+dirty)"},
		{name: "pseudo-version names its revision", info: &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "v0.0.0-20261206031500-0123456789ab"}, Settings: rev}, want: "v0.0.0-20261206031500-0123456789ab"},
		{name: "as a dependency", info: &debug.BuildInfo{Main: debug.Module{Path: "example.com/app"}, Deps: []*debug.Module{{Path: Module, Version: "v1.3.0"}}}, want: "v1.3.0"},
		{name: "override", override: "v9.9.9", info: &debug.BuildInfo{Main: debug.Module{Path: Module, Version: "(devel)"}}, want: "v9.9.9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.override, tt.info); got != tt.want {
				t.Errorf("describe(%q, ...) = %q, want %q", tt.override, got, tt.want)
			}
		})
	}
}
