package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/imrkit/imrkit/internal/textpat"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"reflow", "The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16. The\ninjured worker was treated.\n", "The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16. The injured worker was treated.\n"},
		{"blank line", "First paragraph.\n\nSecond paragraph.\n", "First paragraph.\n\nSecond paragraph.\n"},
		{"header table", "Case Number:          CM16-0213037\nDate Assigned:        11/09/2016                      Date of Injury:      10/13/2016\nPriority:             Standard                        Application          11/03/2016\n                                                      Received:\n\nHOW IT WAS MADE\n",
			"Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nDate of Injury: 10/13/2016\nPriority: Standard\nApplication Received: 11/03/2016\n\nHOW IT WAS MADE\n"},
		{"outcome alone", "Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS:\n11/11/2016:\nUpheld\nClaims Administrator guideline: none.\n",
			"Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016: Upheld\n\nClaims Administrator guideline: none.\n"},
		{"item after rationale", "the request is not medically necessary.\nX-rays of the lumbar spine: Upheld\n", "the request is not medically necessary.\n\nX-rays of the lumbar spine: Upheld\n"},
		{"split date", "injured on 10/14/\n2016 at work.\n", "injured on 10/14/2016 at work.\n"},
		{"compound hyphen", "pain on the right-\nsided wrist and the right side.\n", "pain on the right-sided wrist and the right side.\n"},
		{"broken word", "there is no documen-\ntation of the visit.\n", "there is no documentation of the visit.\n"},
		{"form feed inside paragraph", "the treating physician\n\frecommended therapy.\n", "the treating physician recommended therapy.\n"},
		{"heading", "CLINICAL CASE SUMMARY\nThe expert reviewer developed the summary:\n", "CLINICAL CASE SUMMARY\n\nThe expert reviewer developed the summary:\n"},
		{"double spaced", "One line of the first paragraph \n\ngoes on here. \n\n \n\nA second paragraph \n\nends here. \n\n", "One line of the first paragraph goes on here.\n\nA second paragraph ends here.\n"},
		{"trailing spaces and tabs", "Some  words\twith   gaps.  \n", "Some words with gaps.\n"},
		{"crlf", "Line one.\r\n\r\nLine two.\r\n", "Line one.\n\nLine two.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalize(tt.in)
			if d.text != tt.want {
				t.Errorf("normalize(%q) =\n%q\nwant\n%q", tt.in, d.text, tt.want)
			}
			checkSourceMap(t, d)
		})
	}
}

// checkSourceMap requires every copied run to match the source.
func checkSourceMap(t *testing.T, d *document) {
	t.Helper()
	for _, s := range d.segs {
		if d.text[s.norm:s.norm+s.n] != d.source[s.src:s.src+s.n] {
			t.Errorf("segment %+v: %q is not %q", s, d.text[s.norm:s.norm+s.n], d.source[s.src:s.src+s.n])
		}
	}
}

