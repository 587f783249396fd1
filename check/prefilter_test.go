package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/textpat"
)

// TestURDateNeeds checks that each of urDateRes has its list of needed
// words, and that a sentence each pattern matches holds one of them.
func TestURDateNeeds(t *testing.T) {
	res := urDateRes
	if len(urDateNeeds) != len(res) {
		t.Fatalf("%d lists of needed words for %d patterns", len(urDateNeeds), len(res))
	}
	for _, tc := range []struct {
		name string
		k    int
		text string
	}{
		{"named review", 0, "The UR dated 11-14-16 found it not necessary"},
		{"review glued to its date", 0, "URNov 14, 2016 found it not necessary"},
		{"review in brackets", 0, "The (UR on 11/14/2016)"},
		{"prior review", 0, "The prior determination of 11/14/2016"},
		{"opening date, review", 1, "On November 16, 2016 the Utilization Review determined"},
		{"denied by review", 2, "The request was noncertified by Utilization Review on December 22, 2016"},
		{"review denied on", 3, "The UR (utilization review board) denied certification on December 29, 2016"},
		{"request denied on", 4, "The treatment was denied on 12/21/2016"},
		{"opening date, request", 5, "On December 9, 2016, a request for an MRI was denied by utilization review"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !res[tc.k].MatchString(tc.text) {
				t.Fatalf("pattern %d does not match %q", tc.k, tc.text)
			}
			d := &letter{text: tc.text, lower: textpat.Lower(tc.text)}
			if !d.hasNeeded(extract.Span{End: len(tc.text)}, urDateNeeds[tc.k]) {
				t.Errorf("%q holds none of %q", tc.text, urDateNeeds[tc.k])
			}
		})
	}
}

// TestUnitWords compares the fast reading of a unit's words with the
// plain one it stands for.
func TestUnitWords(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"punctuation", "Prior care has included therapy; injections and medications (Norco 10/325mg #60)."},
		{"colon and digits", "...all medical records:61 yr. old female"},
		{"non-ASCII", "The patient’s Café visit—ICD-10: M54.5"},
		{"empty", "  "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &letter{text: tc.text, lower: textpat.Lower(tc.text)}
			words, n := d.unitWords(extract.Span{End: len(tc.text)})
			ws := strings.FieldsFunc(strings.ToLower(tc.text), notWordRune)
			if want := strings.Join(ws, " "); words != want || n != len(ws) {
				t.Errorf("unitWords = %q, %d; want %q, %d", words, n, want, len(ws))
			}
		})
	}
}

// TestFindFirstReport compares the windowed search of the Doctor's First
// Report's dates with the plain search of the whole text.
func TestFindFirstReport(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"date before", "Summary. On 11-23-2016 (Doctor's First Report) the patient was seen."},
		{"date after", "The First Report (DFR) dated December 15, 2016 notes pain. A first report done on 1/2/17 too."},
		{"both ways, twice", "A November 22, 2016 first report first report dated 12/01/2016; then 3/4/2016 first report."},
		{"white space", "On Nov.   \n  22nd,    \n\n   2016 ,( Doctors \n first report\n dated    5/6/2016"},
		{"opening", "first report dated 11/11/2016"},
		{"no boundary", "xfirst report dated 11/11/2016 and 11/12/2016 first reporting"},
		{"far date", "first report " + strings.Repeat("word ", 20) + "dated 11/11/2016"},
		{"cut number", "Ref 1112/25/2016 first report"},
		{"non-ASCII", "On 11-23-2016 Doctor’s first report, the first report dated 12/1/2016"},
		{"none", "No report here."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &letter{text: tc.text, lower: textpat.Lower(tc.text)}
			in := extract.Span{End: len(tc.text)}
			found := 0
			for k, re := range firstReportRes {
				want := d.find(re, in, 1)
				got := d.findFirstReport(k, re, in)
				found += len(want)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("pattern %d (-whole +windowed):\n%s", k, diff)
				}
			}
			if none := tc.name == "none" || tc.name == "no boundary" || tc.name == "far date"; found == 0 && !none {
				t.Errorf("no date found: the case tests nothing")
			}
		})
	}
}

// TestHasWordStart checks the word-start test of hasNeeded.
func TestHasWordStart(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		in   extract.Span
		want bool
	}{
		{"opening", "UR dated", extract.Span{End: 8}, true},
		{"after a mark", "the (UR)", extract.Span{End: 8}, true},
		{"inside a word", "during surgery", extract.Span{End: 14}, false},
		{"at the span's start", "xur", extract.Span{Start: 1, End: 3}, true},
		{"outside the span", "ur here", extract.Span{Start: 2, End: 7}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &letter{text: tc.text, lower: textpat.Lower(tc.text)}
			if got := d.hasWordStart(tc.in, "ur"); got != tc.want {
				t.Errorf("hasWordStart(%q, ur) = %v, want %v", tc.text[tc.in.Start:tc.in.End], got, tc.want)
			}
		})
	}
}

// TestFindOpening compares the anchored search of the dates of injury
// with the plain search of the whole span.
func TestFindOpening(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		in   extract.Span
	}{
		{"several", "Date of injury: 1/2/2015. The injury was on March 3, 2015 and DOI is 4/4/2015.", extract.Span{}},
		{"inside a word", "Reinjured on 1/2/2015; noninjury of 2/2/2015; injured on 3/3/2015.", extract.Span{}},
		{"date of the injury", "the date of the injury of 11/11/2011, the injury 12/12/2012", extract.Span{}},
		{"span start inside a word", "xinjury was 1/1/2011", extract.Span{Start: 1}},
		{"non-ASCII", "The injury—on 1/2/2015—and the injury on 2/3/2015", extract.Span{}},
		{"none", "No dates here, injury unknown.", extract.Span{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &letter{text: tc.text, lower: textpat.Lower(tc.text)}
			in := tc.in
			in.End = len(tc.text)
			want := d.find(injuryDateRe, in, 1)
			got := d.findOpening(injuryDateRe, in, 1, "date of", "injur", "doi")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-whole +anchored):\n%s", diff)
			}
			if len(want) == 0 && tc.name != "none" {
				t.Errorf("no date found: the case tests nothing")
			}
		})
	}
}

// TestAnchored checks which patterns have an anchored form.
func TestAnchored(t *testing.T) {
	if a := anchored(injuryDateRe.Regexp()); a == nil || !a.MatchString("injury on 1/2/2015") || a.MatchString("the injury on 1/2/2015") {
		t.Errorf("anchored(injuryDateRe) = %v: want a pattern matching at the start only", a)
	}
	if a := anchored(firstReportRes[0].Regexp()); a != nil {
		t.Errorf("anchored(%s) = %s, want nil: the pattern does not open with (?i)\\b", firstReportRes[0], a)
	}
}

// TestSideReach checks that onTheSide finds in the first sideReach bytes
// after a part what it finds in the whole rest of the text, for gaps of
// characters of every size up to past its 30.
func TestSideReach(t *testing.T) {
	for _, c := range []string{"x", "é", "€", "\U0001D465"} {
		for n := 0; n <= 32; n++ {
			for _, tail := range []string{" on the right side", " on the right", " on the rightmost", "on the rightmost", "on the left"} {
				s := strings.Repeat(c, n) + tail
				want := onTheSide.Regexp().FindStringSubmatchIndex(s)
				w := s[:min(len(s), sideReach)]
				if got := onTheSide.FindIn(w, textpat.Lower(w)); !slices.Equal(got, want) {
					t.Errorf("%d × %q + %q: %v in reach, %v in the whole", n, c, tail, got, want)
				}
			}
		}
	}
}
