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
