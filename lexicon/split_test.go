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

// TestMayJoin checks that the filter of joins lets through every way of
// cutting in two every form that words are written as, so that
// joinedWord finds with it what it finds without.
func TestMayJoin(t *testing.T) {
	tb := Default().ix.t
	for f := range tb.lists {
		form := tb.formText(f)
		if len(tb.idsOf(tb.lists[f].lower)) == 0 {
			continue
		}
		for k := 1; k < len(form); k++ {
			if !tb.mayJoin(form[:k], form[k:]) {
				t.Errorf("mayJoin(%q, %q) = false, want true", form[:k], form[k:])
			}
		}
	}
}
