package lexicon

import (
	"math/bits"
	"reflect"
	"strings"
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
			got, gotOK := ix.t.child(0, id)
			want, wantOK := ix.t.linked(0, id)
			if got != want || gotOK != wantOK {
				t.Errorf("child(0, %q) = %d, %v, want %d, %v", ix.words[id].lower, got, gotOK, want, wantOK)
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

// TestLookup checks lookup, which does not stem a word found as written,
// against stemming every word whose stem may be a vocabulary stem, on
// every form of the vocabulary and those forms with endings added, as
// written and capitalized.
func TestLookup(t *testing.T) {
	ix := Default().ix
	mayStem := func(lower string) bool {
		for n := len(lower); n >= 3 && n >= len(lower)-7; n-- {
			if ix.t.list(lower[:n]).stemHead {
				return true
			}
		}
		return false
	}
	plain := func(tk *tok) []unit {
		stems := mayStem(tk.lower)
		out := addUnits(nil, ix.t.idsOf(ix.t.list(tk.lower).lower), 1, 0)
		if stems {
			s := tk.stemmed()
			for _, id := range ix.t.idsOf(ix.t.list(s).stem) {
				if w := &ix.words[id]; !hasUnit(out, id, 1) && ending(tk.lower, s) == ending(w.lower, w.stem) {
					out = append(out, unit{word: id, n: 1})
				}
			}
		}
		if len(out) > 0 || !tk.alpha || ix.t.not(tk.lower) || stems && len(ix.t.idsOf(ix.t.list(tk.stemmed()).stem)) > 0 {
			return out
		}
		near := ix.near(tk.lower, 1, 0, out)
		if len(near) == len(out) || ix.t.not(tk.stemmed()) {
			return out
		}
		return near
	}
	for f := range ix.t.lists {
		for _, end := range []string{"", "s", "es", "ed", "ing", "ly", "ation", "ations", "ness"} {
			w := ix.t.formText(f) + end
			for _, text := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
				for _, tk := range scan(text) {
					if got, want := ix.lookup(&tk, 1, 0, nil), plain(&tk); !reflect.DeepEqual(got, want) {
						t.Fatalf("lookup(%q) = %v, want %v", tk.text, got, want)
					}
				}
			}
		}
	}
}
