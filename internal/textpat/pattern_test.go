package textpat

import (
	"fmt"
	"strings"
	"testing"
)

// TestCheck checks that Check finds a prefilter that does not hold and
// passes those that do.
func TestCheck(t *testing.T) {
	text := "The request for 12 sessions of physical therapy, QTY: 6, is not medically necessary. 8 visits."
	tests := []struct {
		name string
		pt   *Pattern
		bad  string // what Check's message holds, "" for none
	}{
		{"true first bytes", Of(`(?i)\b(\d+)\s+(?:more\s+)?(sessions|visits)\b`).StartsWith("0123456789"), ""},
		{"wrong first bytes", Of(`(?i)\b(\d+)\s+(?:more\s+)?(sessions|visits)\b`).StartsWith("s"), "first bytes"},
		{"true needs", Of(`(?i)\b(\d+)\s+(sessions|visits)\b`).Needing("sessions", "visits"), ""},
		{"wrong needs", Of(`(?i)\b(\d+)\s+(sessions|visits)\b`).Needing("sessions"), "holds none"},
		{"true lead", Of(`(?i)\bqty\s*:\s*(\d+)`).Needing("qty").Within(0), ""},
		{"folded as written", Of(`(?i)medically\s+NECESSARY`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.pt.Check(text)
			if tt.bad == "" && got != "" || tt.bad != "" && !strings.Contains(got, tt.bad) {
				t.Errorf("Check = %q, want %q", got, tt.bad)
			}
		})
	}
}

// TestLongS checks that a case-insensitive pattern that tells its first
// bytes finds, in a text with a long s (ſ, which such a pattern folds to
// s), the matches that start with it, as its regexp does.
func TestLongS(t *testing.T) {
	pt := Of(`(?i)sessions`).StartsWith("s")
	for _, s := range []string{"4 ſessions", "4 sessions, 5 ſessions"} {
		if bad := pt.Check(s); bad != "" {
			t.Errorf("%s", bad)
		}
		if got, want := len(pt.FindAll(s)), len(pt.Regexp().FindAllStringIndex(s, -1)); got != want || got == 0 {
			t.Errorf("FindAll(%q): %d matches, want %d", s, got, want)
		}
	}
}

// TestMadeOf checks that a pattern made of a set of bytes finds, run by
// runs, what its expression finds in the whole text, and that CheckMade
// refuses a set that misses a byte a match may hold, and ^ or $.
func TestMadeOf(t *testing.T) {
	pt := Of(`(?i)\b(\d+)\s+(?:[a-z-]+\s+){0,3}?(sessions|visits)\b`).Needing("sessions", "visits").MadeOf("- ")
	for _, s := range []string{
		"12 more physical-therapy sessions, then 6 visits; (4 visits)", "_12 sessions", "12 Sessions", "x12 sessions 3 visits",
		"4 ſessions", "2\tvisits\n3 visits", "visits 5", "",
	} {
		if bad := pt.Check(s); bad != "" {
			t.Errorf("%s", bad)
		}
	}
	if bad := pt.CheckMade(); bad != "" {
		t.Errorf("CheckMade = %q", bad)
	}
	for _, wrong := range []*Pattern{
		Of(`(?i)\b(\d+),\s*(sessions|visits)\b`).Needing("sessions").MadeOf(" "),
		Of(`(?i)^(\d+)\s+visits`).Needing("visits").MadeOf(" "),
		Of(`(?i)(\d+).visits`).Needing("visits").MadeOf(" "),
		Of(`(\d+) visits`).Needing("visits").MadeOf(" "),
	} {
		if wrong.CheckMade() == "" {
			t.Errorf("%s: CheckMade passes a wrong set", wrong)
		}
	}
}

// FuzzMadeOf checks, on any string, that a pattern made of a set of
// bytes finds what its expression finds.
func FuzzMadeOf(f *testing.F) {
	pt := Of(`(?i)\b(\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+){0,3}?(sessions|visits)\b`).Needing("sessions", "visits").MadeOf(".- ")
	for _, s := range []string{"12 more sessions", "1.5 visits, 2 visits", "a_3 visits", "Ⅻ visits 4 visits"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bad := pt.Check(s); bad != "" {
			t.Error(bad)
		}
	})
}

