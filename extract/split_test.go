package extract

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// summary is what TestReadAll compares of a letter: what tells it apart
// from the others and what its items decide.
type summary struct {
	Case, Layout string
	Items        []string
}

func summarize(l *Letter) summary {
	s := summary{Layout: l.Source.Layout}
	if l.CaseNumber != nil {
		s.Case = l.CaseNumber.Value
	}
	for _, it := range l.Items {
		s.Items = append(s.Items, it.Header.Text+": "+string(it.Outcome.Value))
	}
	return s
}

// TestReadAll joins three letters of two layouts into one file, with
// and without page breaks between them: Read refuses it with the count,
// ReadAll reads each letter as it reads alone.
func TestReadAll(t *testing.T) {
	names := []string{"CM16-0213037.txt", "CM17-0016311.txt", "seed.txt"}
	var texts []string
	var want []summary
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "letters", n))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.TrimRight(string(data), "\f\n")+"\n")
		l, err := Read(n, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, summarize(l))
	}
	tests := []struct {
		name, sep string
	}{
		{"page breaks between", "\f"},
		{"end to end", ""},
		{"blank lines between", "\n\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(strings.Join(texts, tt.sep))
			_, err := Read("joined.txt", data, Options{})
			var several *SeveralLettersError
			if !errors.As(err, &several) || several.Count != 3 || !strings.HasPrefix(err.Error(), "joined.txt: holds 3 letters") {
				t.Errorf("Read(joined) error = %v, want joined.txt: holds 3 letters", err)
			}
			parts, err := ReadAll("joined.txt", data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []summary
			for i, p := range parts {
				got = append(got, summarize(p.Letter))
				checkSpans(t, p.Letter)
				if p.Index != i+1 || p.Count != 3 || p.Letter.Source.Path != "joined.txt" {
					t.Errorf("part %d: index %d of %d, path %q", i+1, p.Index, p.Count, p.Letter.Source.Path)
				}
				if i > 0 && p.Start != parts[i-1].End {
					t.Errorf("part %d starts at %d, part %d ends at %d", i+1, p.Start, i, parts[i-1].End)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ReadAll letters (-read alone +read joined):\n%s", diff)
			}
		})
	}
}

// TestReadAllPDF joins the seed letter's PDF with itself (qpdf): two
// letters, one page each after the other's.
func TestReadAllPDF(t *testing.T) {
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf is not installed (apt-get install qpdf)")
	}
	out := filepath.Join(t.TempDir(), "two.pdf")
	seed := filepath.Join("..", "testdata", "letters", "seed.pdf")
	if b, err := exec.Command(qpdf, "--empty", "--pages", seed, seed, "--", out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v: %s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := ReadAll("two.pdf", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	type place struct{ First, Last, Items int }
	var got []place
	for _, p := range parts {
		got = append(got, place{p.FirstPage, p.LastPage, len(p.Letter.Items)})
		if pos := p.Letter.Position(p.Letter.Items[0].Header.Start); pos.String() != "p2:l4" {
			t.Errorf("part %d: item line at %s, want p2:l4 (pages of the letter)", p.Index, pos)
		}
	}
	if diff := cmp.Diff([]place{{1, 2, 1}, {3, 4, 1}}, got); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
}

func TestReadAllOne(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "letters", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	parts, err := ReadAll("seed.txt", data, Options{})
	if err != nil || len(parts) != 1 || parts[0].Count != 1 || parts[0].End != len(data) {
		t.Fatalf("ReadAll(seed) = %d parts, %v; want one, the whole file", len(parts), err)
	}
}

// FuzzReadAll reads any text as letters: no panic, and the parts follow
// one another over the whole text, each with its spans inside its text.
func FuzzReadAll(f *testing.F) {
	for _, n := range []string{"CM16-0213037.txt", "seed.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "letters", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data) + "\f" + string(data))
	}
	f.Add("HOW THE IMR FINAL DETERMINATION WAS MADE\nCase Number\n\fHOW THE IMR FINAL DETERMINATION WAS MADE")
	f.Fuzz(func(t *testing.T, text string) {
		parts, err := ReadAll("fuzz.txt", []byte(text), Options{})
		if err != nil {
			return
		}
		end := 0
		for _, p := range parts {
			if p.Count > 1 && p.Start != end || p.End < p.Start || p.FirstPage > p.LastPage {
				t.Fatalf("part %d: %d..%d pages %d..%d after %d", p.Index, p.Start, p.End, p.FirstPage, p.LastPage, end)
			}
			end = p.End
			checkSpans(t, p.Letter)
		}
	})
}

// TestPartName: the name of a letter of a file, by path or SHA-256.
func TestPartName(t *testing.T) {
	tests := []struct {
		name         string
		index, count int
		id, path     string
	}{
		{name: "one letter", index: 1, count: 1, id: "ab12", path: "a.pdf"},
		{name: "first of two", index: 1, count: 2, id: "ab12#1", path: "a.pdf#1"},
		{name: "tenth of twelve", index: 10, count: 12, id: "ab12#10", path: "a.pdf#10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PartName("ab12", tt.index, tt.count); got != tt.id {
				t.Errorf("PartName(ab12, %d, %d) = %q, want %q", tt.index, tt.count, got, tt.id)
			}
			if got := PartName("a.pdf", tt.index, tt.count); got != tt.path {
				t.Errorf("PartName(a.pdf, %d, %d) = %q, want %q", tt.index, tt.count, got, tt.path)
			}
		})
	}
}
