package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/internal/textpat"
)

var allInputs = flag.Bool("allinputs", false, "check the patterns on every piece of the letters, not one in thirty")

// TestPatterns checks what each pattern tells of its matches on the
// strings of matcherInputs: that its folded form, over the lower-case
// string, matches as the expression does (save for ſ and K), and that
// every match starts with a byte it may start with and holds a text it
// needs, within lead bytes of its start.
func TestPatterns(t *testing.T) {
	inputs := matcherInputs(t)
	for k, pt := range textpat.Patterns() {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			bad := 0
			for _, s := range inputs {
				if err := checkPattern(pt, s); err != "" {
					t.Errorf("%s: %s", pt, err)
					if bad++; bad > 10 {
						t.FailNow()
					}
				}
			}
		})
	}
}

// checkPattern checks a pattern on s (see TestPatterns) and says what is
// wrong, if anything.
func checkPattern(pt *pattern, s string) string { return pt.Check(s) }

// nearUses are the patterns near runs, with its keys and window.
var nearUses = []struct {
	pt          *pattern
	back, ahead int
	keys        []string
}{
	{diagnosisOpen, 60, 70, []string{"diagnos", "treated for", "treatment for", "treatments for"}},
	{ageRe, 12, 12, []string{"year", "yr", "y/o", "age"}},
	{sexWordRe, 2, 12, []string{"male", "man", "gentleman", "lady", "boy", "girl"}},
	{injuryRe, 30, 130, []string{"injury", "injuries", "injured on", "injured at", "injured in", "doi", "d/i", "claim"}},
	{reqFor, 12, 40, []string{"request for", "request of", "requested", "request is for", "original request,"}},
}

// TestNear checks near against the way it ran before: every match of the
// pattern's regexp, folded, in the whole window around each key.
func TestNear(t *testing.T) {
	for _, u := range nearUses {
		re := u.pt.Lowered()
		for _, text := range matcherLetters(t) {
			p := &parser{text: text}
			all := Span{0, len(text)}
			want := nearByRegexp(p, re, all, 0, u.back, u.ahead, u.keys...)
			if got := p.near(u.pt, all, 0, u.back, u.ahead, u.keys...); !reflect.DeepEqual(got, want) {
				t.Errorf("near(%s) = %v, want %v", u.pt, got, want)
			}
		}
	}
}

