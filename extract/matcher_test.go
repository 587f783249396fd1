package extract

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
)

var allInputs = flag.Bool("allinputs", false, "check hand-written matchers on every piece of the letters, not one in thirty")

// matcherCase is a hand-written matcher and the regexp it replaces.
type matcherCase struct {
	name   string
	re     string
	m      matcher              // a matcher: every match and group is compared
	fast   func(s string) []int // else as the regexp's FindStringSubmatchIndex, or nil
	all    bool                 // fast gives every match, flattened, as FindAllStringSubmatchIndex
	match  bool                 // only whether there is a match counts
	groups int                  // how many groups the caller reads (the rest may differ)
	ends   bool                 // also checked on the beginnings and endings of sentences
	folded bool                 // the pattern runs folded over lower-case text
	near   []string             // the keys near runs the matcher around, for TestNearMatchers
	window [2]int               // and how far back and ahead
}

// matcherCases lists the hand-written matchers.
var matcherCases = []matcherCase{
	{name: "trailingIs", re: `\s+is$`, fast: func(s string) []int { return index(trailingIs(s), len(s)) }, ends: true},
	{name: "diagnosisOpening", m: diagnosisOpening, folded: true, ends: true,
		near: []string{"diagnos", "treated for", "treatment for", "treatments for"}, window: [2]int{60, 70},
		re: `(?i)\b(?:` +
			`(?:was|were|is|has been|had been|been|being)\s+diagnosed\s+(?:as having|as|with)\s*:?` +
			`|diagnos(?:is|es)\s+(?:include[sd]?|are|is|was|were|has been|have been)(?:\s+(?:documented|noted|listed|reported|given)\s+as)?\s*:?` +
			`|(?:current|primary|working|final|admitting|comorbid|pertinent)?\s*diagnos(?:is|es)\s+of\s*:?` +
			`|diagnos(?:is|es)\s*:` +
			`|(?:is|was|are|were|being|been)\s+(?:currently\s+)?(?:being\s+)?treated\s+for\s+(?:the\s+)?(?:diagnos(?:is|es)\s+of\s+)?` +
			`|undergoing\s+treatments?\s+for\s*:?` +
			`|diagnos(?:is|es)\s+that\s+includes?\s*:?` +
			`)\s*`},
	{name: "ageAt", m: ageAt, folded: true, ends: true, near: []string{"year", "yr", "y/o", "age"}, window: [2]int{12, 12},
		re: `(?i)\b(\d{1,3})(?:\s*|-)(?:years?|yrs?\.?|y/o)(?:\s*|-)old\b|\b(?:age|aged)\s+(\d{1,3})\b`},
	{name: "sexWordAt", m: sexWordAt, folded: true, ends: true, near: []string{"male", "man", "gentleman", "lady", "boy", "girl"}, window: [2]int{2, 12},
		re: `(?i)\b(male|female|man|woman|gentleman|lady|boy|girl)\b`},
	{name: "injuryDate", m: injuryDate, folded: true, ends: true,
		near: []string{"injury", "injuries", "injured on", "injured at", "injured in", "doi", "d/i", "claim"}, window: [2]int{30, 130},
		re: `(?i)\b(?:date of (?:the )?injury|injur(?:y|ies|ed)|DOI|D/I|(?:occupational|industrial|work(?:[- ]related)?|workers' compensation) claim)\b` +
			`(?:((?:\s+[\w'-]+){0,4}?)\s*(?:\bon|\bof|\bfrom|\bdated|\bwas|\bis|:)\s*:?\s*(?:on\s+|of\s+)?|\s+)(` + datePattern + `)`},
	{name: "requestFor", m: requestFor, folded: true, ends: true,
		near: []string{"request for", "request of", "requested", "request is for", "original request,"}, window: [2]int{12, 40},
		re: `(?i)\b(?:request(?:ed)?\s+(?:for|of)|the\s+requested|request\s+is\s+for|portion\s+of\s+the\s+original\s+request\s*,|the\s+original\s+request\s*,)\s+`},
	{name: "dateAt", m: func(s string, i int) []int { return span(i, dateAt(s, i)) }, re: `(?i)` + datePattern, ends: true},
}

// regexp compiles the case's pattern as the code ran it.
func (c matcherCase) regexp() *regexp.Regexp {
	re := regexp.MustCompile(c.re)
	if c.folded {
		re = folded(re)
	}
	return re
}

// index makes a match result of a start and an end, none when start < 0.
func index(start, end int) []int {
	if start < 0 {
		return nil
	}
	return []int{start, end}
}

// TestMatchers checks each hand-written matcher against its regexp over
// the lines, sentences and clauses of the letters, their beginnings and
// endings at each space, in the case written and in lower case, and a few
// made-up strings.
func TestMatchers(t *testing.T) {
	whole, ends := matcherInputs(t)
	for _, c := range matcherCases {
		t.Run(c.name, func(t *testing.T) {
			re := c.regexp()
			bad := 0
			inputs := whole
			if c.ends {
				inputs = slices.Concat(whole, ends)
			}
			for _, s := range inputs {
				if c.folded {
					s = lowerASCII(s) // as the matcher is run
				}
				want, got := c.want(re, s), c.got(s)
				if !slices.Equal(want, got) {
					t.Errorf("%s(%q) = %v, want %v", c.name, s, got, want)
					if bad++; bad > 10 {
						t.FailNow()
					}
				}
			}
		})
	}
}

