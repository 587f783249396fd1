package check

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
)

// Score is how the checks did on letters whose inconsistencies were read
// by hand: the gold inconsistencies of the checks' codes found with the
// right code and item, and the findings the gold does not list.
type Score struct {
	Letters  int                   // letters scored
	Gold     int                   // gold inconsistencies of the checks' codes
	Found    int                   // of them, found with the right code and item
	Missed   []Match               // the gold inconsistencies not found
	Unlisted []Match               // the findings the gold does not list
	Codes    map[string]*CodeScore // the same figures per code
}

// CodeScore is a Score's figures for one code.
type CodeScore struct {
	Gold, Found, Unlisted int
}

// Match is a gold inconsistency or a finding, named by its key: the
// letter's name (its file name without extension), the code and the
// item ("CM16-0213037 quantity-mismatch 0"; item -1 for the letter).
type Match struct {
	Key      string
	Evidence []string // the gold's quotes, or the finding's message
}

// Recall is the share of gold inconsistencies found; 1 when the gold
// lists none.
func (s Score) Recall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.Found) / float64(s.Gold)
}

// UnlistedPerLetter is the number of findings the gold does not list,
// per letter scored.
func (s Score) UnlistedPerLetter() float64 {
	if s.Letters == 0 {
		return 0
	}
	return float64(len(s.Unlisted)) / float64(s.Letters)
}

// String writes the figures in one line.
func (s Score) String() string {
	return fmt.Sprintf("%d letters: recall %d/%d = %.3f; unlisted findings %d = %.3f per letter",
		s.Letters, s.Found, s.Gold, s.Recall(), len(s.Unlisted), s.UnlistedPerLetter())
}

// Score runs the checks on letters and matches their findings with the
// gold, keyed by the letter's name (its file name without extension, as
// eval.ReadGold keys gold files). A finding matches an unmatched gold
// inconsistency of its letter, code and item, preferring one whose
// evidence quotes overlap the finding's. It returns an error naming the
// letters that have no gold.
func (c *Config) Score(letters []*extract.Letter, gold map[string]*eval.Gold) (Score, error) {
	s := Score{Codes: map[string]*CodeScore{}}
	for _, k := range checks {
		s.Codes[k.Code] = &CodeScore{}
	}
	var nogold []string
	for _, l := range letters {
		name := Name(l)
		g := gold[name]
		if g == nil {
			nogold = append(nogold, name)
			continue
		}
		s.add(name, goldEntries(name, g), c.Run(l))
	}
	sort.Slice(s.Missed, func(i, j int) bool { return s.Missed[i].Key < s.Missed[j].Key })
	sort.Slice(s.Unlisted, func(i, j int) bool { return s.Unlisted[i].Key < s.Unlisted[j].Key })
	if len(nogold) > 0 {
		return s, fmt.Errorf("no gold for %s", strings.Join(nogold, ", "))
	}
	return s, nil
}

// add scores one letter.
func (s *Score) add(name string, es []*goldEntry, fs []Finding) {
	s.Letters++
	for _, f := range fs {
		key := fmt.Sprintf("%s %s %d", name, f.Code, f.Item)
		if e := claim(es, key, f); e != nil {
			e.found = true
			continue
		}
		s.Unlisted = append(s.Unlisted, Match{Key: key, Evidence: []string{f.Message}})
		s.Codes[f.Code].Unlisted++
	}
	for _, e := range es {
		s.Gold++
		s.Codes[e.code].Gold++
		if e.found {
			s.Found++
			s.Codes[e.code].Found++
		} else {
			s.Missed = append(s.Missed, Match{Key: e.key, Evidence: e.evidence})
		}
	}
}

// Name is the name a letter is scored by: its file name without
// extension.
func Name(l *extract.Letter) string {
	return strings.TrimSuffix(filepath.Base(l.Source.Path), filepath.Ext(l.Source.Path))
}

// goldEntry is one gold inconsistency of a kind the checks look for.
type goldEntry struct {
	key      string // "case code item"
	code     string
	evidence []string
	found    bool
}

// goldEntries lists the gold inconsistencies of the checks' kinds.
func goldEntries(name string, g *eval.Gold) []*goldEntry {
	var out []*goldEntry
	add := func(item int, ps []eval.GoldProblem) {
		for _, p := range ps {
			if known(p.Kind) {
				out = append(out, &goldEntry{key: fmt.Sprintf("%s %s %d", name, p.Kind, item), code: p.Kind, evidence: p.Evidence})
			}
		}
	}
	for i, it := range g.Items {
		add(i, it.Inconsistencies)
	}
	add(-1, g.LetterInconsistent)
	return out
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

// Report writes the figures, per code, and with list the gold
// inconsistencies missed and the findings the gold does not list.
func (s Score) Report(w io.Writer, list bool) error {
	b := bufio.NewWriter(w)
	fmt.Fprintln(b, s)
	for _, k := range checks {
		c := s.Codes[k.Code]
		fmt.Fprintf(b, "  %-20s gold %3d  found %3d  unlisted %3d\n", k.Code, c.Gold, c.Found, c.Unlisted)
	}
	if list {
		for _, m := range s.Missed {
			fmt.Fprintf(b, "missed %s: %s\n", m.Key, strings.Join(m.Evidence, " | "))
		}
		for _, m := range s.Unlisted {
			fmt.Fprintf(b, "unlisted %s: %s\n", m.Key, strings.Join(m.Evidence, " | "))
		}
	}
	return b.Flush()
}
