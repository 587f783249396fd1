package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnitPairs(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		want        []string
	}{
		{"no words", "", []string{}},
		{"one word", "therapy", []string{}},
		{"two words", "physical therapy", []string{"physical therapy"}},
		{"a pair repeated counts once", "a b c a b", []string{"a b", "b c", "c a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := unit{words: tc.words}
			got := []string{}
			for _, p := range u.pairs() {
				got = append(got, p.text)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("pairs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNear(t *testing.T) {
	unitOf := func(s string) unit { return unit{words: s, n: len(strings.Fields(s))} }
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"small edits", "prior care has included therapy injections and medications", "prior care included therapy injections and medications", true},
		{"one name differs in a short sentence", "the request for an mri is not medically necessary", "the request for a ct is not medically necessary", false},
		{"the same words", "prior care has included therapy injections and medications", "prior care has included therapy injections and medications", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := unitOf(tc.a), unitOf(tc.b)
			if got := near(&a, &b); got != tc.want {
				t.Errorf("near = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSharedSameHash checks that pairs of one hash and other words do
// not count as shared: the hash orders, the words decide.
func TestSharedSameHash(t *testing.T) {
	x := []shingle{{1, "a b"}, {2, "c d"}, {2, "e f"}}
	y := []shingle{{1, "a x"}, {2, "e f"}}
	slices.SortFunc(x, compareShingles)
	slices.SortFunc(y, compareShingles)
	if got := shared(x, y); got != 1 {
		t.Errorf("shared = %d, want 1", got)
	}
}
