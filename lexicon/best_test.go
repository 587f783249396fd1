package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBest(t *testing.T) {
	l := Default()
	tests := []struct {
		name, phrase string
		kinds        []Kind
		want, text   string
		category     string
	}{
		{"drug after a word", "Retrospective Cyclobenzaprine 5mg tab", nil, "cyclobenzaprine", "Cyclobenzaprine", "pharmacy"},
		{"test before its body part", "MRI of the right shoulder without contrast", nil, "mri", "MRI", "imaging"},
		{"psychological", "Cognitive behavioral therapy sessions", nil, "cognitive-behavioral-therapy", "Cognitive behavioral therapy", "psychological"},
		{"after a label", "Associated surgical service: Cold therapy unit", nil, "cold-therapy-unit", "Cold therapy unit", "dme"},
		{"brand", "Norco 10/325mg", nil, "norco", "Norco", "pharmacy"},
		{"electrodiagnostic", "EMG/NCV of the bilateral upper extremities", nil, "electrodiagnostic-testing", "EMG/NCV", "electrodiagnostic"},
		{"head of a compound noun", "Spine surgery evaluation for the lumbar", nil, "orthopedic-consultation", "Spine surgery evaluation", "evaluation-management"},
		{"test after a label", "Labs to include: Chest X-ray", nil, "x-ray", "Chest X-ray", "imaging"},
		{"bracketed words count last", "Ultram (tramadol) 50mg", nil, "ultram", "Ultram", "pharmacy"},
		{"first part decides", "acupuncture with Capsaicin patch", nil, "acupuncture", "acupuncture", "physical-medicine"},
		{"part without a match is skipped", "trial of Acute Rehabilitation Unit", nil, "inpatient-rehabilitation", "Acute Rehabilitation Unit", "inpatient"},
		{"quantity words", "Physical therapy 2 times a week for 6 weeks to the lumbar spine", nil, "physical-therapy", "Physical therapy", "physical-medicine"},
		{"given kind", "MRI of the right shoulder", []Kind{KindBodyPart}, "shoulder", "shoulder", ""},
		{"abbreviation", "TOC to ortho spine surgeon eval and treatment", nil, "transfer-of-care", "TOC", "evaluation-management"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := l.Best(tt.phrase, tt.kinds...)
			if !ok {
				t.Fatalf("Best(%q) found nothing, want %s", tt.phrase, tt.want)
			}
			if m.Concept.ID != tt.want || m.Text != tt.text || m.Concept.Category != tt.category {
				t.Errorf("Best(%q) = %s %q (%s), want %s %q (%s)", tt.phrase,
					m.Concept.ID, m.Text, m.Concept.Category, tt.want, tt.text, tt.category)
			}
			if tt.phrase[m.Start:m.End] != m.Text {
				t.Errorf("Best(%q) span %d:%d is %q, not %q", tt.phrase, m.Start, m.End, tt.phrase[m.Start:m.End], m.Text)
			}
		})
	}
	if _, ok := l.Best("the request is not medically necessary"); ok {
		t.Error(`Best("the request is not medically necessary") found a concept`)
	}
}

func TestCanonical(t *testing.T) {
	l := Default()
	tests := []struct {
		brand, generic, class string
	}{
		{"norco", "hydrocodone-acetaminophen", "opioid"},
		{"ultram", "tramadol", "opioid"},
		{"flexeril", "cyclobenzaprine", "muscle-relaxant"},
		{"lidoderm", "lidocaine-patch", "local-anesthetic"},
		{"voltaren", "diclofenac", "nsaid"},
		{"mobic", "meloxicam", "nsaid"},
		{"motrin", "ibuprofen", "nsaid"},
		{"naprosyn", "naproxen", "nsaid"},
		{"pepcid", "famotidine", "h2-blocker"},
		{"tramadol", "tramadol", "opioid"},
	}
	for _, tt := range tests {
		t.Run(tt.brand, func(t *testing.T) {
			c := l.Concept(tt.brand)
			g := l.Canonical(c)
			if g == nil || g.ID != tt.generic || c.Class != tt.class {
				t.Errorf("Canonical(%s) = %v, class %q, want %s, class %q", tt.brand, g, c.Class, tt.generic, tt.class)
			}
			if !l.Same(c, l.Concept(tt.generic)) {
				t.Errorf("Same(%s, %s) = false", tt.brand, tt.generic)
			}
		})
	}
	if l.Same(l.Concept("norco"), l.Concept("percocet")) {
		t.Error("Same(norco, percocet) = true")
	}
	if l.Canonical(nil) != nil || l.Same(nil, nil) {
		t.Error("nil concepts are not canonical nor the same")
	}
}

