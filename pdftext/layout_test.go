package pdftext

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortByBase holds sortByBase to the order slices.SortStableFunc
// gives, on pages drawn in runs and in no order, with ties and NaN.
func TestSortByBase(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	base := func(page string, i int) float64 {
		switch page {
		case "runs":
			return float64((i*7)%500) / 5 // rising runs, ties between them
		case "random":
			return float64(r.IntN(40))
		case "nan":
			if i%17 == 0 {
				return math.NaN()
			}
			return float64(r.IntN(40))
		}
		return float64(i / 3) // sorted, ties
	}
	var buf layoutBuffers
	for _, page := range []string{"sorted", "runs", "random", "nan"} {
		for _, n := range []int{1, 2, 3, 50, 2000} {
			glyphs := make([]glyph, n)
			var got []*glyph
			for i := range glyphs {
				glyphs[i].base = base(page, i)
				got = append(got, &glyphs[i])
			}
			want := slices.Clone(got)
			slices.SortStableFunc(want, func(a, b *glyph) int { return cmpFloat(a.base, b.base) })
			sortByBase(got, &buf)
			if !slices.Equal(got, want) {
				t.Errorf("sortByBase(%s page of %d glyphs) differs from slices.SortStableFunc", page, n)
			}
		}
	}
}

// TestMaxFloat holds maxFloat to the built-in max, bit for bit, on NaN,
// signed zeros, infinities and plain numbers in either order.
func TestMaxFloat(t *testing.T) {
	values := []float64{math.NaN(), math.Copysign(0, -1), 0, 1, -1, 2.5,
		math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, math.MaxFloat64}
	for _, a := range values {
		for _, b := range values {
			got, want := maxFloat(a, b), max(a, b)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Errorf("maxFloat(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestLineSize holds the comparison groupLines makes with lineSize to the
// one with the built-in max, on NaN, signed zeros and infinities.
func TestLineSize(t *testing.T) {
	values := []float64{math.NaN(), math.Copysign(0, -1), 0, 1, -1, 2.5,
		math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, math.MaxFloat64}
	for _, d := range values {
		for _, a := range values {
			for _, b := range values {
				got, want := d > lineSlack*lineSize(a, b), d > lineSlack*max(a, b)
				if got != want {
					t.Errorf("%v > lineSlack*lineSize(%v, %v) = %v, want %v", d, a, b, got, want)
				}
			}
		}
	}
}
