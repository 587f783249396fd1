package corpus

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestBarLine(t *testing.T) {
	tests := []struct {
		name string
		sum  Summary
		want string
	}{
		{name: "start", sum: Summary{Files: 100}, want: "[          ] 0/100 0% 0/s ETA ?"},
		{name: "half", sum: Summary{Files: 100, OK: 40, Skipped: 10, Elapsed: 5 * time.Second},
			want: "[====>     ] 50/100 50% 10/s ETA 5s"},
		{name: "failures", sum: Summary{Files: 10, OK: 8, Failed: 2, Elapsed: time.Second},
			want: "[==========] 10/10 100% 10/s ETA 0s 2 failed"},
		{name: "no files", sum: Summary{}, want: "[          ] 0/0 0% 0/s ETA ?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BarLine(tt.sum, 10); got != tt.want {
				t.Errorf("BarLine(%+v) = %q, want %q", tt.sum, got, tt.want)
			}
		})
	}
}

// TestBar prints failures above the bar and ends with the last state.
func TestBar(t *testing.T) {
	var b bytes.Buffer
	bar := NewBar(&b)
	bar.Update(Progress{Summary: Summary{Files: 2, Failed: 1}, Path: "a.pdf", Err: errors.New("damaged pdf")})
	bar.Update(Progress{Summary: Summary{Files: 2, Failed: 1, OK: 1}, Path: "b.pdf"})
	bar.Finish()
	out := b.String()
	if !strings.Contains(out, "a.pdf: damaged pdf\n") || !strings.HasSuffix(out, "2/2 100% 0/s ETA ? 1 failed\n") {
		t.Errorf("bar output = %q", out)
	}
}

func TestSummaryString(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    Summary
		want string
	}{
		{"a letter a file", Summary{Files: 130, OK: 128, Letters: 128, Failed: 2, Elapsed: 2 * time.Second},
			"130 files: 128 ok, 2 failed, 0 skipped in 2s (65 files/s)"},
		{"a file of two letters", Summary{Files: 2, OK: 2, Letters: 3, Elapsed: time.Second},
			"2 files: 2 ok (3 letters), 0 failed, 0 skipped in 1s (2 files/s)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.String(); got != tc.want {
				t.Errorf("Summary.String() = %q, want %q", got, tc.want)
			}
		})
	}
}
