package inject_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/inject"
	"github.com/imrkit/imrkit/internal/testenv"
)

// The real letters are split into two fixed halves by the last digit of
// the case number: even is the tuning half, odd the test half.
const (
	tuning = "tuning (even)"
	test   = "test (odd)"
)

func half(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if d := base[len(base)-1]; d >= '0' && d <= '9' && (d-'0')%2 == 1 {
		return test
	}
	return tuning
}

// score is what check made of one operator's copies in one half.
type score struct {
	copies, caught int
	otherItems     int // new findings on another item
	otherCodes     int // new findings of another code on the fault's item
	misses, extras []string
}

// measured is every copy of every real letter, checked, computed once.
var measured struct {
	sync.Once
	scores   map[string]*score // "operator half"
	failures []string          // manifest or copy inaccuracies
	elapsed  time.Duration     // checking originals and copies
	letters  int               // originals read
	err      error
}

// measure reads the real letters, makes every copy (seed 1) and checks
// each copy and its original, two letters at a time.
func measure(t *testing.T) {
	t.Helper()
	dir := testenv.RealLetters(t)
	measured.Do(func() {
		paths, err := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
		if err != nil || len(paths) == 0 {
			measured.err = fmt.Errorf("no letters under %s: %v", dir, err)
			return
		}
		measured.letters = len(paths)
		measured.scores = map[string]*score{}
		start := time.Now()
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2)
		for _, p := range paths {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				scores, fails, err := measureLetter(p)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					measured.err = err
					return
				}
				measured.failures = append(measured.failures, fails...)
				for k, s := range scores {
					add(measured.scores, k, s)
				}
			}()
		}
		wg.Wait()
		measured.elapsed = time.Since(start)
	})
	if measured.err != nil {
		t.Fatal(measured.err)
	}
}

func add(into map[string]*score, key string, s *score) {
	if into[key] == nil {
		into[key] = &score{}
	}
	a := into[key]
	a.copies, a.caught = a.copies+s.copies, a.caught+s.caught
	a.otherItems, a.otherCodes = a.otherItems+s.otherItems, a.otherCodes+s.otherCodes
	a.misses, a.extras = append(a.misses, s.misses...), append(a.extras, s.extras...)
}

// measureLetter copies one letter and checks the copies.
func measureLetter(path string) (map[string]*score, []string, error) {
	o, err := inject.ReadFile(path, extract.Options{})
	if err != nil {
		return nil, nil, err
	}
	before := keys(check.Run(o.Letter))
	scores := map[string]*score{}
	var fails []string
	for _, c := range o.Copies(inject.Options{Seed: 1}) {
		fails = append(fails, accuracy(o, c)...)
		if len(c.Letter.Items) != len(o.Letter.Items) {
			fails = append(fails, fmt.Sprintf("%s reads %d items, its original %d", c.File, len(c.Letter.Items), len(o.Letter.Items)))
		}
		key := c.Operator + " " + half(path)
		if scores[key] == nil {
			scores[key] = &score{}
		}
		s := scores[key]
		s.copies++
		after := check.Run(c.Letter)
		if caught(after, c.Fault) {
			s.caught++
		} else {
			s.misses = append(s.misses, c.File+": "+c.Change)
		}
		for _, f := range after {
			k := fmt.Sprintf("%s %d", f.Code, f.Item)
			if before[k] || f.Code == c.Code && f.Item == c.Item {
				continue
			}
			if f.Item == c.Item {
				s.otherCodes++
			} else {
				s.otherItems++
			}
			s.extras = append(s.extras, fmt.Sprintf("%s: %s on item %d: %s", c.File, f.Code, f.Item, f.Message))
		}
	}
	return scores, fails, nil
}

// keys are the findings' codes and items.
func keys(fs []check.Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		out[fmt.Sprintf("%s %d", f.Code, f.Item)] = true
	}
	return out
}

// caught reports whether a finding names the fault's code on its item.
func caught(fs []check.Finding, f inject.Fault) bool {
	for _, x := range fs {
		if x.Code == f.Code && x.Item == f.Item {
			return true
		}
	}
	return false
}

