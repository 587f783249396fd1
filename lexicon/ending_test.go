package lexicon

import "testing"

func TestEnding(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"therapy", "therapies", true},
		{"injection", "injections", true},
		{"sprain", "sprained", true},
		{"fracture", "fractures", true},
		{"imaging", "image", true},
		{"quervain's", "quervain", true},
		{"boxes", "box", true},
		{"medical", "medication", false},
		{"mobility", "mobilization", false},
		{"tendon", "tendonitis", false},
		{"evaluate", "evaluation", false},
		{"neurologic", "neurology", false},
		{"stabilizer", "stabilization", false},
		{"conditions", "conditioning", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			sa, sb := stem(tt.a, true), stem(tt.b, true)
			got := sa == sb && ending(tt.a, sa) == ending(tt.b, sb)
			if got != tt.same {
				t.Errorf("%q (%s, %q) and %q (%s, %q) same = %v, want %v", tt.a, sa, ending(tt.a, sa),
					tt.b, sb, ending(tt.b, sb), got, tt.same)
			}
		})
	}
}
