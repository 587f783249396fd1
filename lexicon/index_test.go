package lexicon

import (
	"math/bits"
	"reflect"
	"testing"
)

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

// TestNear checks near, which passes over the lengths whose budget does
// not reach a word, against trying every word of the lengths it may be
// whose letters are close enough, on the forms of the vocabulary
// misspelt: a letter dropped, doubled or swapped with the next.
func TestNear(t *testing.T) {
	ix := Default().ix
	plain := func(lower string, cost int) []unit {
		var out []unit
		if len(lower) < 4 || len(lower) > maxWord || lower[0] < 'a' || lower[0] > 'z' || !isASCII(lower) {
			return out
		}
		set := letters(lower)
		for l := max(6, len(lower)-2); l <= min(maxWord, len(lower)+2); l++ {
			for _, w := range ix.edits[lower[0]-'a'][l] {
				if bits.OnesCount32(set^w.letters) <= 2*(budget(l)-cost) {
					out = ix.verify(lower, w.id, 1, cost, out)
				}
			}
		}
		return out
	}
	for f := range ix.t.lists {
		w := ix.t.formText(f)
		for k := 0; k+1 < len(w); k++ {
			for _, typo := range []string{w[:k] + w[k+1:], w[:k+1] + w[k:], w[:k] + w[k+1:k+2] + w[k:k+1] + w[k+2:]} {
				for cost := range 2 {
					if got, want := ix.near(typo, 1, cost, nil), plain(typo, cost); !reflect.DeepEqual(got, want) {
						t.Fatalf("near(%q, cost %d) = %v, want %v", typo, cost, got, want)
					}
				}
			}
		}
	}
}