// TestDerivedNeeds checks the texts read from an expression's syntax,
// one of which every match must hold.
func TestDerivedNeeds(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`\bmedically\s+necessary\b`, []string{"medically"}},
		{`\b(?:MTUS|ODG|ACOEM|guidelines?)\b|"`, []string{"mtus", "odg", "acoem", "guideline", `"`}},
		{`(\d+)\s+(sessions|visits)`, []string{"sessions", "visits"}},
		{`(?:for|to)?\s*\d+`, nil},
		{`x(?:ab)*y`, []string{"x"}},
		{`(?:abc){2,}|def`, []string{"abc", "def"}},
		{`(?i:Élan)`, nil},
		{`(?i:Knee)`, []string{"knee"}},
		{`RFA\b`, []string{"rfa"}},
		{`a|`, nil},
	}
	for _, tt := range tests {
		got := derivedNeeds(tt.src)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || (got == nil) != (tt.want == nil) {
			t.Errorf("derivedNeeds(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestAllTo checks that AllTo gives, for every last, the matches of the
// expression's FindAllStringSubmatchIndex that start at last or before.
func TestAllTo(t *testing.T) {
	pts := []*Pattern{
		Of(`(?i)\b(\d+)\s+(?:more\s+)?(sessions|visits)\b`).StartsWith("0123456789"),
		Of(`(?i)\s*,\s*(?:and\s+)?`).StartsWith(" ,"),
		Of(`(?i)a*`),
		Of(`(?i)\bdiagnos(?:is|es)\s*:?\s*`).StartsWith("d"),
	}
	for _, pt := range pts {
		for _, s := range []string{
			"12 sessions, 4 more visits and 6 visits", "Diagnoses: back pain, Diagnosis knee", "aa b aaa", "", ",,, and , ",
		} {
			low := Lower(s)
			all := pt.Lowered().FindAllStringSubmatchIndex(low, -1)
			for last := 0; last <= len(s)+1; last++ {
				got, want := pt.AllTo(pt.Lowered(), low, last), upTo(all, last)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s: AllTo(%q, %d) = %v, want %v", pt, s, last, got, want)
				}
			}
		}
	}
}

// probeTexts are texts to check probed patterns on: word boundaries,
// case, characters outside ASCII and the ends of the text.
var probeTexts = []string{
	"Diagnoses: back pain; was diagnosed with knee strain. Diagnosis of  lumbar strain",
	"xdiagnosed with, diagnosed as having: é diagnosed with", "diagnosed with", "d", "",
	"the Kelvin x\u212as and the long y\u017fk, XKS yks", "Ünder 12 sessions, ünder 3 visits",
	"12 sessions\n\n4 visits", "a\u00e9b sessions\u00e9 12 visits", "\xff12 visits \xc3",
}

// probed are patterns that search by probes, of the kinds of syntax the
// starts of a match are read from, folded or reading case.
var probed = []*Pattern{
	Of(`(?i)\b(?:(?:was|is|has been)\s+)?diagnosed\s+(?:as having|with)\s*:?|(?:current|primary)?\s*diagnos(?:is|es)\s*(?:of|:)\s*`).StartsWith("wihdcp "),
	Of(`(?i)\b(\d+)\s+(?:more\s+)?(sessions|visits)\b`).StartsWith("0123456789"),
	Of(`(?i)(?:^|[\s,])(?:times|x)\s*(\d+)\b`).StartsWith(" ,tx\t\n"),
	Of(`(?i)\s+(?:and|or)\s+`).StartsWith(" "),
	Of(`(?i)x(?i:k)s|y(?i:s)k`).StartsWith("xy"),
	Of(`(?i)\d[^a-z]visits`).StartsWith("0123456789"),
	Of(`(?i)a[^\x00-\x7f]*b`).StartsWith("a"),
	Of(`(?i)x*y+z?`).StartsWith("xy"),
	Of(`(?i)(?m)^d`).StartsWith("d"),
	Of(`(?i)[\s,](?s:.)\d`).StartsWith(" ,"),
	Of(`[,;]|\b(?:therefore|thus|so)\b`).StartsWithCase(",;ts"),
	Of(`\bDiagnos[a-z]+|(?i:x)K|s(?i:k)`).StartsWithCase("DxXs"),
}

// TestProbes checks the patterns that search by probes on texts of
// every kind: what Check checks, and that their starts hold the start of
// every match.
func TestProbes(t *testing.T) {
	for _, pt := range probed {
		if pt.probing(pt.Lowered()) == nil {
			t.Errorf("%s: not probed", pt)
		}
		for _, s := range probeTexts {
			if bad := pt.Check(s); bad != "" {
				t.Errorf("%s: %s", pt, bad)
			}
		}
	}
}

// TestProbeStarts checks what the starts read from a pattern tell: a
// pattern that may match an empty text is not probed, and the bytes and
// pairs of bytes of others are those of their matches.
func TestProbeStarts(t *testing.T) {
	for _, src := range []string{`a*`, `\b`, `(?:ab)?`, `x|`} {
		if st := startsOf(src); st == nil || !st.empty {
			t.Errorf("startsOf(%q) says no empty match", src)
		}
	}
	st := startsOf(`\bab|c(?:d|e)|[fg]|(?i:k)`)
	for _, s := range []string{"ab", "cd", "ce", "f", "g", "k", "K", "\u212a"} {
		if !st.may(s, 0) {
			t.Errorf("starts refuse %q", s)
		}
	}
	for _, s := range []string{"ac", "cf", "b", "h", "aa"} {
		if st.may(s, 0) {
			t.Errorf("starts take %q", s)
		}
	}
}

// FuzzProbes checks, on any string, that the patterns that search by
// probes find what their expressions find.
func FuzzProbes(f *testing.F) {
	for _, s := range probeTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, pt := range probed {
			if bad := pt.Check(s); bad != "" {
				t.Errorf("%s: %s", pt, bad)
			}
		}
	})
}

