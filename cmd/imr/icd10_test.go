package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestICD10Command(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"best and candidates", []string{"lexicon", "icd10", "lumbar", "strain"}, 0, "S39.012A Strain of muscle, fascia and tendon of lower back"},
		{"side of the letter", []string{"lexicon", "icd10", "--side", "left", "shoulder contusion"}, 0, "S40.012A"},
		{"nothing fits", []string{"lexicon", "icd10", "the"}, 0, "no code fits"},
		{"no phrase", []string{"lexicon", "icd10"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tt.args, nil, &out, &errOut); code != tt.code {
				t.Fatalf("run(%q) = %d, want %d; stderr %s", tt.args, code, tt.code, errOut.String())
			}
			if !strings.Contains(out.String(), tt.want) {
				t.Errorf("run(%q) wrote %q, want it to hold %q", tt.args, out.String(), tt.want)
			}
		})
	}
}
