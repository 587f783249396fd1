package extract

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
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

// TestPatterns checks the matcher of each pattern against its regexp, on
// the strings of TestMatchers that the matcher is run on (those without ſ
// or K).
func TestPatterns(t *testing.T) {
	whole, ends := matcherInputs(t)
	inputs := slices.Concat(madeUp, whole, ends)
	for _, pt := range patterns {
		name := runtime.FuncForPC(reflect.ValueOf(pt.m).Pointer()).Name()
		t.Run(name[strings.LastIndexByte(name, '.')+1:], func(t *testing.T) {
			re, bad := pt.regexp(), 0
			for _, s := range inputs {
				if foldsOdd(s) {
					continue
				}
				want, got := re.FindAllStringSubmatchIndex(s, -1), findAll(s, pt.m)
				if !reflect.DeepEqual(want, got) {
					t.Errorf("%s: findAll(%q) = %v, want %v", pt.src, s, got, want)
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
	"Physical therapy 2 times a week for 6 weeks (12 sessions)", "3x weekly x 4 weeks", "2-3 times per week for 4-6 weeks",
	"twenty-four x 2 weeks", "2x6", "2 x 6 weeks", "2x6weeks", "QTY: 60", "quantity #  twenty", "qty:#5.5",
	"Daily RN for 4 weeks", "daily\nfor 4 weeks", "daily x for two months and", "12 times 3", "12 times 3 ",
	"six sessions", "sixteen sessions", "2.5 mg", "3-in-1", "- in 1", "10 units of", "1d", "dimensional",
	"one to two times a day for three months", "2 times a weekly", "2 times a week for 4 weeks(twelve visits)",
	"2 times a week, for 4 wks ( 8 )", "1 x/ wk x 6 wk", "2 times each day over 10 days", "6 sessions, ",
	"twenty-four sessions", "two or three visits", "2 to 3 times daily for 2 weeks (6sessions)", "10.5x 3",
	"x 2", "times 3", "minutes", "Levels", "1 Unit of", "DAILY for 2 MONTHS", "4 TIMES 5",
	"#60", "# 60 tabs", "#60tabs", "#1 box with 1 refill", "#2.5 grams", "#30 Tabs", "#5 boxes of", "#3 capsules,",
	"Retrospective request: 12 sessions of PT", "Retrospective request:12 x", "Eight (8) physical therapy sessions",
	"Three sessions of physical therapy", "One month supply of", "1 knee scooter", "two (2)  visits",
	"sessions coverage of", "months supply of x", "boxes of", "box", "Refills of", "injection",
	"two physical therapy sessions for the lumbar spine and eight physical therapy sessions for the left wrist",
	"1/2 a/b c-d e/f sessions", "12 a b c d e sessions", "the hinged knee brace (left) for", "knee brace, left",
	"scooter rental", "cane (x) with", "x (y", "word2 for", "times 3 x 4", ",times 2", "x2", " x 4,", ", 2 ",
	"30 gm", "120grams", "1.5g", "10 gx", "per day", "home aide", "home health care", "PT", "ot", "Chiropractic",
	"rehabilitation", "10mg", "5 ml", "2 %", "3mcg.", "tablets", "Tabs", "patches", "pad", "caps,", "capsule",
	"x for", "x, for a", "x for an ", "x over ", "x,", "x ", ", for x", " ,to y", ",with",
	", 8 hours per day", "8 hour a day", "twelve hours  per  day.", ",with 1 refill", " , with no refills",
	"with two refills", "with 3 refillsx", ", DOS: 11/11/2016", " DOS 1-2-16", "dos:  Oct. 5 2016",
	" day supply: 30", "day supply 7", " (30 minutes)", "(5 mins)", "( 5 min)", ", 2 times a week",
	"3x weekly", "2-3 x per wk", "1 times /day", "3 times a weekly", ", take 1", " apply", " one by mouth",
	" one tablets", " 2 tabs orally", " 2tab by mouth", " 12 hours on", " every 6", " twice a day",
	" once daily", " three times a days", ", four times day", " 10 caps po.",
	"is not medically necessary", "not a  medically-necessary", "not-medical necessity", "medically-necessary",
	"the medical necessity of this request has not been established.", "medical necessity for x was supported",
	"medical necessity of the requested 12 sessions of physical therapy for the lumbar spine is established",
	"not medically warranted", "is appropriate", "were medically indicated", "not recommended.", "is supported,",
	"isn't", "can't", "no longer", "neither", "not-", "NOT", "cannot be", "therefore, x; so", "Therefore thus",
	"12 more supervised therapy visits", "six additional sessions", "2 further PT visits", "3 a b c d treatments",
	" is", " can not be", " remains", "x. y", "x;", "x.", " should", " being", " do", "x . y",
	"pain who", "pain whom", "pain, whole", " on 1", " on 12", " in 5x", ", and he", " and subsequently",
	" and hence", "x as of", " now", " and repair", "history of", "history of an ", "History Of a",
	"a; and b", "a ;b", "a , and b", "a, as well as b", "a and b", "a  as well as  b", "sprain", "strains ",
	"Sprains and", " status post x", " S/P x", " rule out\t", " r/o", "pain and", "pain or", "x with",
	"a the of pain", "documented as pain", "documented ask", "an  injury", "pain in 10/13/2016", "pain since October 2016",
	"pain dated Oct. 5, 2016", "pain on 1/2/16", "pain 20161", "pain May 20161", "left", "bilateral", "right knee",
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

// FuzzPatterns checks the matcher of each pattern against its regexp on
// arbitrary strings.
func FuzzPatterns(f *testing.F) {
	for _, s := range madeUp {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if foldsOdd(s) {
			return
		}
		for _, pt := range patterns {
			want, got := pt.regexp().FindAllStringSubmatchIndex(s, -1), findAll(s, pt.m)
			if !reflect.DeepEqual(want, got) {
				t.Errorf("%s: findAll(%q) = %v, want %v", pt.src, s, got, want)
			}
		}
	})
}
