package lexicon

import "testing"

// naiveDistance is the full-table optimal string alignment distance, the
// reference for distance.
func naiveDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

func TestDistance(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       int
	}{
		{"same", "therapy", "therapy", 0},
		{"swap", "physcial", "physical", 1},
		{"delete", "acupunture", "acupuncture", 1},
		{"substitute", "cyclobenzaprene", "cyclobenzaprine", 1},
		{"two", "behavorial", "behavioral", 2},
		{"osa not damerau", "ca", "abc", 3},
		{"empty", "", "abc", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := distance(tt.a, tt.b, 3); got != min(tt.want, 4) {
				t.Errorf("distance(%q, %q, 3) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// FuzzDistance checks the banded distance against the full table.
func FuzzDistance(f *testing.F) {
	f.Add("physcial", "physical", 2)
	f.Add("ca", "abc", 1)
	f.Fuzz(func(t *testing.T, a, b string, max int) {
		if len(a) > maxWord || len(b) > maxWord || max < 0 || max > 3 {
			return
		}
		want := min(naiveDistance(a, b), max+1)
		if got := distance(a, b, max); got != want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", a, b, max, got, want)
		}
	})
}

// TestDistanceAll checks the banded distance against the full table on
// every pair of words of up to five letters a, b and c, where the words'
// common beginnings and ends and swaps at their edges all occur.
func TestDistanceAll(t *testing.T) {
	words := []string{""}
	for n, from := 0, 0; n < 5; n++ {
		to := len(words)
		for _, w := range words[from:to] {
			for _, c := range "abc" {
				words = append(words, w+string(c))
			}
		}
		from = to
	}
	for _, a := range words {
		for _, b := range words {
			d := naiveDistance(a, b)
			for max := range 4 {
				if got := distance(a, b, max); got != min(d, max+1) {
					t.Fatalf("distance(%q, %q, %d) = %d, want %d", a, b, max, got, min(d, max+1))
				}
			}
		}
	}
}
