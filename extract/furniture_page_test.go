package extract

import (
	"os"
	"strings"
	"testing"
)

func TestDropFurniture(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		kept, gone []string
		count      map[string]int // times a line stays
	}{
		{
			name: "page numbers",
			in:   "First page text.\nPage 1 of 3\n\fSecond page text.\nPage 2 of 3\n\fThird page text.\nPage 3 of 3\n",
			kept: []string{"First page text.", "Third page text."},
			gone: []string{"Page 1 of 3", "Page 3 of 3"},
		},
		{
			name: "running title and case number",
			in:   "Final Determination Letter\nOne.\n\fFinal Determination Letter\nTwo.\nCASE CM16-0221706\n\fFinal Determination Letter\nThree.\nCASE CM16-0221706\n",
			kept: []string{"One.", "Two.", "Three."},
			gone: []string{"Final Determination Letter", "CM16-0221706"},
		},
		{
			name: "a sentence ends two pages",
			in:   "The first rationale ends the page:\nthe request is not medically necessary.\n\fA second rationale ends this page:\nthe request is not medically necessary.\n\fThe last page.\n",
			kept: []string{"rationale ends the page: the request is not medically necessary.", "ends this page: the request is not medically necessary."},
		},
		{
			name:  "a title-like line at the top of one page and the foot of another",
			in:    "Physical Therapy Notes\nOne.\n\fTwo.\nPhysical Therapy Notes\n\fThree.\n",
			kept:  []string{"One.", "Two.", "Three."},
			count: map[string]int{"Physical Therapy Notes": 2},
		},
		{
			name:  "a short sentence ends most pages",
			in:    "One.\nThe request is upheld.\n\fTwo.\nThe request is upheld.\n\fThree.\nThe request is upheld.\n",
			kept:  []string{"One.", "Two.", "Three."},
			count: map[string]int{"The request is upheld.": 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := normalize(tt.in).text
			for _, s := range tt.kept {
				if !strings.Contains(got, s) {
					t.Errorf("normalize lost %q:\n%s", s, got)
				}
			}
			for s, want := range tt.count {
				if n := strings.Count(got, s); n != want {
					t.Errorf("normalize kept %q %d times, want %d:\n%s", s, n, want, got)
				}
			}
			for _, s := range tt.gone {
				if strings.Contains(got, s) {
					t.Errorf("normalize kept furniture %q:\n%s", s, got)
				}
			}
		})
	}
}

// TestSentenceEndsTwoPages reads a letter whose two items each end a
// page with the same line, "medically necessary.": both items keep their
// conclusion, and the second item stays an item of its own.
func TestSentenceEndsTwoPages(t *testing.T) {
	data, err := os.ReadFile("../testdata/letters/CM16-0213037.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(data), "medically necessary.\n\nMRI of the cervical", "medically necessary.\n\fMRI of the cervical", 1)
	src = strings.Replace(src, "determined to be not medically\nnecessary.", "determined to be not\nmedically necessary.", 1)
	if strings.Count(src, "\f") != 3 || strings.Count(src, "\nmedically necessary.") != 2 {
		t.Fatal("the fixture no longer has the lines this test moves")
	}
	l := Parse("two-pages.txt", src, Options{})
	if len(l.Items) != 2 {
		t.Fatalf("read %d items, want 2", len(l.Items))
	}
	for i, it := range l.Items {
		if it.Rationale.Conclusion == nil || it.Rationale.Conclusion.Value != NotNecessary {
			t.Errorf("item %d: conclusion %+v, want %q", i+1, it.Rationale.Conclusion, NotNecessary)
		}
	}
	want := strings.Count(Parse("one-page.txt", string(data), Options{}).Text, "medically necessary.")
	if n := strings.Count(l.Text, "medically necessary."); n != want {
		t.Errorf("normalized text says \"medically necessary.\" %d times, want %d as without the page break", n, want)
	}
}

// TestPageNumberLine checks pageNumberLine against the way it was
// written, lowering every line.
func TestPageNumberLine(t *testing.T) {
	lowered := func(s string) bool {
		if strings.Trim(s, "0123456789 -–/of") == "" && strings.ContainsAny(s, "0123456789") {
			return true
		}
		low := strings.ToLower(s)
		for i := strings.Index(low, "page "); i >= 0; {
			if j := i + len("page "); j < len(low) && isDigit(low[j]) && (i == 0 || !isLetterByte(low[i-1])) {
				return true
			}
			k := strings.Index(low[i+1:], "page ")
			if k < 0 {
				break
			}
			i += 1 + k
		}
		return false
	}
	for _, s := range []string{
		"Page 2 of 3", "PAGE 12", "- 2 -", "2 of 3", "homepage 2", "Case CM16-0001 Page 3", "page page 4", "Page x",
		"Pàge 2", "\u212apage 2", "\u0130 page 2", "Ⱥ PAGE 7", "page ", "", "paGe 9 é",
	} {
		if got, want := pageNumberLine(s), lowered(s); got != want {
			t.Errorf("pageNumberLine(%q) = %v, want %v", s, got, want)
		}
	}
}
