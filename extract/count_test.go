package extract

import "testing"

func TestCount(t *testing.T) {
	tests := []struct {
		in   string
		want float64 // 0: no count
		unit string
		text string
	}{
		{"Norco 10/325mg #120", 120, "unit", "#120"},
		{"Cognitive behavioral therapy sessions QTY: 14.00", 14, "session", "QTY: 14.00"},
		{"12 sessions of CBT", 12, "session", "12 sessions"},
		{"Physical therapy 2x6", 12, "session", "2x6"},
		{"Physical therapy 2 times a week for 6 weeks", 12, "session", "2 times a week for 6 weeks"},
		{"Physical therapy 2-3 times a week for 6 weeks", 18, "session", "2-3 times a week for 6 weeks"},
		{"physical therapy two times a week for three weeks", 6, "session", "two times a week for three weeks"},
		{"Electrocardiogram times 3", 3, "", "times 3"},
		{"Eight physical therapy sessions", 8, "session", "Eight"},
		{"Post-op physical therapy 12-18 sessions", 18, "session", "12-18 sessions"},
		{"Lidocaine 5% patch #1", 1, "patch", "#1"},
		{"Voltaren gel, #60 grams with 1 refill", 60, "gram", "#60 grams"},
		{"Daily RN for 4 weeks for wound care", 28, "day", "Daily RN for 4 weeks"},
		{"standard wheelchair for a 2 month rental", 2, "month", "2 month"},
		{"physical therapy 2 times a week for 6 weeks (12 sessions) to the right elbow", 12, "session", "2 times a week for 6 weeks (12 sessions)"},
		{"Physical therapy three times four visits (12) for the low back", 12, "visit", "four visits (12)"},
		{"1 knee scooter", 1, "scooter", "1"},
		{"MRI of the right shoulder (1.5 Tesla Closed)", 0, "", ""},
		{"purchase of a bedside 3 in 1 commode", 0, "", ""},
		{"Facet joint injections L4-5, L5-S1", 0, "", ""},
		{"Norco 10/325mg", 0, "", ""},
		{"Three phase bone scan to the left foot", 0, "", ""},
		{"Fanatrex 25mg/ml oral suspension 420ml", 0, "", ""},
		{"MRI of the lumbar spine", 0, "", ""},
	}
	for _, tt := range tests {
		q, ok := Count(tt.in, nil)
		switch {
		case tt.want == 0 && ok:
			t.Errorf("Count(%q) = %v %q, want no count", tt.in, q.Value, q.Unit)
		case tt.want != 0 && !ok:
			t.Errorf("Count(%q) found no count, want %v", tt.in, tt.want)
		case ok && (q.Value != tt.want || string(q.Unit) != tt.unit || q.Text != tt.text):
			t.Errorf("Count(%q) = %v %q (%q), want %v %q (%q)", tt.in, q.Value, q.Unit, q.Text, tt.want, tt.unit, tt.text)
		}
		if ok && tt.in[q.Start:q.End] != q.Text {
			t.Errorf("Count(%q) span %d-%d holds %q, not %q", tt.in, q.Start, q.End, tt.in[q.Start:q.End], q.Text)
		}
	}
}