// got is what the hand-written matcher gives.
func (c matcherCase) got(s string) []int {
	if c.m == nil {
		return c.fast(s)
	}
	var out []int
	for _, x := range findAll(s, c.m) {
		out = append(out, x...)
	}
	return out
}

// want is what the regexp gives, in the form got gives it.
func (c matcherCase) want(re *regexp.Regexp, s string) []int {
	var m []int
	switch {
	case c.m != nil:
		for _, x := range re.FindAllStringSubmatchIndex(s, -1) {
			m = append(m, x...)
		}
		return m
	case c.all:
		for _, x := range re.FindAllStringSubmatchIndex(s, -1) {
			m = append(m, x[:2*(c.groups+1)]...)
		}
		return m
	case c.match:
		if re.MatchString(s) {
			return []int{}
		}
		return nil
	}
	if m = re.FindStringSubmatchIndex(s); m != nil {
		m = m[:2*(c.groups+1)]
	}
	return m
}

// TestNearMatchers checks near with each hand-written matcher it runs
// against near with the regexp, over the letters.
func TestNearMatchers(t *testing.T) {
	for _, c := range matcherCases {
		if c.near == nil {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			re := regexp.MustCompile(c.re)
			for _, text := range matcherLetters(t) {
				p := &parser{text: text}
				all := Span{0, len(text)}
				want := p.near(foldedMatches(re), all, 0, c.window[0], c.window[1], c.near...)
				got := p.near(matchesOf(c.m), all, 0, c.window[0], c.window[1], c.near...)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("near(%s) = %v, want %v", c.name, got, want)
				}
			}
		})
	}
}

var matcherInput struct {
	once, lettersOnce sync.Once
	whole, ends       []string
	letters           []string
}

// matcherLetters returns the normalized text of the letters of the
// repository and, unless testing short, of the real letters.
func matcherLetters(t *testing.T) []string {
	in := &matcherInput
	in.lettersOnce.Do(func() {
		files, _ := filepath.Glob("../testdata/letters/*.txt")
		if dir := testenv.RealLettersIfPresent(); dir != "" && !testing.Short() {
			more, _ := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
			files = append(files, more...)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			in.letters = append(in.letters, normalize(string(data)).text)
		}
	})
	return in.letters
}

// matcherInputs returns the strings matchers are checked on: the
// paragraphs, sentences and clauses of the letters, and the beginnings and
// endings of sentences at each space and every seventh byte, as written
// and in lower case.
func matcherInputs(t *testing.T) (whole, ends []string) {
	in := &matcherInput
	letters := matcherLetters(t)
	in.once.Do(func() {
		seen, cut := map[string]bool{}, 0
		n := 0
		add := func(list *[]string, s string) {
			if n++; !*allInputs && n%10 != 0 && list == &in.whole {
				return
			}
			for _, x := range []string{s, strings.ToLower(s)} {
				if !seen[x] {
					seen[x] = true
					*list = append(*list, x)
				}
			}
		}
		in.whole = append(in.whole, madeUp...)
		for _, text := range letters {
			for _, para := range strings.Split(text, "\n\n") {
				add(&in.whole, para)
				for _, s := range strings.SplitAfter(para, ". ") {
					add(&in.whole, s)
					for _, c := range strings.Split(s, ",") {
						add(&in.whole, c)
					}
					for i := 0; i < len(s); i++ {
						if s[i] != ' ' && i%7 != 0 {
							continue
						}
						if cut++; *allInputs || cut%30 == 0 {
							add(&in.ends, s[:i])
							add(&in.ends, s[i+1:])
						}
					}
				}
			}
		}
	})
	return in.whole, in.ends
}

// madeUp are strings that the letters may lack.
var madeUp = []string{
	"", " ", "is", " is", "\tis", "this", "x\n\t is", "x is ", "ſ", "K", "sessions  is",
	"injury x-on 1/1/2016", "injury a-on b on 1/1/2016", "injured on the job on 2/3/2015", "injury: 10/13/2016",
	"injury dated: on 10/13/16", "date of the injury of october 3rd, 2016", "injury sept. 9 2016", "injury sepember 10, 2016",
	"work-related claim 1-2-2016", "doi 12/12/20161", "injury 1/1/201", "injuryx 1/1/2016", "d/i: 5/5/05",
	"a 45-year-old", "45 yrs. old", "45-yrs.-old", "1234 years old", "aged 45", "age 1234", "age 45x", "45 y/o old",
	"request for  x", "requested for x", "the requested x", "request is for x", "the original request , x",
	"portion of the original request, x", "request forms x", "the requested", "male ", "females", "woman.",
}

// FuzzMatchers checks the hand-written matchers against their regexps on
// arbitrary strings.
func FuzzMatchers(f *testing.F) {
	for _, s := range madeUp {
		f.Add(s)
	}
	res := make([]*regexp.Regexp, len(matcherCases))
	for i, c := range matcherCases {
		res[i] = c.regexp()
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, c := range matcherCases {
			in := s
			if c.folded {
				in = lowerASCII(s)
			}
			if want, got := c.want(res[i], in), c.got(in); !slices.Equal(want, got) {
				t.Errorf("%s(%q) = %v, want %v", c.name, in, got, want)
			}
		}
	})
}
