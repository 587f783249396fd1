package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/extract"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     date
		ok       bool
	}{
		{"slashes", "10/13/2016", date{2016, 10, 13}, true},
		{"dashes, two-digit year", "1-21-16", date{2016, 1, 21}, true},
		{"old two-digit year", "8/6/94", date{1994, 8, 6}, true},
		{"words", "October 13, 2016", date{2016, 10, 13}, true},
		{"abbreviated month", "Dec. 9, 2016", date{2016, 12, 9}, true},
		{"impossible year kept", "December 9, 3026", date{3026, 12, 9}, true},
		{"header value", "2016-11-03", date{2016, 11, 3}, true},
		{"no such day", "02/30/2016", date{}, false},
		{"not a date", "4.5/5", date{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parseDate(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("parseDate(%q) = %v, %v, want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"periods", "He fell. She did not.", []string{"He fell.", "She did not."}},
		{"abbreviations and initials", "Dr. Smith saw him on Oct. 3. J. Doe agreed.", []string{"Dr. Smith saw him on Oct. 3.", "J. Doe agreed."}},
		{"a number ends a sentence", "Strength was 4 out of 5. The sensation was intact.", []string{"Strength was 4 out of 5.", "The sensation was intact."}},
		{"glued period", "MRI (right elbow).The UR dated 12-6-16 denied it.", []string{"MRI (right elbow).", "The UR dated 12-6-16 denied it."}},
		{"decimals stay", "A dose of 7.5 mg. Then 10 mg.", []string{"A dose of 7.5 mg. Then 10 mg."}},
		{"line breaks", "Decision rationale\nThe request is denied.", []string{"Decision rationale", "The request is denied."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range sentences(tc.text, extract.Span{End: len(tc.text)}) {
				got = append(got, tc.text[s.Start:s.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences(%q) differ (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestSameStrength(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"dashes and slashes", "320.5-30-16mg", "320.5/30/16 mg", true},
		{"case", "10/325MG", "10/325mg", true},
		{"another strength", "30.5/30/16mg", "320.5/30/16mg", false},
		{"parts parted by a space", "7.5 325 mg", "7.5-325mg", true},
		{"another unit", "10mg", "10mcg", false},
		{"one part fewer", "325 mg", "7.5/325mg", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameStrength(tc.a, tc.b); got != tc.want {
				t.Errorf("sameStrength(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestNearRegions(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"same", "knee-leg", "knee-leg", true},
		{"limb holds joint", "lower-extremity", "knee-leg", true},
		{"legs and low back", "lumbar-spine", "lower-extremity", true},
		{"spine holds segment", "spine", "thoracic-spine", true},
		{"segments differ", "thoracic-spine", "cervical-spine", false},
		{"knee and low back", "knee-leg", "lumbar-spine", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := nearRegions(tc.a, tc.b); got != tc.want {
				t.Errorf("nearRegions(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestReadNumbers(t *testing.T) {
	for _, tc := range []struct {
		name, n, unit string
		days          int
	}{
		{"a month", "a", "month", 30},
		{"weeks", "6", "weeks", 42},
		{"spelled years", "two", "years", 730},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := spanDays(tc.n, tc.unit); got != tc.days {
				t.Errorf("spanDays(%q, %q) = %d, want %d", tc.n, tc.unit, got, tc.days)
			}
		})
	}
	if v, ok := readNumber("Twelve"); !ok || v != 12 {
		t.Errorf("readNumber(Twelve) = %v, %v, want 12, true", v, ok)
	}
}

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		n        int
		want     string
	}{
		{"short", "a  b\nc", 10, "a b c"},
		{"cut at a word", "the quick brown fox", 12, "the quick ..."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clip(tc.in, tc.n); got != tc.want {
				t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

// TestPointerWords checks that each pointer pattern has its prefilter
// words, and that every phrase the pattern matches holds one of them.
func TestPointerWords(t *testing.T) {
	if len(pointerWords) != len(pointerRes) {
		t.Fatalf("%d pointerWords for %d pointerRes", len(pointerWords), len(pointerRes))
	}
	for _, s := range []string{
		"The MRI in question is not needed.", "the need for additional physical therapy", "the continued need for Pantoprazole",
		"The request for 12 sessions of acupuncture is not medically necessary.", "the requested MRI",
		"One platelet-rich plasma injection to the right knee is not medically necessary per the ODG.",
	} {
		low := strings.ToLower(s)
		for k, re := range pointerRes {
			if !re.MatchString(s) {
				continue
			}
			if !slices.ContainsFunc(pointerWords[k], func(w string) bool { return strings.Contains(low, w) }) {
				t.Errorf("pattern %d matches %q, which holds none of %q", k, s, pointerWords[k])
			}
		}
	}
}
