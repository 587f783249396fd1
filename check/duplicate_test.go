package check

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnitPairs(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		want        []string
	}{
		{"no words", "", []string{}},
		{"one word", "therapy", []string{}},
		{"two words", "physical therapy", []string{"physical therapy"}},
		{"a pair repeated counts once", "a b c a b", []string{"a b", "b c", "c a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := unit{words: tc.words}
			if diff := cmp.Diff(tc.want, u.pairs()); diff != "" {
				t.Errorf("pairs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNear(t *testing.T) {
	unitOf := func(s string) unit { return unit{words: s, n: len(strings.Fields(s))} }
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{"small edits", "prior care has included therapy injections and medications", "prior care included therapy injections and medications", true},
		{"one name differs in a short sentence", "the request for an mri is not medically necessary", "the request for a ct is not medically necessary", false},
		{"the same words", "prior care has included therapy injections and medications", "prior care has included therapy injections and medications", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := unitOf(tc.a), unitOf(tc.b)
			if got := near(&a, &b); got != tc.want {
				t.Errorf("near = %v, want %v", got, tc.want)
			}
		})
	}
}
