package check

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/imrkit/imrkit/extract"
)

// sp is a span as inside takes it.
type sp struct{ extract.Span }

func (s sp) span() extract.Span { return s.Span }

// TestInside compares inside with a filter of the whole list, over
// random sorted spans that nest, overlap and stick out of the span asked
// about, and requires an append to its answer to leave the list as it
// was.
func TestInside(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var xs []sp
		for range r.IntN(12) {
			start := r.IntN(60)
			xs = append(xs, sp{extract.Span{Start: start, End: start + r.IntN(15)}})
		}
		slices.SortStableFunc(xs, func(a, b sp) int { return a.Start - b.Start })
		start := r.IntN(60)
		in := extract.Span{Start: start, End: start + r.IntN(30)}
		var want []sp
		for _, x := range xs {
			if x.Within(in) && x.Start < max(in.End, in.Start+1) {
				want = append(want, x)
			}
		}
		before := slices.Clone(xs)
		got := inside(xs, in)
		if !slices.Equal(got, want) {
			t.Fatalf("inside(%v, %v) = %v, want %v", xs, in, got, want)
		}
		_ = append(got, sp{extract.Span{Start: -1, End: -1}})
		if !slices.Equal(xs, before) {
			t.Fatalf("appending to inside's answer changed the list: %v, was %v", xs, before)
		}
	}
}
