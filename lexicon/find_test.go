package lexicon

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// found is a match in the short form tests compare.
type found struct {
	ID, Text, Side string
	Start, End     int
	Distance       int
}

func short(ms []Match) []found {
	var out []found
	for _, m := range ms {
		out = append(out, found{m.Concept.ID, m.Text, m.Laterality, m.Start, m.End, m.Distance})
	}
	return out
}

func TestTokenize(t *testing.T) {
	got := Tokenize("De Quervain's, 10/325mg & RUE")
	want := []Token{
		{"De", "de", 0, 2}, {"Quervain's", "quervain", 3, 13}, {"10", "10", 15, 17},
		{"325", "325", 18, 21}, {"mg", "mg", 21, 23}, {"&", "and", 24, 25}, {"RUE", "rue", 26, 29},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokenize (-want +got):\n%s", diff)
	}
}

func TestFind(t *testing.T) {
	l := Default()
	tests := []struct {
		name  string
		text  string
		kinds []Kind
		want  []found
	}{
		{
			name:  "rationale sentence",
			text:  "Therefore the request for an MRI of the right shoulder and Norco 10/325mg #60 is not medically necessary.",
			kinds: []Kind{KindService, KindDrug, KindBodyPart},
			want: []found{
				{"mri", "MRI", "", 29, 32, 0},
				{"shoulder", "shoulder", "right", 46, 54, 0},
				{"norco", "Norco", "", 59, 64, 0},
			},
		},
		{
			name: "services with body parts and sides",
			text: "EMG/NCV of the bilateral upper extremities; physical therapy for the lumbar spine",
			want: []found{
				{"electrodiagnostic-testing", "EMG/NCV", "", 0, 7, 0},
				{"upper-extremity", "upper extremities", "bilateral", 25, 42, 0},
				{"physical-therapy", "physical therapy", "", 44, 60, 0},
				{"lumbar-spine", "lumbar spine", "", 69, 81, 0},
			},
		},
		{
			name:  "abbreviation with a side",
			text:  "NCS/EMG RUE",
			kinds: []Kind{KindBodyPart},
			want:  []found{{"upper-extremity", "RUE", "right", 8, 11, 0}},
		},
		{
			name:  "diagnoses",
			text:  "right shoulder contusion, neck strain, lumbar spine sprain/strain, cervical radiculopathy, de Quervain's disease",
			kinds: []Kind{KindDiagnosis},
			want: []found{
				{"contusion", "contusion", "", 15, 24, 0},
				{"strain", "strain", "", 31, 37, 0},
				{"sprain-strain", "sprain/strain", "", 52, 65, 0},
				{"radiculopathy", "radiculopathy", "", 76, 89, 0},
				{"de-quervain", "de Quervain's disease", "", 91, 112, 0},
			},
		},
		{
			name:  "guideline chapter",
			text:  "MTUS Shoulder Complaints 2004, Section(s): Special Studies",
			kinds: []Kind{KindChapter},
			want:  []found{{"mtus-shoulder", "Shoulder Complaints", "", 5, 24, 0}},
		},
		{
			name:  "units",
			text:  "#60 tabs, 12 sessions, 120grams, 5 mg",
			kinds: []Kind{KindUnit},
			want: []found{
				{"unit-tablet", "tabs", "", 4, 8, 0},
				{"unit-session", "sessions", "", 13, 21, 0},
				{"unit-gram", "grams", "", 26, 31, 0},
			},
		},
		{
			name:  "words of an alias across a sentence end do not match",
			text:  "He had physical. Therapy was not tried.",
			kinds: []Kind{KindService},
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := short(l.Find(tt.text, tt.kinds...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestMisspelled measures tolerance: misspelled and PDF-damaged forms
// match their concept, with the edits counted.
func TestMisspelled(t *testing.T) {
	l := Default()
	tests := []struct {
		name, text, want string
		distance         int
	}{
		{"two edits", "cognitve behavorial therapy", "cognitive-behavioral-therapy", 3},
		{"swapped letters", "physcial therapy", "physical-therapy", 1},
		{"dropped letter", "chiropractc", "chiropractic", 1},
		{"dropped letter inside", "acupunture", "acupuncture", 1},
		{"wrong vowel", "cyclobenzaprene", "cyclobenzaprine", 1},
		{"space after slash", "hydrocodone/ acetaminophen", "hydrocodone-acetaminophen", 0},
		{"word split by a space", "phys ical therapy", "physical-therapy", 1},
		{"word split at a line end", "Electro- diagnostic testing", "electrodiagnostic-testing", 0},
		{"hyphenated", "Electro-diagnostic", "electrodiagnostic-testing", 0},
		{"words joined", "physicaltherapy", "physical-therapy", 1},
		{"plural", "physical therapies", "physical-therapy", 0},
		{"British spelling", "cognitive behavioural therapy", "cognitive-behavioral-therapy", 0},
		{"abbreviation plural", "ESIs", "epidural-steroid-injection", 0},
		{"lumber is read as lumbar", "lumber spine", "lumbar-spine", 1},
		{"carpel is read as carpal", "carpel tunnel release", "carpal-tunnel-release", 1},
		{"brand misspelled", "Lidodern patch", "lidoderm", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := l.Find(tt.text)
			if len(ms) == 0 || ms[0].Concept.ID != tt.want || ms[0].Distance != tt.distance {
				t.Errorf("Find(%q) = %v, want %s at distance %d", tt.text, short(ms), tt.want, tt.distance)
			}
		})
	}
}

// TestNearMisses checks that other words close to the vocabulary do not
// match it.
func TestNearMisses(t *testing.T) {
	l := Default()
	tests := []struct {
		name, text string
		notID      string
	}{
		{"PT inside PTT", "PTT", "physical-therapy"},
		{"lower-case pt is a patient", "the pt reports pain", "physical-therapy"},
		{"TENS only in capitals", "tens of visits", "tens"},
		{"ESI in another word", "ESIGN", "epidural-steroid-injection"},
		{"message is not massage", "a message was left", "massage"},
		{"denial is not dental", "UR Denial Date", "dental-treatment"},
		{"confusion is not contusion", "confusion", "contusion"},
		{"inspection is not injection", "inspection", "injection"},
		{"would is not wound", "it would help", "laceration"},
		{"ability is not Abilify", "ability to work", "abilify"},
		{"addition is not addiction", "in addition", "substance-use"},
		{"taking is not taping", "taking medication", "kinesio-taping"},
		{"short words take no edits", "spite", "spine"},
		{"first letter must agree", "fysical therapy", "physical-therapy"},
		{"two real words are not one split word", "back pain", "back-support"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range l.Find(tt.text) {
				if m.Concept.ID == tt.notID {
					t.Errorf("Find(%q) matched %s as %q", tt.text, tt.notID, m.Text)
				}
			}
		})
	}
}

func TestLaterality(t *testing.T) {
	l := Default()
	tests := []struct {
		text string
		want []string // "id side" per body part
	}{
		{"right shoulder", []string{"shoulder right"}},
		{"shoulder, right", []string{"shoulder right"}},
		{"knee (left)", []string{"knee left"}},
		{"left upper extremity", []string{"upper-extremity left"}},
		{"bilateral wrists", []string{"wrist bilateral"}},
		{"RUE and LLE", []string{"upper-extremity right", "lower-extremity left"}},
		{"left hip and knee", []string{"hip left", "knee left"}},
		{"left shoulder and right knee", []string{"shoulder left", "knee right"}},
		{"right and left knees", []string{"knee bilateral"}},
		{"R knee", []string{"knee right"}},
		{"right-sided cubital tunnel", []string{"elbow right"}},
		{"the shoulder, right knee", []string{"shoulder ", "knee right"}},
		{"lateral epicondyle of the elbow", []string{"elbow ", "elbow "}},
		{"pain on the right. Shoulder exam", []string{"shoulder "}},
		{"both knees", []string{"knee bilateral"}},
		{"right distal radius", []string{"wrist right"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, m := range l.Find(tt.text, KindBodyPart) {
				got = append(got, fmt.Sprintf("%s %s", m.Concept.ID, m.Laterality))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q, body parts) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestFindCached checks that Find and Best give the same again for a text
// they remember, and that the matches Find returns are the caller's.
func TestFindCached(t *testing.T) {
	l, _ := Load()
	text := "MRI of the right shoulder and physical therapy 2 times a week"
	first := l.Find(text)
	want := short(first)
	first[0].Concept = nil
	for _, kinds := range [][]Kind{nil, {KindService}, {KindBodyPart, KindService}} {
		if got := short(l.Find(text, kinds...)); kinds == nil && !cmp.Equal(got, want) {
			t.Errorf("Find(%q) again = %v, want %v", text, got, want)
		}
	}
	m1, ok1 := l.Best(text, KindService)
	m2, ok2 := l.Best(text, KindService)
	if ok1 != ok2 || m1.Concept != m2.Concept || m1.Start != m2.Start {
		t.Errorf("Best(%q) again = %v, %v, want %v, %v", text, m2, ok2, m1, ok1)
	}
}

// TestFindEach compares FindEach with one Find per list of kinds, on a
// short text (through the cache) and a long one (one pass).
func TestFindEach(t *testing.T) {
	lex := Default()
	sentence := "The request for lumbar MRI of the left knee and Norco 10/325mg #60 with physical therapy for the right shoulder is not medically necessary. "
	kinds := [][]Kind{{KindService, KindDrug}, {KindBodyPart}, nil}
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "letters", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		text string
	}{
		{"short", sentence},
		{"long", strings.Repeat(sentence, 12)},
		{"empty", ""},
		{"a whole letter", string(seed)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := lex.FindEach(tc.text, kinds...)
			if len(got) != len(kinds) {
				t.Fatalf("FindEach gave %d answers, want %d", len(got), len(kinds))
			}
			// Asked again, a short text's answers come from the cache.
			again := lex.FindEach(tc.text, kinds...)
			for k, ks := range kinds {
				if diff := cmp.Diff(short(got[k]), short(again[k])); diff != "" {
					t.Errorf("kinds %v, asked again (-first +again):\n%s", ks, diff)
				}
				want := lex.Find(tc.text, ks...)
				if diff := cmp.Diff(short(want), short(got[k])); diff != "" {
					t.Errorf("kinds %v (-Find +FindEach):\n%s", ks, diff)
				}
				if tc.text != "" && len(want) == 0 {
					t.Errorf("kinds %v: nothing found, the test compares nothing", ks)
				}
			}
		})
	}
}
