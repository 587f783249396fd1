package eval

import (
	"math"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

func strFact(f *extract.Fact[string]) *string {
	if f == nil {
		return nil
	}
	return &f.Value
}

func intFact(f *extract.Fact[int]) *int {
	if f == nil {
		return nil
	}
	return &f.Value
}

func values(fs []extract.Fact[string]) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return out
}

// sameStr compares two optional values exactly, ignoring case.
func sameStr(want, got *string) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	return strings.EqualFold(*want, *got)
}

// sameText compares two optional texts in their lenient form.
func sameText(want, got *string) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	return norm(*want) == norm(*got)
}

func sameInt(want, got *int) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	return *want == *got
}

func sameNum(want, got *float64) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	return math.Abs(*want-*got) < 1e-9
}

// sameList compares lists in order, each entry leniently.
func sameList(want, got []string) bool {
	if len(want) != len(got) {
		return false
	}
	for i := range want {
		if norm(want[i]) != norm(got[i]) {
			return false
		}
	}
	return true
}

// sameSet compares lists as sets.
func sameSet(want, got []string) bool {
	seen := map[string]bool{}
	for _, g := range got {
		seen[g] = true
	}
	if len(seen) != len(uniq(want)) {
		return false
	}
	for _, w := range want {
		if !seen[w] {
			return false
		}
	}
	return true
}

func uniq(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func samePartial(want *GoldPartial, got *extract.Partial) bool {
	if want == nil || got == nil {
		return want == nil && got == nil
	}
	o, a, r := strFact(got.Original), strFact(got.Authorized), strFact(got.Remaining)
	return sameText(&want.Original, o) && sameText(&want.Authorized, a) && sameText(&want.Remaining, r)
}

// align pairs each gold item with an extracted item: by position when
// the counts agree, else by the most similar header.
func align(want []GoldItem, got []extract.Item) []*extract.Item {
	out := make([]*extract.Item, len(want))
	if len(want) == len(got) {
		for i := range want {
			out[i] = &got[i]
		}
		return out
	}
	used := map[int]bool{}
	for i, w := range want {
		best, bestSim := -1, 0.3
		for j := range got {
			if used[j] || got[j].Header == nil {
				continue
			}
			if sim := similarity(w.Header, got[j].Header.Value); sim > bestSim {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			used[best] = true
			out[i] = &got[best]
		}
	}
	return out
}

// similarity is the Jaccard index of two texts' lower-case words.
func similarity(a, b string) float64 {
	wa, wb := uniq(strings.Fields(norm(a))), uniq(strings.Fields(norm(b)))
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	union := len(wa) + len(wb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
