package lexicon

import "testing"

// TestDefault loads the embedded vocabulary: an error in a data file
// fails here, never at run time.
func TestDefault(t *testing.T) {
	l, err := Load()
	if err != nil {
		for _, e := range err.(ErrorList) {
			t.Error(e)
		}
	}
	counts := map[Kind]int{}
	for _, c := range l.Concepts() {
		counts[c.Kind]++
	}
	t.Logf("concepts: %v", counts)
}
