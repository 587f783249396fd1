package ocr

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/internal/testenv"
)

func TestRepair(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"case number", "CMl6-O213O37", "CM16-0213037"},
		{"case number with comma", "CM16-02l3037,", "CM16-0213037,"},
		{"date", "1l/O9/2O16", "11/09/2016"},
		{"dashed date", "lO-l3-16.", "10-13-16."},
		{"rule", "|", ""},
		{"double rule", "||", ""},
		{"bar stuck to a word", "|Decision", "Decision"},
		{"ligature", "ﬁnal", "final"},
		{"a word stays", "Oil", "Oil"},
		{"letters only stay", "lO/lO/lO", "lO/lO/lO"},
		{"not a case number", "CMl6-O213", "CMl6-O213"},
		{"state with I for l", "IIlinois", "Illinois"},
		{"state with a doubled l read once", "Ilinois,", "Illinois,"},
		{"state with l for I", "lowa", "Iowa"},
		{"state with 1 for l", "F1orida.", "Florida."},
		{"a list read as one word", "lowa,Montana,Ilinois", "Iowa,Montana,Illinois"},
		{"a label and a list read as one word", "Licensure:Ilinois,California;lowa", "Licensure:Illinois,California;Iowa"},
		{"state spelt right", "Illinois", "Illinois"},
		{"state in lower case", "iowa", "iowa"},
		{"a word like a state but not one", "Ilinoise", "Ilinoise"},
		{"a state without a confusable letter", "Texsa", "Texsa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := repair(tt.in); got != tt.want {
				t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// tsv writes tesseract TSV for a 1700x2200 pixel page: each word is
// block, line, left, top, width, conf, text (height 30).
func tsv(words ...[]any) []byte {
	var b strings.Builder
	b.WriteString("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n")
	b.WriteString("1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t\n")
	for i, w := range words {
		fmt.Fprintf(&b, "5\t1\t%d\t1\t%d\t%d\t%d\t%d\t%d\t30\t%v\t%s\n", w[0], w[1], i+1, w[2], w[3], w[4], w[5], w[6])
	}
	return []byte(b.String())
}

func TestLayout(t *testing.T) {
	// The header table read as two blocks: labels, then values; a rule
	// between them; a paragraph after a gap.
	data := tsv(
		[]any{1, 1, 100, 100, 100, 96.0, "Case"}, []any{1, 1, 215, 100, 160, 95.5, "Number:"},
		[]any{1, 2, 100, 150, 100, 91.0, "Decision"}, []any{1, 2, 215, 150, 100, 90.0, "Date:"},
		[]any{2, 1, 600, 101, 240, 71.0, "CMl6-O213037"},
		[]any{2, 2, 580, 150, 10, 30.0, "|"}, []any{2, 2, 600, 151, 200, 88.0, "12/O9/2016"},
		[]any{3, 1, 100, 300, 60, 93.0, "The"}, []any{3, 1, 175, 300, 120, 92.0, "injured"},
	)
	words, w, h, err := parseTSV(data)
	if err != nil {
		t.Fatal(err)
	}
	p := Page{Number: 1, Width: float64(w) * 72 / 200, Height: float64(h) * 72 / 200}
	p.layout(words, 72.0/200)
	want := "Case Number:           CM16-0213037\nDecision Date:              12/09/2016\n\nThe injured"
	if diff := cmp.Diff(want, p.Text); diff != "" {
		t.Errorf("layout (-want +got):\n%s", diff)
	}
	for _, wd := range p.Words {
		if p.Text[wd.Start:wd.End] != wd.Text {
			t.Errorf("word %q spans %q", wd.Text, p.Text[wd.Start:wd.End])
		}
		if wd.Box.X0 >= wd.Box.X1 || wd.Box.Y0 >= wd.Box.Y1 {
			t.Errorf("word %q has an empty box %+v", wd.Text, wd.Box)
		}
	}
	off := strings.Index(p.Text, "CM16")
	if wd, ok := p.Locate(off + 3); !ok || wd.Conf != 71 || wd.Text != "CM16-0213037" {
		t.Errorf("Locate(case number) = %+v, %v; want the case number with confidence 71", wd, ok)
	}
	if _, ok := p.Locate(off - 1); ok {
		t.Errorf("Locate(a padding space) found a word")
	}
}

func TestParseTSVBad(t *testing.T) {
	if _, _, _, err := parseTSV([]byte("level\tpage_num\n5\t1\n")); err == nil {
		t.Error("parseTSV(no page row) = nil error")
	}
}

func TestMissingEngine(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := ReadPDF(t.Context(), []byte("%PDF-1.4"), nil, Options{})
	if !errors.Is(err, ErrNoTesseract) || !strings.Contains(err.Error(), "tesseract-ocr") {
		t.Errorf("ReadPDF without tesseract = %v, want ErrNoTesseract naming the package", err)
	}
}

func FuzzParseTSV(f *testing.F) {
	f.Add(tsv([]any{1, 1, 10, 10, 50, 90.0, "word"}, []any{2, 1, 300, 12, 50, 80.0, "|"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		words, w, h, err := parseTSV(data)
		if err != nil {
			return
		}
		p := Page{Width: float64(w), Height: float64(h)}
		p.layout(words, 1)
		for _, wd := range p.Words {
			if wd.Start < 0 || wd.Start > wd.End || wd.End > len(p.Text) {
				t.Fatalf("word %+v outside the text (%d bytes)", wd, len(p.Text))
			}
		}
	})
}

// FuzzRepair repairs any word: no panic, and a repaired word repaired
// again stays as it is.
func FuzzRepair(f *testing.F) {
	for _, s := range []string{"IIlinois", "Licensure:Ilinois,California;lowa", "CMl6-O213O37,", "lO-l3-16.", "|", ",:;", "I,", "ﬁnal"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := repair(s)
		if twice := repair(once); twice != once {
			t.Errorf("repair(%q) = %q, but repair of that = %q", s, once, twice)
		}
	})
}

// TestPageTimeout checks that a page whose engine hangs is a page error
// at the time limit, named as such, and that ReadPDF returns then.
func TestPageTimeout(t *testing.T) {
	testenv.Tool(t, "pdftoppm", "poppler-utils")
	testenv.Hanging(t, "tesseract")
	pdf := testenv.SeedPDF(t)
	start := time.Now()
	pages, err := ReadPDF(t.Context(), pdf, []int{1}, Options{PageTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || pages[0].Err == nil || !strings.Contains(pages[0].Err.Error(), "OCR stopped after 500ms") {
		t.Fatalf("pages %+v, want page 1 stopped after 500ms", pages)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("ReadPDF took %v, want about the 500ms limit", took)
	}
}

// TestCancel checks that ReadPDF stops an engine that hangs when its
// context is cancelled, long before the page's time limit, and says so.
func TestCancel(t *testing.T) {
	testenv.Tool(t, "pdftoppm", "poppler-utils")
	testenv.Hanging(t, "tesseract")
	pdf := testenv.SeedPDF(t)
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	pages, err := ReadPDF(ctx, pdf, []int{1}, Options{PageTimeout: time.Minute})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "OCR stopped") {
		t.Fatalf("ReadPDF = %d pages, %v; want OCR stopped, cancelled", len(pages), err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("ReadPDF took %v after its context was cancelled at 300ms", took)
	}
}
