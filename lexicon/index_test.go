package lexicon

import "testing"

// TestRoots checks the array of the trie's links from its root against
// the tables' hash of links, for every word of the vocabulary, both
// snapshot and loaded.
func TestRoots(t *testing.T) {
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []*Lexicon{Default(), loaded} {
		ix := l.ix
		for id := range int32(len(ix.words)) {
			got, gotOK := ix.t.child0(id)
			want, wantOK := ix.t.child(0, id)
			if got != want || gotOK != wantOK {
				t.Errorf("child0(%q) = %d, %v, want %d, %v", ix.words[id].lower, got, gotOK, want, wantOK)
			}
		}
	}
}

// TestMayStem checks mayStem, which hashes each beginning of a word on
// from the one before, against looking each up on its own, on every
// form of the vocabulary and those forms with endings added.
func TestMayStem(t *testing.T) {
	ix := Default().ix
	plain := func(lower string) bool {
		for n := len(lower); n >= 3 && n >= len(lower)-7; n-- {
			if ix.t.list(lower[:n]).stemHead {
				return true
			}
		}
		return false
	}
	for f := range ix.t.lists {
		for _, end := range []string{"", "s", "ing", "ations", "ization", "izations", "x"} {
			w := ix.t.formText(f) + end
			if got, want := ix.mayStem(w, ix.t.list(w)), plain(w); got != want {
				t.Errorf("mayStem(%q) = %v, want %v", w, got, want)
			}
		}
	}
}
