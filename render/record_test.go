package render

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestPDFRecord checks what a rendered PDF records of its making: every
// page footer and the metadata (Info and XMP) name the source file and
// its SHA-256, the imrkit version and the render time, which
// SOURCE_DATE_EPOCH sets.
func TestPDFRecord(t *testing.T) {
	pdfinfo := pdfTool(t, "pdfinfo")
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	l := readLetter(t, "CM16-0213037")
	sha := l.Source.SHA256
	var buf bytes.Buffer
	if err := Letter(&buf, PDF, Entry{Letter: l}, Options{}); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
	if len(pages) < 2 {
		t.Fatalf("the letter renders to %d pages, want several", len(pages))
	}
	for i, p := range pages {
		for _, want := range []string{"Source: CM16-0213037.txt SHA-256: " + sha,
			"Rendered 2023-11-14 22:13:20 UTC by " + version(), "Page " + string(rune('1'+i)) + " of"} {
			if !strings.Contains(collapse(p), want) {
				t.Errorf("page %d lacks %q", i+1, want)
			}
		}
	}
	custom, err := runFile(t, pdfinfo, buf.Bytes(), "-custom")
	if err != nil {
		t.Fatal(err)
	}
	meta, err := runFile(t, pdfinfo, buf.Bytes(), "-meta")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, got, want string }{
		{"info source", string(custom), "SourceFile:     CM16-0213037.txt"},
		{"info sha256", string(custom), "SourceSHA256:   " + sha},
		{"info version", string(custom), "ImrkitVersion:  " + version()},
		{"info time", string(custom), "RenderTime:     2023-11-14T22:13:20Z"},
		{"xmp sha256", string(meta), "<imrkit:SourceSHA256>" + sha + "</imrkit:SourceSHA256>"},
		{"xmp source", string(meta), "<imrkit:SourceFile>CM16-0213037.txt</imrkit:SourceFile>"},
		{"xmp time", string(meta), "<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"},
		{"xmp version", string(meta), "<imrkit:Version>" + version() + "</imrkit:Version>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(collapse(tt.got), collapse(tt.want)) {
				t.Errorf("lacks %q:\n%s", tt.want, tt.got)
			}
		})
	}
}

// TestRenderTime checks where the render time comes from.
func TestRenderTime(t *testing.T) {
	fixed := time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)
	tests := []struct {
		name    string
		env     string // "unset" for no SOURCE_DATE_EPOCH
		opt     Options
		want    func(time.Time) bool
		wantErr bool
	}{
		{name: "Options.Date wins", env: "1700000000", opt: Options{Date: fixed}, want: fixed.Equal},
		{name: "SOURCE_DATE_EPOCH", env: "1700000000", want: time.Unix(1700000000, 0).Equal},
		{name: "now", env: "unset", want: func(got time.Time) bool { return time.Since(got).Abs() < time.Minute }},
		{name: "bad SOURCE_DATE_EPOCH", env: "yesterday", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("SOURCE_DATE_EPOCH", tt.env)
			if tt.env == "unset" {
				os.Unsetenv("SOURCE_DATE_EPOCH")
			}
			got, err := tt.opt.renderTime()
			if _, nerr := New(tt.opt); (nerr != nil) != tt.wantErr || (err != nil) != tt.wantErr {
				t.Fatalf("renderTime() error %v, New error %v; want an error: %v", err, nerr, tt.wantErr)
			}
			if !tt.wantErr && !tt.want(got) {
				t.Errorf("renderTime() = %v", got)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	if v := version(); !strings.HasPrefix(v, "imrkit ") || len(v) <= len("imrkit ") {
		t.Errorf("version() = %q, want imrkit and a version", v)
	}
}

// TestPDFPageFoot checks how pages end: never with a heading, an item's
// line or a sentence that leads in to a table or list ("set forth
// below:").
func TestPDFPageFoot(t *testing.T) {
	for _, name := range goldenLetters {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Letter(&buf, PDF, Entry{Letter: readLetter(t, name)}, Options{}); err != nil {
				t.Fatal(err)
			}
			pages := strings.Split(strings.TrimRight(pdfText(t, buf.Bytes()), "\f"), "\f")
			for i, p := range pages[:len(pages)-1] {
				last := lastBodyLine(p)
				if strings.HasSuffix(last, ":") || last == strings.ToUpper(last) ||
					strings.HasSuffix(last, ": Upheld") || strings.HasSuffix(last, ": Overturned") {
					t.Errorf("page %d ends with %q", i+1, last)
				}
			}
		})
	}
}

// lastBodyLine is the last line of a page's text above its footer.
func lastBodyLine(page string) string {
	lines := strings.Split(strings.TrimSpace(page), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := collapse(lines[i])
		if l != "" && !strings.Contains(l, "SHA-256") && !strings.Contains(l, "Rendered ") {
			return l
		}
	}
	return ""
}
