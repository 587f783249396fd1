package check

import (
	"math/rand/v2"
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

// TestMayShare checks that the bucket test never rules out two units
// whose pairs are near, on made-up sentences of few words (so that many
// are near), and that it rules out most that are not.
func TestMayShare(t *testing.T) {
	vocab := strings.Fields("the request for physical therapy is not medically necessary care has included injections and medications prior")
	rng := rand.New(rand.NewPCG(1, 2))
	sentence := func() unit {
		n := minNearWords + rng.IntN(30)
		ws := make([]string, n)
		for k := range ws {
			ws[k] = vocab[rng.IntN(len(vocab))]
		}
		return unit{words: strings.Join(ws, " "), n: n}
	}
	edited := func(u unit) unit {
		ws := strings.Fields(u.words)
		ws[rng.IntN(len(ws))] = vocab[rng.IntN(len(vocab))]
		return unit{words: strings.Join(ws, " "), n: len(ws)}
	}
	nearCount, ruledOut, apart := 0, 0, 0
	for range 20000 {
		a := sentence()
		b := sentence()
		if rng.IntN(2) == 0 {
			b = edited(a)
		}
		switch {
		case pairsNear(&a, &b):
			nearCount++
			if !mayShare(a.counts(), b.counts()) {
				t.Fatalf("%q and %q are near, but the buckets rule them out", a.words, b.words)
			}
		default:
			apart++
			if !mayShare(a.counts(), b.counts()) {
				ruledOut++
			}
		}
	}
	t.Logf("%d near, %d of %d apart ruled out", nearCount, ruledOut, apart)
	if nearCount == 0 || ruledOut < apart/2 {
		t.Errorf("%d near; buckets ruled out %d of %d apart", nearCount, ruledOut, apart)
	}
}

// TestBucketsFull checks that a unit with more repeats of one pair than a
// bucket counts rules nothing out.
func TestBucketsFull(t *testing.T) {
	a := unit{words: strings.TrimSpace(strings.Repeat("a b ", 300)), n: 600}
	b := unit{words: strings.TrimSpace(strings.Repeat("a b ", 300)) + " c", n: 601}
	if !a.counts().full {
		t.Fatal("300 repeats of one pair did not fill its bucket")
	}
	if !mayShare(a.counts(), b.counts()) {
		t.Error("a full bucket ruled a pair of units out")
	}
}
