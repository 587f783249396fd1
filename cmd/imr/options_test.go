package main

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReadOptionFlags: --max-bytes, --pdf-max-glyphs and --mentions
// reach extraction.
func TestReadOptionFlags(t *testing.T) {
	w := newWorkspace(t)
	pdf := damagedPDF(t, w.dir)
	runCases(t, []cliCase{
		{name: "--max-bytes refuses a larger file", args: []string{"check", "--max-bytes", "1KiB", w.seed}, code: 2, err: []string{"seed.txt: 3284 bytes is over the input size limit of 1024 bytes", "no letter read"}},
		{name: "--max-bytes in plain bytes", args: []string{"extract", "--no-text", "--max-bytes", "4000", w.seed}, out: []string{"seed.txt"}},
		{name: "--max-bytes none", args: []string{"extract", "--no-text", "--max-bytes", "none", w.seed}, out: []string{"seed.txt"}},
		{name: "--max-bytes on standard input", args: []string{"check", "--max-bytes", "100", "-"}, stdin: readString(t, w.seed), code: 2, err: []string{"-: ", "over the input size limit of 100 bytes"}},
		{name: "--max-bytes bad size", args: []string{"render", "--max-bytes", "16MB", w.seed}, code: 2, err: []string{`invalid argument "16MB" for "--max-bytes" flag: want a size above 0`}},
		{name: "--max-bytes default in help", args: []string{"help", "extract"}, out: []string{"--max-bytes size", "(default 16MiB)", "--pdf-max-glyphs"}},
		{name: "--pdf-max-glyphs", args: []string{"check", "--pdf-max-glyphs", "100", pdf}, code: 2, err: []string{"damaged.pdf: page 1: limit exceeded: more than 100 glyphs"}},
		{name: "--mentions", args: []string{"extract", "--no-text", "--mentions", w.seed}, out: []string{`"judged":{`, `"mentions":{"header":`}},
		{name: "no mentions by default", args: []string{"extract", "--no-text", w.seed}, notOut: []string{`"judged"`, `"mentions"`}},
		{name: "the PDF names the version imr version gives", args: []string{"render", "--to", "pdf", w.seed}, out: []string{"<imrkit:Version>imrkit devel</imrkit:Version>"}},
		{name: "--ocr bad mode", args: []string{"extract", "--ocr", "sometimes", w.seed}, code: 2, err: []string{`"--ocr"`, "auto", "always", "never"}},
		{name: "--ocr never on text", args: []string{"extract", "--no-text", "--ocr", "never", w.seed}, out: []string{"seed.txt"}},
		{name: "render --to docx", args: []string{"render", "--to", "docx", w.seed}, outPref: "PK\x03\x04"},
	})
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64
		bad  bool
	}{
		{name: "bytes", in: "1048576", want: 1 << 20},
		{name: "MiB", in: "16MiB", want: 16 << 20},
		{name: "lower case with space", in: "512 kib", want: 512 << 10},
		{name: "GiB", in: "2GiB", want: 2 << 30},
		{name: "B", in: "100B", want: 100},
		{name: "none", in: "none", want: -1},
		{name: "decimal unit", in: "16MB", bad: true},
		{name: "zero", in: "0", bad: true},
		{name: "negative", in: "-5", bad: true},
		{name: "fraction", in: "1.5MiB", bad: true},
		{name: "overflow", in: "9999999999GiB", bad: true},
		{name: "empty", in: "", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSize(tt.in)
			if (err != nil) != tt.bad {
				t.Fatalf("parseSize(%q) error %v, want error %v", tt.in, err, tt.bad)
			}
			if diff := cmp.Diff(tt.want, got); !tt.bad && diff != "" {
				t.Errorf("parseSize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestWordRoundTrip: a letter rendered to Word is checked like its text.
func TestWordRoundTrip(t *testing.T) {
	w := newWorkspace(t)
	out := filepath.Join(w.dir, "word")
	runCases(t, []cliCase{
		{name: "render to docx", args: []string{"render", "--to", "docx", "--out", out, w.seed}, out: []string{".docx"}},
		{name: "check the docx", args: []string{"check", out}, code: 1, out: []string{"quantity-mismatch", "requests 14", "judges 12"}, err: []string{"1 letter read"}},
	})
}