func TestRegion(t *testing.T) {
	l := Default()
	tests := []struct {
		id   string
		want []string
	}{
		{"cervical-spine", []string{"cervical-spine"}},
		{"lumbar-spine", []string{"lumbar-spine"}},
		{"thumb", []string{"wrist-hand"}},
		{"mtus-neck", []string{"cervical-spine", "thoracic-spine"}},
		{"mtus-chronic-pain", nil},
		{"odg-knee-leg", []string{"knee-leg"}},
		{"carpal-tunnel-syndrome", []string{"wrist-hand"}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, l.Region(l.Concept(tt.id))); diff != "" {
				t.Errorf("Region(%s) (-want +got):\n%s", tt.id, diff)
			}
		})
	}
	if !Within("shoulder", "upper-extremity") || !Within("lumbar-spine", "spine") || Within("knee-leg", "upper-extremity") {
		t.Error("Within does not follow the region tree")
	}
}

func TestChapters(t *testing.T) {
	l := Default()
	tests := []struct {
		name, text string
		want       []string // "id text"
	}{
		{"MTUS", "MTUS Shoulder Complaints 2004, Section(s): Special Studies",
			[]string{"mtus-shoulder Shoulder Complaints"}},
		{"chronic pain with pages", "MTUS Chronic Pain Medical Treatment Guidelines Psychological Treatment Page(s): 101",
			[]string{"mtus-chronic-pain Chronic Pain Medical Treatment Guidelines"}},
		{"ODG after Non-MTUS", "Non-MTUS Citation Official Disability Guidelines (ODG) Low Back - Lumbar & Thoracic (Acute & Chronic), MRIs (magnetic resonance imaging)",
			[]string{"odg-low-back Low Back - Lumbar & Thoracic (Acute & Chronic)"}},
		{"two MTUS chapters", "MTUS Neck and Upper Back Complaints 2004, Section(s): Special Studies, and Forearm, Wrist, and Hand Complaints 2004",
			[]string{"mtus-neck Neck and Upper Back Complaints", "mtus-forearm-wrist-hand Forearm, Wrist, and Hand Complaints"}},
		{"sections are not chapters", "MTUS Postsurgical Treatment 2009, Section(s): Knee, Forearm, Wrist, & Hand",
			[]string{"mtus-postsurgical Postsurgical Treatment"}},
		{"same words, other source", "Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Elbow Disorders",
			[]string{"acoem-elbow Elbow Disorders"}},
		{"MTUS elbow", "MTUS Elbow Disorders 2007", []string{"mtus-elbow Elbow Disorders"}},
		{"ODG short names", "Official Disability Guidelines (ODG) Knee & Leg Chapter, MRI; ODG Pain (Chronic)",
			[]string{"odg-knee-leg Knee & Leg", "odg-pain Pain (Chronic)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range l.Chapters(tt.text) {
				got = append(got, m.Concept.ID+" "+m.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Chapters(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	m, ok := l.Chapter("MTUS Low Back Complaints 2004")
	if !ok || m.Concept.Source != "MTUS" || m.Concept.Regions[0] != "lumbar-spine" {
		t.Errorf("Chapter(MTUS Low Back Complaints) = %v, %v, want the MTUS chapter of the lumbar spine", m.Concept, ok)
	}
}

func TestUnit(t *testing.T) {
	l := Default()
	tests := []struct {
		word, want string
	}{
		{"sessions", "session"}, {"visits", "visit"}, {"tabs", "tablet"}, {"tablets", "tablet"},
		{"caps", "capsule"}, {"patches", "patch"}, {"injections", "injection"}, {"units", "unit"},
		{"days", "day"}, {"wks", "week"}, {"months", "month"}, {"gm", "gram"}, {"120grams", "gram"},
		{"boxes", "box"}, {"refills", "refill"}, {"containers", "container"}, {"braces", "brace"},
		{"wraps", "wrap"}, {"pads", "pad"}, {"scooter", "scooter"}, {"mg", ""}, {"ml", ""}, {"#60", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := l.Unit(tt.word)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Unit(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	l := Default()
	tests := []struct {
		query, want string
	}{
		{"cbt", "cognitive-behavioral-therapy"},
		{"tens", "tens"},
		{"flexeril", "flexeril"},
		{"esi", "epidural-steroid-injection"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := l.Suggest(tt.query, 5)
			for _, c := range got {
				if c.ID == tt.want {
					return
				}
			}
			var ids []string
			for _, c := range got {
				ids = append(ids, c.ID)
			}
			t.Errorf("Suggest(%q, 5) = %v, want %s among them", tt.query, ids, tt.want)
		})
	}
	if got := l.Suggest("cbt", 0); got != nil {
		t.Errorf("Suggest(cbt, 0) = %v, want nil", got)
	}
}
