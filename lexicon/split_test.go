package lexicon

import "testing"

// TestJoinedWord checks joinedWord against the sets of all beginnings and
// ends of the words read when split, on every way of cutting every form
// an alias writes in two.
func TestJoinedWord(t *testing.T) {
	ix := Default().ix
	heads, tails := map[string]bool{}, map[string]bool{}
	for _, w := range ix.words {
		if !w.split {
			continue
		}
		for k := 1; k < len(w.lower); k++ {
			heads[w.lower[:k]], tails[w.lower[k:]] = true, true
		}
	}
	for f := range ix.t.lists {
		form, ids := ix.t.formText(f), ix.t.idsOf(ix.t.lists[f].lower)
		if len(ids) == 0 {
			continue
		}
		for k := 1; k < len(form); k++ {
			a, b := form[:k], form[k:]
			want := heads[a] && tails[b]
			if got := ix.joinedWord(a, b); (got != nil) != want || want && len(got) != len(ids) {
				t.Errorf("joinedWord(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
