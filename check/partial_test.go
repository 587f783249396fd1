package check

import (
	"strings"
	"testing"

	"github.com/imrkit/imrkit/extract"
)

// TestPartialRead reports a letter read with warnings as partly read,
// whatever else it holds, and a letter without warnings not.
func TestPartialRead(t *testing.T) {
	tests := []struct {
		name     string
		warnings []extract.Warning
		want     string // the finding's message; empty for none
	}{
		{name: "whole", want: ""},
		{name: "one page", warnings: []extract.Warning{{Message: "damaged pdf: page content cannot be read: data ends early", Page: 2}},
			want: "the file was only partly read, so facts may be missing: page 2: damaged pdf: page content cannot be read: data ends early"},
		{name: "file and more", warnings: []extract.Warning{{Message: "damaged pdf: no end-of-file marker: truncated"}, {Message: "x", Page: 1}},
			want: "the file was only partly read, so facts may be missing: damaged pdf: no end-of-file marker: truncated (and 1 more warnings)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := extract.Read("letter.txt", []byte("Pancakes\n\nMix two eggs with flour.\n"), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			l.Warnings = tt.warnings
			var got []string
			for _, f := range Run(l) {
				if f.Code == CodePartialRead {
					got = append(got, f.Message)
					if f.Severity != Error || f.Item != -1 {
						t.Errorf("finding %+v: want an error for the whole letter", f)
					}
				}
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
				t.Errorf("partial-read findings = %q, want %q", strings.Join(got, " | "), tt.want)
			}
		})
	}
}