// TestLeadingBoundary checks which expressions the probes read as
// starting every match with \b, which skips the offsets inside a word.
func TestLeadingBoundary(t *testing.T) {
	for src, want := range map[string]bool{
		`\bab|\bcd`: true, `(\bx)y`: true, `\b(?:one|two)\s+`: true,
		`\bx|y`: false, `x?\by`: false, `(?:\bx)*y`: false, `x\b`: false,
	} {
		if got := leadingBoundary(parsed(src)); got != want {
			t.Errorf("leadingBoundary(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestFindIn checks that FindIn, given the lower-case text, finds what
// the expression as written finds, anchored or not, in texts with the
// long s and the Kelvin sign too.
func TestFindIn(t *testing.T) {
	pts := []*Pattern{
		Of(`(?i)^(?:[A-Za-z][A-Za-z ]{0,40}:\s+)?(\d+|one|two|six)\s+`),
		Of(`(?i)^\s*(?:mg|ml|sessions?)\b`),
		Of(`(?i)\bsessions?\b`).StartsWith("s"),
		Of(`^Sessions`),
	}
	for _, pt := range pts {
		// Texts on both sides of shortText, with and without the needed words.
		long := strings.Repeat("y ", shortText)
		for _, s := range []string{"Request: Six sessions", "TWO  Sessions", " mg", " ſessions", "Sessions \u212a", "", "sessions",
			"Six sessions " + long, long + "six sessions", " mg" + long, long} {
			if got, want := pt.FindIn(s, Lower(s)), pt.Regexp().FindStringSubmatchIndex(s); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: FindIn(%q) = %v, want %v", pt, s, got, want)
			}
			if got, want := pt.FindAllIn(s, Lower(s)), pt.Regexp().FindAllStringSubmatchIndex(s, -1); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: FindAllIn(%q) = %v, want %v", pt, s, got, want)
			}
		}
	}
}

// TestEqualLower compares EqualLower with lowering the string, around
// the capitals' edges and with letters outside ASCII.
func TestEqualLower(t *testing.T) {
	words := []string{"", "a", "A", "strain", "Strain", "STRAIN", "strainx", "stra1n", "@", "`", "[", "{",
		"Ärger", "ärger", "\u212aelvin", "kelvin", "ſ", "s"}
	for _, s := range words {
		for _, lower := range words {
			if got, want := EqualLower(s, lower), Lower(s) == lower; got != want {
				t.Errorf("EqualLower(%q, %q) = %v, want %v", s, lower, got, want)
			}
		}
	}
}