// accuracy lists what is wrong with a copy against its manifest record:
// the copy must be the original with exactly the edits made, each edit
// and the pair placed where the record says, and the pair kept.
func accuracy(o *inject.Original, c inject.Copy) []string {
	var out []string
	bad := func(format string, args ...any) {
		out = append(out, c.File+": "+fmt.Sprintf(format, args...))
	}
	var b strings.Builder
	last := 0
	for _, e := range c.Edits {
		if e.Original.Start < last || e.Original.End > len(o.Text) {
			bad("edit %q out of order or range", e.Before)
			return out
		}
		if got := o.Text[e.Original.Start:e.Original.End]; got != e.Before {
			bad("original[%d:%d] = %q, manifest says %q", e.Original.Start, e.Original.End, got, e.Before)
		}
		b.WriteString(o.Text[last:e.Original.Start])
		b.WriteString(e.After)
		last = e.Original.End
		if e.Copy.End > len(c.Text) || c.Text[e.Copy.Start:e.Copy.End] != e.After {
			bad("copy[%d:%d] is not %q", e.Copy.Start, e.Copy.End, e.After)
		}
		if e.Before == e.After {
			bad("edit changes nothing: %q", e.Before)
		}
		checkPlace(bad, o.Text, e.Original, "original")
		checkPlace(bad, c.Text, e.Copy, "copy")
	}
	b.WriteString(o.Text[last:])
	if b.String() != c.Text {
		bad("the copy differs from the original elsewhere than the manifest's edits")
	}
	p := c.Pair
	if p.Text == "" || o.Text[p.Original.Start:p.Original.End] != p.Text || c.Text[p.Copy.Start:p.Copy.End] != p.Text {
		bad("the pair %q is not kept where the manifest says", p.Text)
	}
	where := "letter"
	if c.Item >= 0 {
		where = fmt.Sprintf("item%d", c.Item)
	}
	base := strings.TrimSuffix(filepath.Base(o.Path), filepath.Ext(o.Path))
	if c.File != strings.Join([]string{base, c.Code, c.Operator, where, "txt"}, ".") {
		bad("the file name does not tell origin, code, operator and item")
	}
	return out
}

// checkPlace checks a place's line and column against its text.
func checkPlace(bad func(string, ...any), text string, p inject.Place, which string) {
	line := 1 + strings.Count(text[:p.Start], "\n")
	col := 1 + len([]rune(text[strings.LastIndexByte(text[:p.Start], "\n"[0])+1:p.Start]))
	if line != p.Line || col != p.Column {
		bad("%s place %d: line %d col %d, manifest says %d:%d", which, p.Start, line, col, p.Line, p.Column)
	}
}

// TestRealLetters makes every operator's copies of the 130 real letters,
// checks the manifest against each copy, runs check on each copy and its
// original, and logs per operator and half the copies made, the faults
// caught and the new findings on other items or codes. It fails only on
// what holds whatever check finds: every operator makes copies, and
// every copy is the original with exactly its manifest's edits.
func TestRealLetters(t *testing.T) {
	measure(t)
	t.Logf("%d letters, checked with their copies in %v (two goroutines)", measured.letters, measured.elapsed.Round(time.Millisecond))
	for _, f := range measured.failures {
		t.Error(f)
	}
	t.Log("\n" + table())
	for _, op := range inject.Operators() {
		if total(op.Name).copies == 0 {
			t.Errorf("%s makes no copy of any real letter", op.Name)
		}
	}
	if testing.Verbose() {
		logDetails(t)
	}
}

// total adds an operator's two halves.
func total(op string) *score {
	s := &score{}
	for _, h := range []string{tuning, test} {
		if x := measured.scores[op+" "+h]; x != nil {
			add(map[string]*score{"": s}, "", x)
		}
	}
	return s
}

