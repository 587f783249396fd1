package check

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// knownExtra are the findings on the real letters that the gold does not
// list, keyed "case code item", each with the reason it stays.
var knownExtra = map[string]string{}

// knownMissed are the gold inconsistencies the checks do not find, keyed
// "case code item", each with the reason.
var knownMissed = map[string]string{
	"CM17-0010885 outcome-conflict 0": "the rationale finds a criterion it quotes unmet (\"do not indicate that pain medication is reduced or not tolerated\") " +
		"and still concludes medically necessary; telling which quoted criteria the case fails is a clinical reading the checks do not make",
}

// real is the real letters and their gold, read once for every test.
var real struct {
	sync.Once
	letters []*extract.Letter
	gold    map[string]*eval.Gold
	err     error
}

// readReal returns the real letters (their text) and their gold; it skips
// the test where the shared data is absent.
func readReal(t *testing.T) ([]*extract.Letter, map[string]*eval.Gold) {
	t.Helper()
	dir := testenv.RealLetters(t)
	real.Do(func() { real.letters, real.gold, real.err = loadReal(dir) })
	if real.err != nil {
		t.Fatal(real.err)
	}
	return real.letters, real.gold
}

func loadReal(dir string) ([]*extract.Letter, map[string]*eval.Gold, error) {
	gold, err := eval.ReadGold(os.DirFS(filepath.Join(dir, "gold")))
	if err != nil {
		return nil, nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "txt", "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, nil, fmt.Errorf("no letters in %s: %v", dir, err)
	}
	var letters []*extract.Letter
	err = extract.Each(paths, extract.Options{}, 0, func(r extract.Result) error {
		if r.Err != nil {
			return r.Err
		}
		letters = append(letters, r.Letter)
		return nil
	})
	return letters, gold, err
}

// caseOf names a letter by its file name.
func caseOf(l *extract.Letter) string {
	return strings.TrimSuffix(filepath.Base(l.Source.Path), filepath.Ext(l.Source.Path))
}

// goldEntry is one gold inconsistency of a kind the checks look for.
type goldEntry struct {
	key      string // "case code item"
	evidence []string
	found    bool
}

// goldEntries lists the gold inconsistencies of the checks' kinds.
func goldEntries(name string, g *eval.Gold) []*goldEntry {
	var out []*goldEntry
	add := func(item int, ps []eval.GoldProblem) {
		for _, p := range ps {
			if known(p.Kind) {
				out = append(out, &goldEntry{key: fmt.Sprintf("%s %s %d", name, p.Kind, item), evidence: p.Evidence})
			}
		}
	}
	for i, it := range g.Items {
		add(i, it.Inconsistencies)
	}
	add(-1, g.LetterInconsistent)
	return out
}

// score runs the checks on the letters and matches their findings with
// the gold: it returns the gold entries, marked found or not, and the
// findings the gold does not list, by key.
func score(t *testing.T, letters []*extract.Letter, gold map[string]*eval.Gold) ([]*goldEntry, map[string]Finding) {
	var entries []*goldEntry
	extra := map[string]Finding{}
	for _, l := range letters {
		name := caseOf(l)
		g := gold[name]
		if g == nil {
			t.Errorf("%s: no gold", name)
			continue
		}
		es := goldEntries(name, g)
		entries = append(entries, es...)
		for _, f := range Run(l) {
			key := fmt.Sprintf("%s %s %d", name, f.Code, f.Item)
			if e := claim(es, key, f); e != nil {
				e.found = true
				continue
			}
			extra[key] = f
		}
	}
	return entries, extra
}

// TestRealLetters measures the checks against the gold inconsistencies:
// the share found with the right code and item, and the findings the
// gold does not list.
func TestRealLetters(t *testing.T) {
	letters, gold := readReal(t)
	entries, extra := score(t, letters, gold)
	found := 0
	for _, e := range entries {
		switch _, known := knownMissed[e.key]; {
		case e.found:
			found++
			if known {
				t.Errorf("%s is found now: take it off knownMissed", e.key)
			}
		case !known:
			t.Errorf("missed %s: %q", e.key, e.evidence)
		}
	}
	for key, f := range extra {
		if _, ok := knownExtra[key]; !ok {
			t.Errorf("finding the gold does not list: %s: %s", key, f.Message)
		}
	}
	for key := range knownExtra {
		if _, ok := extra[key]; !ok {
			t.Errorf("knownExtra %s is no longer found: take it off", key)
		}
	}
	recall := float64(found) / float64(len(entries))
	t.Logf("recall %d/%d = %.3f; findings the gold does not list: %d in %d letters", found, len(entries), recall, len(extra), len(letters))
	if recall < 0.85 {
		t.Errorf("recall %.3f, want at least 0.85", recall)
	}
	if len(extra)*10 > len(letters) {
		t.Errorf("%d findings the gold does not list, want at most %d", len(extra), len(letters)/10)
	}
	printSorted(t, extra)
}

// claim returns the first unclaimed gold entry of the key, preferring
// one whose evidence the finding quotes.
func claim(es []*goldEntry, key string, f Finding) *goldEntry {
	var first *goldEntry
	for _, e := range es {
		if e.key != key || e.found {
			continue
		}
		if quotes(f, e.evidence) {
			return e
		}
		if first == nil {
			first = e
		}
	}
	return first
}

// quotes reports whether an evidence of the finding and a gold quote
// overlap: one holds the other.
func quotes(f Finding, gold []string) bool {
	for _, ev := range f.Evidence {
		a := strings.ToLower(collapse(ev.Text))
		for _, q := range gold {
			b := strings.ToLower(collapse(q))
			if a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a)) {
				return true
			}
		}
	}
	return false
}

func printSorted(t *testing.T, m map[string]Finding) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("extra %s: %s", k, m[k].Message)
	}
}