func TestPages(t *testing.T) {
	d := normalize("Page one text.\n\fPage two text.\n\fPage three.\n\f")
	for _, tt := range []struct {
		word string
		page int
	}{{"one", 1}, {"two", 2}, {"three", 3}} {
		off := indexOf(d.text, tt.word)
		if got := d.page(off); got != tt.page {
			t.Errorf("page(%q) = %d, want %d", tt.word, got, tt.page)
		}
	}
	if d.pageCount() != 3 {
		t.Errorf("pageCount() = %d, want 3", d.pageCount())
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestSpaces checks the runs of spaces and marks findSpaces records
// against reading every byte, on every line of the letters and on spans
// of made-up text.
func TestSpaces(t *testing.T) {
	texts := []string{"a  b   c\t d\r\n  e \f f    \v", "   ", " ", "", "x  ", "  x", "a \t b", "a b c"}
	texts = append(texts, matcherLetters(t)...)
	for _, src := range texts {
		sp := findSpaces(src)
		for start := 0; start <= len(src); start += 1 + len(src)/200 {
			for end := start; end <= len(src) && end-start < 300; end += 1 + (end-start)/3 {
				s := src[start:end]
				if got, want := sp.hasRun(start, end, 3), strings.Contains(s, "   "); got != want {
					t.Fatalf("hasRun(%q, 3) = %v, want %v", s, got, want)
				}
				want := !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\r\f\v")
				if got := sp.plain(start, end); got != want {
					t.Fatalf("plain(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestTrimClosers checks trimClosers against strings.TrimRight.
func TestTrimClosers(t *testing.T) {
	inputs := []string{"", "a", "a)", "a.”", "a’)]\"'", "”", "\x80\x9d", "a\xe2\x80", "x’’"}
	for _, text := range matcherLetters(t) {
		inputs = append(inputs, strings.Split(text, "\n")...)
	}
	for _, s := range inputs {
		if got, want := trimClosers(s), strings.TrimRight(s, "\"'”’)]"); got != want {
			t.Errorf("trimClosers(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCollapse checks collapse against joining the fields.
func TestCollapse(t *testing.T) {
	inputs := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "é b", "a\nb"}
	for _, text := range matcherLetters(t) {
		inputs = append(inputs, strings.Split(text, ". ")...)
	}
	for _, s := range inputs {
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
		if got, want := textpat.Lower(s), asciiLower(s); got != want {
			t.Errorf("textpat.Lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendLower([]byte("x"), s)), "x"+asciiLower(s); got != want {
			t.Errorf("appendLower(x, %q) = %q, want %q", s, got, want)
		}
	}
}

// TestAppendLowerBytes checks appendLower, which reads eight bytes at a
// time, with every byte at every place of a word.
func TestAppendLowerBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for i := 0; i < 10; i++ {
			b := []byte("ABCDEFGHIJ")
			b[i] = byte(c)
			s := string(b)
			if got, want := string(appendLower(nil, s)), asciiLower(s); got != want {
				t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestRuneCount checks runeCount against utf8.RuneCountInString, on
// invalid UTF-8 too.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "abc", "é", "ab é c", "a\x80b", "\xff\xfe", "abcdefghi\xe2\x80", "x\u2019s", "abcdefg\u00e9hijklmnop", "\u00e9abcdefghijklmnop"} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// asciiLower is lowerASCII as first written.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestLastKey checks lastKey against the last index of each key.
func TestLastKey(t *testing.T) {
	inputs := []string{"", "necess", "x necessary appropriate", "appropriat", "supported."}
	for _, text := range matcherLetters(t) {
		inputs = append(inputs, textpat.Lower(text))
	}
	for _, s := range inputs {
		for end := len(s); end >= 0; end -= 1 + end/50 {
			want := -1
			for _, k := range conclusionKeys {
				want = max(want, strings.LastIndex(s[:end], k))
			}
			if got := lastKey(s[:end], conclusionKeys); got != want {
				t.Fatalf("lastKey(%q) = %d, want %d", s[:end], got, want)
			}
		}
	}
}

// TestWordCounts checks that the counted words answer as countWord's
// scan does, for words whole, inside others, at the ends and beside
// bytes of other scripts.
func TestWordCounts(t *testing.T) {
	text := []byte("therapy physio-therapy physiotherapy, therapy; xtherapy therapyx é-therapy therapy–therapy therapy")
	m := wordCounts(text)
	for _, w := range []string{"therapy", "physio", "physiotherapy", "xtherapy", "é", "herapy", "nothing", ""} {
		for _, limit := range []int{1, 2, 100} {
			if got, want := min(m[w], limit), countWord(text, w, limit); got != want {
				t.Errorf("wordCounts[%q] up to %d = %d, countWord = %d", w, limit, got, want)
			}
		}
	}
}

// TestManyHyphenatedLines checks that a text with more hyphenated line
// ends than scansBeforeIndex joins them as one with few does: a word
// the letter holds whole is joined, a compound is kept.
func TestManyHyphenatedLines(t *testing.T) {
	var in, want strings.Builder
	in.WriteString("The documentation and the right-sided pain.\n")
	want.WriteString("The documentation and the right-sided pain.")
	for i := range 2 * scansBeforeIndex {
		if i%2 == 0 {
			in.WriteString("there is no documen-\ntation of the visit and ")
			want.WriteString(" there is no documentation of the visit and")
		} else {
			in.WriteString("pain on the right-\nsided wrist and ")
			want.WriteString(" pain on the right-sided wrist and")
		}
	}
	in.WriteString("more.\n")
	want.WriteString(" more.\n")
	if d := normalize(in.String()); d.text != want.String() {
		t.Errorf("normalize =\n%q\nwant\n%q", d.text, want.String())
	}
}