// table prints the figures per code and operator, both halves.
func table() string {
	var b strings.Builder
	fmt.Fprintln(&b, "new: findings the untouched letter lacks, on other items / of other codes on the fault's item")
	fmt.Fprintf(&b, "%-19s %-23s | %-31s | %-31s\n", "code", "operator", tuning+": copies caught rate new", test+": copies caught rate new")
	for _, op := range inject.Operators() {
		fmt.Fprintf(&b, "%-19s %-23s", op.Code, op.Name)
		for _, h := range []string{tuning, test} {
			s := measured.scores[op.Name+" "+h]
			if s == nil {
				s = &score{}
			}
			fmt.Fprintf(&b, " | %6d %6d %5.3f %3d/%-3d", s.copies, s.caught, rate(s), s.otherItems, s.otherCodes)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func rate(s *score) float64 {
	if s.copies == 0 {
		return 0
	}
	return float64(s.caught) / float64(s.copies)
}

// logDetails names the tuning half's misses and new findings; of the
// test half, whose letters the checks are not written against, only the
// counts are told.
func logDetails(t *testing.T) {
	for _, op := range inject.Operators() {
		if s := measured.scores[op.Name+" "+tuning]; s != nil {
			sort.Strings(s.misses)
			sort.Strings(s.extras)
			for _, m := range s.misses {
				t.Logf("missed: %s", m)
			}
			for _, m := range s.extras {
				t.Logf("new finding: %s", m)
			}
		}
		if s := measured.scores[op.Name+" "+test]; s != nil && len(s.misses)+len(s.extras) > 0 {
			t.Logf("%s, test half: %d missed, %d new findings", op.Name, len(s.misses), len(s.extras))
		}
	}
}

// bar is the bar: each code's faults, pooled over its
// operators and both halves, caught at this rate at least, with no new
// finding on the copy's other items. A finding of another code on the
// fault's own item is logged, not held against the bar: another body
// part in the item line also contradicts the MAXIMUS chapter for the
// old one, and check is right to say so.
const bar = 0.97

// knownFailures are the codes today's check does not bring to the bar,
// each with the reason. A code that reaches it must leave the map: the
// test fails until it does.
var knownFailures = map[string]string{}

// codeTotal adds the scores of a code's operators, both halves.
func codeTotal(code string) *score {
	s := &score{}
	for _, op := range inject.Operators() {
		if op.Code == code {
			add(map[string]*score{"": s}, "", total(op.Name))
		}
	}
	return s
}

// codes are the operators' codes, in order.
func codes() []string {
	var out []string
	for _, op := range inject.Operators() {
		if !slices.Contains(out, op.Code) {
			out = append(out, op.Code)
		}
	}
	return out
}

// TestBar holds each code to the bar on all real letters (its
// operators and both halves together), except the known failures, and
// logs each operator's pooled rate.
func TestBar(t *testing.T) {
	measure(t)
	for _, code := range codes() {
		s := codeTotal(code)
		ok := s.copies > 0 && rate(s) >= bar && s.otherItems == 0
		reason, known := knownFailures[code]
		switch {
		case !ok && !known:
			t.Errorf("%s: caught %d of %d (%.3f, want >= %.2f), new findings on %d other items, %d of other codes",
				code, s.caught, s.copies, rate(s), bar, s.otherItems, s.otherCodes)
		case ok && known:
			t.Errorf("%s now reaches the bar (caught %d of %d, no new finding): remove it from knownFailures (%s)", code, s.caught, s.copies, reason)
		case !ok:
			t.Logf("known failure %s: caught %d of %d (%.3f), new findings %d/%d: %s", code, s.caught, s.copies, rate(s), s.otherItems, s.otherCodes, reason)
		default:
			t.Logf("%-19s caught %4d of %4d (%.3f), new findings %d/%d", code, s.caught, s.copies, rate(s), s.otherItems, s.otherCodes)
		}
	}
	for _, op := range inject.Operators() {
		s := total(op.Name)
		t.Logf("  %-23s caught %4d of %4d (%.3f)", op.Name, s.caught, s.copies, rate(s))
	}
	for code := range knownFailures {
		if !slices.Contains(codes(), code) {
			t.Errorf("knownFailures names no code: %s", code)
		}
	}
}

// TestPDF copies a real PDF letter: the copies are its normalized text
// with the edits made, and read back as the same letter with the fault.
func TestPDF(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(testenv.RealLetters(t), "pdf", "*.pdf"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no real PDF letters: %v", err)
	}
	o, err := inject.ReadFile(paths[0], extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := extract.ReadFile(paths[0], extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if o.Basis != inject.BasisNormalized || o.Text != pdf.NormalizedText() {
		t.Fatalf("%s: basis %q; want the normalized text", paths[0], o.Basis)
	}
	cs := o.Copies(inject.Options{Seed: 1})
	if len(cs) == 0 {
		t.Fatalf("%s: no copies", paths[0])
	}
	for _, c := range cs {
		for _, f := range accuracy(o, c) {
			t.Error(f)
		}
		if len(c.Letter.Items) != len(o.Letter.Items) {
			t.Errorf("%s reads %d items, the letter %d", c.File, len(c.Letter.Items), len(o.Letter.Items))
		}
	}
	t.Logf("%s: %d copies", filepath.Base(paths[0]), len(cs))
}
