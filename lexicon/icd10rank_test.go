package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// TestRankBruteForce checks that rank, which reads only the postings and
// entries that may make the best, returns the best of scoring every
// entry: on descriptions of the code set, shortened, with sides, and on
// phrases as clinicians write them.
func TestRankBruteForce(t *testing.T) {
	cs := ICD10CM()
	phrases := []string{"lumbar strain", "LBP", "CTS right", "HNP L4-5 with radiculopathy",
		"possible rotator cuff tear", "s/p ACDF", "right knee medial meniscus tear", "diabetes",
		"chronic pain syndrome", "cervical radiculopathy", "depression anxiety", "lumbar spondylosis without myelopathy"}
	for i := 0; i < cs.codes; i += 997 {
		desc := cs.descOf(&cs.entries[i])
		words := strings.Fields(desc)
		phrases = append(phrases, desc, strings.Join(words[:(len(words)+1)/2], " "), strings.Join(words[len(words)/2:], " "))
	}
	for _, p := range phrases {
		for _, side := range []string{"", "left"} {
			q := cs.parse(p, side)
			got := entriesOf(cs.rank(q, 3))
			want := entriesOf(bruteRank(cs, q, 3))
			if !slices.Equal(got, want) {
				t.Errorf("rank(%q, %q) = %v, want %v", p, side, got, want)
			}
		}
	}
}

// bruteRank scores every entry for a query and returns the n best.
func bruteRank(cs *CodeSet, q *query, n int) []scored {
	var all []scored
	if len(q.slots) == 0 {
		return nil
	}
	for id := range cs.entries {
		if c, ok := cs.score(q, int32(id), false); ok {
			all = append(all, c)
		}
	}
	slices.SortFunc(all, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	return all[:min(n, len(all))]
}

// ranked is a candidate's entry and score.
type ranked struct {
	entry int32
	score float64
}

// entriesOf returns the entries and scores of candidates.
func entriesOf(cands []scored) []ranked {
	var out []ranked
	for _, c := range cands {
		out = append(out, ranked{c.entry, c.score})
	}
	return out
}