// nearByRegexp is near as it was written with regexps.
func nearByRegexp(p *parser, re *regexp.Regexp, in Span, g, back, ahead int, keys ...string) [][]int {
	lower := p.lower()[in.Start:in.End]
	seen := map[int]bool{}
	var out [][]int
	for _, k := range keys {
		for from := 0; ; {
			i := strings.Index(lower[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			win := Span{in.Start + max(0, i-back), in.Start + min(len(lower), i+len(k)+ahead)}
			for _, m := range re.FindAllStringSubmatchIndex(lower[win.Start-in.Start:win.End-in.Start], -1) {
				abs := shift(m, win.Start)
				if abs[0] <= in.Start+i && abs[1] >= in.Start+i+len(k) && abs[2*g] >= 0 && !seen[abs[0]] {
					seen[abs[0]] = true
					out = append(out, abs)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// TestOccurrences checks occurrences against successive strings.Index
// calls.
func TestOccurrences(t *testing.T) {
	keys := []string{"injury", "d/i", "doi", "claim", "year", "y/o", "age", "request for", "original request,", "diagnos", "e", "zz", "aa"}
	for _, s := range append(matcherInputs(t), madeUp...) {
		s = textpat.Lower(s)
		for _, k := range keys {
			var pl places
			got := slices.Collect(occurrences(s, k, pl.of(s, Span{0, len(s)}, k[rarest(k)])))
			if want := indexAll(s, k); !slices.Equal(got, want) {
				t.Errorf("occurrences(%q, %q) = %v, want %v", s, k, got, want)
			}
		}
	}
}

// indexAll returns the offsets of k in s as successive strings.Index
// calls find them.
func indexAll(s, k string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(s[from:], k)
		if i < 0 {
			return out
		}
		out = append(out, from+i)
		from += i + len(k)
	}
}

var matcherInput struct {
	once, lettersOnce sync.Once
	list              []string
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

// matcherInputs returns the strings patterns are checked on: made-up
// ones, the paragraphs, sentences and clauses of the letters, and the
// beginnings and endings of sentences at each space and every seventh
// byte, as written and in lower case; one in thirty of those from the
// letters, all of them with -allinputs.
func matcherInputs(t *testing.T) []string {
	in := &matcherInput
	letters := matcherLetters(t)
	in.once.Do(func() {
		seen, n := map[string]bool{}, 0
		add := func(s string) {
			if n++; !*allInputs && n%30 != 0 {
				return
			}
			for _, x := range []string{s, strings.ToLower(s)} {
				if !seen[x] {
					seen[x] = true
					in.list = append(in.list, x)
				}
			}
		}
		in.list = append(in.list, madeUp...)
		for _, text := range letters {
			for _, para := range strings.Split(text, "\n\n") {
				add(para)
				for _, s := range strings.SplitAfter(para, ". ") {
					add(s)
					for _, c := range strings.Split(s, ",") {
						add(c)
					}
					for i := 0; i < len(s); i++ {
						if s[i] == ' ' || i%7 == 0 {
							add(s[:i])
							add(s[i+1:])
						}
					}
				}
			}
		}
	})
	return in.list
}

// madeUp are strings that the letters may lack.
var madeUp = []string{
	"", " ", "is", " is", "\tis", "this", "x\n\t is", "x is ", "ſ", "K", "sessions  is",
	"injury x-on 1/1/2016", "injury a-on b on 1/1/2016", "injured on the job on 2/3/2015", "injury: 10/13/2016",
	"injury dated: on 10/13/16", "date of the injury of october 3rd, 2016", "injury sept. 9 2016", "injury sepember 10, 2016",
	"work-related claim 1-2-2016", "doi 12/12/20161", "injury 1/1/201", "injuryx 1/1/2016", "d/i: 5/5/05",
	"a 45-year-old", "45 yrs. old", "45-yrs.-old", "1234 years old", "aged 45", "age 1234", "age 45x", "45 y/o old",
	"request for  x", "requested for x", "the requested x", "request is for x", "the original request , x",
	"portion of the original request, x", "request forms x", "X was the original request. Y", " were the original request.",
	"Xwas the original request. A  was the original request.  B", "a\twere the original request.\n\nb", "was the original request.",
	"a was the original request", "a  was the original request.", "a were\nthe original request.", "the requested", "male ", "females", "woman.",
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
	"Case Number: CM16-0213037", "IMR Case No. cm16-0213037x", "Case #:CM16-02130371", "case no.: AB12-12345",
	"CM16-0213037", "xCM16-0213037", "Priority: Standard", "priority:urgent.", "Date Assigned: 11/09/2016",
	"UR Denial Date: October 5, 2016", "Date of UR Decision:11-2-16", "Dated: 1/2/2016", "dated:",
	"State(s) of Licensure:   \n", "State(s) of Licensure:\tCA, NV", "State(s) of Licensure:\n",
	"Certification(s)/Specialty: Orthopedic Surgery", "CA, and NV", "CA and NV", "a , b", "x. Decision based on y",
	"Decision based on MTUS", ", and Chronic Pain Medical Treatment 2016, Section(s): x", " and MTUS Knee Complaints Page(s): 1",
	" and Ab Section(s)", " and ABCD 20161", "Page(s): 101, 102-104", "page(s):  \t 5", "Page(s):\t\n", "Page(s): 1–3",
	"Non-MTUS Citation ODG", ", 2004", " Section(s)", " page(s)", "Guidelines", "guideline", "ODG", "odgx",
	"official disability guidelines", "ACOEM", " (ODG) Treatment, Guidelines x", " 2016 (Online version) x",
	"he said", "(he) went", "/he/", "him/", "himself", "his.", "she", "her/", "hers", "herself,", "He", "x he",
	"worker", "  workers x", "or illness", "patient's", "did not cite any medical evidence", "did not base its decision on any",
	"x sessions", " visits,", "a , b", "a ,, b", "a , , b", "( )", "()", "with pain", "For x",
	"The Claims Administrator authorized 6 sessions, leaving the original request IMR eligible. The original request, 12 sessions is",
	"The Claims Administrator authorized   leaving the original request IMR eligible.", "the claims administrator approved \tleaving the original request imr eligible.",
	"the claims administrator modified the request to x,\nleaving the original request imr eligible.  y", "The Claims Administrator certified x , leaving the original request IMR eligible.",
	"The Claims Administrator certifiedx, leaving the original request IMR eligible.", "The Claims Administrator authorized a, leaving the original request IMR eligible",
	"X was authorized by the Claims Administrator. Y", "X were certified.", "X  was approved .", "Xwas modified.", "a was authorized b was certified.",
	"\twas modified by the claims administrator.\n", "a was authorized by the Claims Administrator", "a was approvedby the claims administrator.",
	"remaining IMR eligible portion of the original request, x", "Remaining portion , x", "remaining imr eligible portion,x", "The original request ,x",
	"remaining portion of the original request x", "the remaining portion,", "remaining IMR eligible portion of the original request,", "remainingportion,",
}

// FuzzPatterns checks each pattern (see TestPatterns) on arbitrary
// strings.
func FuzzPatterns(f *testing.F) {
	for _, s := range madeUp {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, pt := range textpat.Patterns() {
			if err := checkPattern(pt, s); err != "" {
				t.Errorf("%s: %s", pt, err)
			}
		}
	})
}

// TestParseDate checks the dates parseDate reads and those it refuses.
func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"numeric", "10/13/2016", "2016-10-13"},
		{"two-digit year, this century", " 1-2-16 ", "2016-01-02"},
		{"two-digit year 49", "1/1/49", "2049-01-01"},
		{"two-digit year 50", "1/1/50", "1950-01-01"},
		{"leap day", "2/29/2016", "2016-02-29"},
		{"no leap day", "2/29/2015", ""},
		{"month 13", "13/1/2016", ""},
		{"three-digit year", "1/1/201", ""},
		{"a year typed wrong is kept", "1/1/1899", "1899-01-01"},
		{"a year in the future is kept", "December 9, 3026", "3026-12-09"},
		{"a three-digit year", "1/1/0999", ""},
		{"abbreviation", "Oct. 13th, 2016", "2016-10-13"},
		{"name", "October 13 2016", "2016-10-13"},
		{"September 31", "Sept 31, 2016", ""},
		{"capitals", "OCT 3, 2016", "2016-10-03"},
		{"capital suffix", "OCT 3RD, 2016", ""},
		{"two letters", "Oc 3, 2016", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("parseDate(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

// shift adds off to every index of a match that took part.
func shift(m []int, off int) []int {
	out := make([]int, len(m))
	for i, x := range m {
		out[i] = x
		if x >= 0 {
			out[i] = x + off
		}
	}
	return out
}

// TestMadeOf checks, from the syntax of each pattern's folded form, the
// bytes its matches are said to be made of (see textpat's CheckMade).
func TestMadeOf(t *testing.T) {
	n := 0
	for _, pt := range textpat.Patterns() {
		if pt.MadeOfBytes() {
			n++
		}
		if bad := pt.CheckMade(); bad != "" {
			t.Errorf("%s: %s", pt, bad)
		}
	}
	if n == 0 {
		t.Fatal("no pattern is made of a set of bytes")
	}
}
