package extract

import (
	"testing"
)

// TestSeed checks the letter the project began from.
func TestSeed(t *testing.T) {
	l, err := ReadFile("../testdata/letters/seed.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, l)
	if len(l.Items) != 1 {
		t.Fatalf("ReadFile(seed) has %d items, want 1", len(l.Items))
	}
	it := l.Items[0]
	var maximus []Citation
	for _, c := range it.Guidelines.Citations {
		if c.By == ByMaximus {
			maximus = append(maximus, c)
		}
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"age", l.Claimant.Age.Value, 61},
		{"sex", l.Claimant.Sex.Value, "female"},
		{"injury date", l.Claimant.InjuryDates[0].Value, "1994-08-06"},
		{"injury dates", len(l.Claimant.InjuryDates), 1},
		{"outcome", it.Outcome.Value, Upheld},
		{"quantity", it.Quantity.Value, 14.0},
		{"quantity unit", it.Quantity.Unit, Str("session")},
		{"quantity text", it.Quantity.Text, "QTY: 14.00"},
		{"service concept", it.Service.Concept, Str("cognitive-behavioral-therapy")},
		{"service category", it.Service.Category, Str("psychological")},
		{"conclusion", it.Rationale.Conclusion.Value, NotNecessary},
		{"rationale count", it.Rationale.Quantities[0].Value, 12.0},
		{"maximus citations", len(maximus), 2},
		{"mtus source", maximus[0].Source, SourceMTUS},
		{"mtus chapter has chronic pain", containsFold(string(maximus[0].Chapter), "chronic pain"), true},
		{"mtus pages", maximus[0].Pages, []string{"101"}},
		{"odg source", maximus[1].Source, SourceODG},
		{"specialty", l.Reviewer.Specialty[0].Value, "Family Medicine"},
		{"licensure", l.Reviewer.Licensure[0].Value, "California"},
		{"layout", l.Source.Layout, LayoutFDL2014},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !equal(tt.got, tt.want) {
				t.Errorf("ReadFile(seed) %s = %v, want %v", tt.name, tt.got, tt.want)
			}
		})
	}
}

// TestPDFPageLine checks the place of facts in a PDF as a reader counts
// them: page 2, line 4 for the item line of the seed letter (the lines of
// page 2 that show text, counted from the top), and lines and columns of
// the file for the text form.
func TestPDFPageLine(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"pdf", "../testdata/letters/seed.pdf", "p2:l4"},
		{"text", "../testdata/letters/seed.txt", "55:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ReadFile(tt.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := l.Position(l.Items[0].Header.Start).String(); got != tt.want {
				t.Errorf("Position(item header) = %s, want %s", got, tt.want)
			}
		})
	}
}
