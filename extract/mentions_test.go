package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mentionLetter is a small synthetic letter to read mentions from.
const mentionLetter = `CLINICAL CASE SUMMARY

The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:

The injured worker is a 52 year old female who was injured on 11/02/2016. A progress note three weeks after the injury on 11/23/16 documented left hip pain and right ankle swelling. Utilization review denied the request on 12/20/2016. She takes Norco 10/325mg tablets. He/she reviewed the file.

IMR ISSUES, DECISIONS AND RATIONALES

The Final Determination was based on decisions for the disputed items/services set forth below:

Tramadol 50mg #60: Upheld

Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.

Decision rationale: The records do not show improvement. The request for lumbar spine MRI without contrast is not medically necessary.
`

func TestMentions(t *testing.T) {
	l := Parse("letter.txt", mentionLetter, Options{Mentions: true})
	if l.Mentions == nil || len(l.Items) != 1 || l.Items[0].Mentions == nil {
		t.Fatalf("no mentions read: %+v", l.Mentions)
	}
	s := l.Mentions.Summary
	type dated struct{ Text, Role string }
	var dates []dated
	for _, d := range s.Dates {
		dates = append(dates, dated{d.Text, d.Role})
	}
	wantDates := []dated{{"11/02/2016", DateInjury}, {"11/23/16", DateExam}, {"12/20/2016", DateURDecision}}
	if diff := cmp.Diff(wantDates, dates); diff != "" {
		t.Errorf("summary dates (-want +got):\n%s", diff)
	}
	var sides []string
	for _, b := range s.BodyParts {
		sides = append(sides, string(b.Side)+" "+b.Value)
	}
	if diff := cmp.Diff([]string{"left hip", "right ankle"}, sides); diff != "" {
		t.Errorf("summary body parts (-want +got):\n%s", diff)
	}
	var sex []string
	for _, x := range s.Sex {
		sex = append(sex, x.Text+" "+x.By)
	}
	if diff := cmp.Diff([]string{"female word", "She pronoun"}, sex); diff != "" {
		t.Errorf("summary sex words (-want +got):\n%s", diff)
	}
	if len(s.Ages) != 1 || s.Ages[0].Value != 52 {
		t.Errorf("summary ages = %+v, want 52", s.Ages)
	}
	var norco *ServiceMention
	for k := range s.Services {
		if s.Services[k].Text == "Norco" {
			norco = &s.Services[k]
		}
	}
	if norco == nil || norco.Strength != "10/325mg" || norco.Form != "tablet" {
		t.Errorf("Norco = %+v, want strength 10/325mg, form tablet", norco)
	}
	j := l.Items[0].Rationale.Judged
	if j == nil || j.Service == nil || j.Service.Value != "mri" || j.BodyPart == nil || j.BodyPart.Value != "lumbar-spine" {
		t.Fatalf("judged = %+v, want the lumbar spine MRI", j)
	}
	if got := l.Items[0].Mentions.ItemLine.Counts; len(got) != 1 || got[0].Value != 60 {
		t.Errorf("item line counts = %+v, want #60", got)
	}
}

// TestPronouns checks the claimant's pronouns: whole words in any case,
// each read even when one follows another ("gave him his"), none written
// against a slash (the reviewer's "He/she", "s/he", "his/her").
func TestPronouns(t *testing.T) {
	text := "He said his knee hurt; they gave him his brace. He/she and s/he, his/her. The theme: hers/ herself. HIMSELF, Shelly, she"
	p := &parser{text: text}
	in := Span{0, len(text)}
	words := func(spans []Span) []string {
		var out []string
		for _, s := range spans {
			out = append(out, p.at(s))
		}
		return out
	}
	he, she := p.pronouns(in)
	if diff := cmp.Diff([]string{"He", "his", "him", "his", "HIMSELF"}, words(he)); diff != "" {
		t.Errorf("he (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"herself", "she"}, words(she)); diff != "" {
		t.Errorf("she (-want +got):\n%s", diff)
	}
	// Every pronoun of the sets is read, whatever the scan's shortcut.
	for _, w := range append(slices.Clone(hePronouns), shePronouns...) {
		he, she := (&parser{text: w}).pronouns(Span{0, len(w)})
		if len(he)+len(she) != 1 {
			t.Errorf("pronouns(%q) = %v, %v, want it read", w, he, she)
		}
	}
}

// TestFindMentionsOf checks that reading some kinds of mention gives
// those lists as FindMentions does and leaves the others empty, save the
// rationale's services and body parts, which what it judges needs.
func TestFindMentionsOf(t *testing.T) {
	all := Parse("letter.txt", mentionLetter, Options{Mentions: true})
	some := Parse("letter.txt", mentionLetter, Options{})
	some.FindMentionsOf(nil, MentionDates|MentionSex)
	if some.Mentions == nil {
		t.Fatal("no mentions read")
	}
	a, s := all.Mentions.Summary, some.Mentions.Summary
	if len(a.Dates) == 0 || len(a.Sex) == 0 || len(a.Services) == 0 || len(a.Counts)+len(a.Ages) == 0 {
		t.Fatalf("the letter's summary lacks a kind of mention; the test compares nothing: %+v", a)
	}
	if diff := cmp.Diff(a.Dates, s.Dates); diff != "" {
		t.Errorf("dates (-all +some):\n%s", diff)
	}
	if diff := cmp.Diff(a.Sex, s.Sex); diff != "" {
		t.Errorf("sex (-all +some):\n%s", diff)
	}
	if len(s.Services)+len(s.BodyParts)+len(s.Counts)+len(s.Ages) != 0 {
		t.Errorf("kinds not asked for were read: %+v", s)
	}
	if diff := cmp.Diff(all.Items[0].Rationale.Judged, some.Items[0].Rationale.Judged); diff != "" {
		t.Errorf("judged (-all +some):\n%s", diff)
	}
}

// TestNoDiagnoses checks that NoCodes leaves the diagnoses uncoded and
// NoDiagnoses leaves them out, and that neither changes another fact.
func TestNoDiagnoses(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "letters", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	full, _ := Read("seed.txt", data, Options{})
	noCodes, _ := Read("seed.txt", data, Options{NoCodes: true})
	none, _ := Read("seed.txt", data, Options{NoDiagnoses: true})
	if len(full.Diagnoses) == 0 || full.Diagnoses[0].ICD10CM == nil {
		t.Fatalf("the seed's diagnoses are not coded: %+v; the test compares nothing", full.Diagnoses)
	}
	for _, d := range noCodes.Diagnoses {
		if d.ICD10CM != nil {
			t.Errorf("NoCodes: %q coded %s", d.Text, d.ICD10CM.Code)
		}
	}
	if len(noCodes.Diagnoses) != len(full.Diagnoses) {
		t.Errorf("NoCodes: %d diagnoses, want %d", len(noCodes.Diagnoses), len(full.Diagnoses))
	}
	if none.Diagnoses == nil || len(none.Diagnoses) != 0 {
		t.Errorf("NoDiagnoses: diagnoses %v, want []", none.Diagnoses)
	}
	none.Diagnoses, noCodes.Diagnoses = full.Diagnoses, full.Diagnoses
	for name, l := range map[string]*Letter{"NoCodes": noCodes, "NoDiagnoses": none} {
		if diff := cmp.Diff(full.Items, l.Items, cmp.AllowUnexported(Letter{})); diff != "" {
			t.Errorf("%s changed the items (-full +%s):\n%s", name, name, diff)
		}
		if diff := cmp.Diff(full.Claimant, l.Claimant); diff != "" {
			t.Errorf("%s changed the claimant:\n%s", name, diff)
		}
	}
}
