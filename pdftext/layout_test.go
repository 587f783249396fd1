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

// TestDropDuplicates keeps the first of glyphs drawn again at nearly the
// same place with the same text, and every other glyph, in order.
func TestDropDuplicates(t *testing.T) {
	g := func(text string, x0, base float64) *glyph {
		return &glyph{text: text, x0: x0, x1: x0 + 5, base: base, size: 10}
	}
	tests := []struct {
		name string
		gs   []*glyph
		want []int // indexes of gs kept
	}{
		{"one", []*glyph{g("a", 0, 0)}, []int{0}},
		{"fake bold", []*glyph{g("a", 0, 0), g("a", 0.1, 0), g("b", 6, 0), g("b", 6.1, 0.1)}, []int{0, 2}},
		{"three times", []*glyph{g("a", 0, 0), g("a", 0.1, 0), g("a", 0.2, 0), g("c", 8, 0)}, []int{0, 3}},
		{"other text", []*glyph{g("a", 0, 0), g("b", 0.1, 0)}, []int{0, 1}},
		{"far apart", []*glyph{g("a", 0, 0), g("a", 6, 0), g("a", 6, 20)}, []int{0, 1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want []*glyph
			for _, i := range tc.want {
				want = append(want, tc.gs[i])
			}
			got := dropDuplicates(slices.Clone(tc.gs))
			if !slices.Equal(got, want) {
				t.Errorf("dropDuplicates kept %d glyphs, want %v of %d", len(got), tc.want, len(tc.gs))
			}
		})
	}
}

// TestLayoutKeepsBuffers holds layout to keeping its working slices in
// the buffers, for the next page to use again.
func TestLayoutKeepsBuffers(t *testing.T) {
	var glyphs []glyph
	for line := range 40 {
		for i := range 60 {
			glyphs = append(glyphs, glyph{text: "a", x0: float64(10 + 6*i), x1: float64(15 + 6*i),
				base: float64(700 - 14*line), size: 10, spaceBefore: i%5 == 0})
		}
	}
	var buf layoutBuffers
	layout(glyphs, 612, 792, &buf, false)
	kept := map[string]int{"order": cap(buf.order), "lines": cap(buf.lines), "frags": cap(buf.frags),
		"slab": cap(buf.slab), "spaces": cap(buf.spaces), "blocks": cap(buf.blocks), "text": cap(buf.text),
		"ends": cap(buf.ends), "found": cap(buf.found), "open": cap(buf.open), "next": cap(buf.next),
		"owner": cap(buf.owner), "members": cap(buf.members), "byX": cap(buf.byX)}
	for name, n := range kept {
		if n == 0 {
			t.Errorf("layout kept no %s buffer", name)
		}
	}
}
