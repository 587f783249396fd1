package lexicon

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/internal/testenv"
	"github.com/imrkit/imrkit/internal/textpat"
	"github.com/klauspost/compress/zstd"
)

// TestICD10Loads checks the embedded code set: every billable code of
// FY2017 is there, with its category and chapter.
func TestICD10Loads(t *testing.T) {
	cs, err := loadCodeSet(icd10Data, icd10Terms)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range cs.entries {
		switch {
		case e.index:
		case e.nsevenths > 0:
			n += int(e.nsevenths)
		default:
			n++
		}
	}
	if n != 71486 {
		t.Errorf("%d billable codes, want 71486", n)
	}
	if len(cs.Chapters()) != 21 {
		t.Errorf("%d chapters, want 21", len(cs.Chapters()))
	}
	got, ok := cs.Lookup("s39012d")
	want := ICD10{Code: "S39.012D", Description: "Strain of muscle, fascia and tendon of lower back, subsequent encounter",
		Category: "S39", Chapter: 19}
	if !ok || got != want {
		t.Errorf("Lookup(s39012d) = %+v, %v; want %+v", got, ok, want)
	}
	if _, ok := cs.Lookup("M54"); ok {
		t.Error("Lookup(M54) found a heading, want billable codes only")
	}
}

// TestCode codes phrases as clinicians write them, with made-up sides.
func TestCode(t *testing.T) {
	tests := []struct {
		name, phrase, side string
		code, match        string
		hedged             bool
	}{
		{"synonym for the region", "lumbar strain", "", "S39.012A", MatchDerived, false},
		{"abbreviation", "LBP", "", "M54.5", MatchDerived, false},
		{"official name", "strain of muscle, fascia and tendon of lower back, subsequent encounter", "", "S39.012D", MatchExact, false},
		{"side stated", "contusion of right shoulder", "left", "S40.011A", MatchExact, false},
		{"side of the letter", "shoulder contusion", "left", "S40.012A", MatchDerived, false},
		{"bilateral code", "bilateral carpal tunnel syndrome", "", "G56.03", MatchDerived, false},
		{"abbreviation and side after", "CTS right", "", "G56.01", MatchDerived, false},
		{"no bilateral code: unspecified side", "bilateral shoulder impingement", "", "M75.40", MatchDerived, false},
		{"combination code with a spinal level", "HNP L4-5 with radiculopathy", "", "M51.16", MatchDerived, false},
		{"sprain/strain is a strain", "cervical sprain/strain", "", "S16.1XXA", MatchDerived, false},
		{"hedged: coded to the sign", "possible rotator cuff tear", "right", "M25.511", MatchDerived, true},
		{"status post a procedure", "s/p ACDF", "", "Z98.890", MatchDerived, false},
		{"delayed healing", "closed fracture of fourth lumbar vertebra with delayed healing", "", "S32.049G", MatchDerived, false},
		{"traumatic, not pathological", "fracture of left distal radius", "", "S52.502A", MatchDerived, false},
		{"current tear, not old", "right knee medial meniscus tear", "", "S83.241A", MatchDerived, false},
		{"Index default", "diabetes", "", "E11.9", MatchDerived, false},
	}
	cs := ICD10CM()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := cs.Code(tt.phrase, tt.side)
			if !ok {
				t.Fatalf("Code(%q) found nothing, want %s", tt.phrase, tt.code)
			}
			got := []any{c.Code, c.Match, c.Hedged}
			if diff := cmp.Diff([]any{tt.code, tt.match, tt.hedged}, got); diff != "" {
				t.Errorf("Code(%q, %q) = %s %q (-want +got):\n%s", tt.phrase, tt.side, c.Code, c.Description, diff)
			}
		})
	}
}

// TestCodeNone: a phrase that names nothing coded is not coded.
func TestCodeNone(t *testing.T) {
	for _, p := range []string{"", "the", "follow up 2016", "possible"} {
		if c, ok := ICD10CM().Code(p, ""); ok {
			t.Errorf("Code(%q) = %s, want none", p, c.Code)
		}
	}
}

// TestOfficial finds official names with commas of their own at the
// start of a list.
func TestOfficial(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"name then a diagnosis", "other synovitis and tenosynovitis, left hand, lumbar strain", "other synovitis and tenosynovitis, left hand"},
		{"with its encounter and an article", "Strain of muscle, fascia and tendon of the lower back, subsequent encounter; x",
			"Strain of muscle, fascia and tendon of the lower back, subsequent encounter"},
		{"a list, not a name", "radiculopathy, lumbar strain", ""},
		{"too short", "strain", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.text[:ICD10CM().Official(tt.text)]; got != tt.want {
				t.Errorf("Official(%q) covers %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestParseTerms: the terms file is read strictly, every error with its
// position.
func TestParseTerms(t *testing.T) {
	text := strings.Join([]string{
		"role = stop",
		"[a]",
		"words = x",
		"colour = red",
		"[b]",
		"role = maybe",
		"words = y",
		"[c]",
		"means = z",
		"[a]",
		"words = w",
		"[d]",
		"words = v",
		"chapter = 30",
		"code = A | B",
		"[e]",
		"words = u |",
	}, "\n")
	var errs ErrorList
	ts := parseTerms("t.lex", text, &errs)
	want := []string{
		"t.lex:1:1: a terms file has no defaults: open a [section] first",
		`t.lex:4:1: unknown key "colour"`,
		`t.lex:6:8: unknown role "maybe"`,
		`t.lex:8:1: term "c" has no words`,
		`t.lex:10:1: duplicate section "a" (first at line 2)`,
		`t.lex:14:11: bad chapter "30": want 1 to 22`,
		`t.lex:15:12: "code" takes one value`,
		`t.lex:16:1: term "e" has no words`,
		`t.lex:17:12: empty value for "words"`,
	}
	errs.Sort()
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(ts) != 0 {
		t.Errorf("%d terms loaded from a file of bad sections, want 0", len(ts))
	}
}

// TestICD10Generated builds the index from the reference code set and
// checks that the committed data file is the same; with -update it
// writes it (go generate).
func TestICD10Generated(t *testing.T) {
	ref := filepath.Join(testenv.Shared(t), "reference", "icd10cm")
	cs, err := buildCodeSet(os.DirFS(ref))
	if err != nil {
		t.Fatal(err)
	}
	data, err := encodeCodeSet(cs)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("data/icd10/icd10cm.zst", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(data, icd10Data) {
		t.Error("data/icd10/icd10cm.zst is out of date with the reference code set: run go generate ./lexicon")
	}
}

// TestICD10BadData: a damaged data file is an error, not a panic.
func TestICD10BadData(t *testing.T) {
	raw := must(must(zstd.NewReader(nil)).DecodeAll(icd10Data, nil))
	cut := must(zstd.NewWriter(nil)).EncodeAll(raw[:len(raw)/2], nil)
	for name, data := range map[string][]byte{"empty": nil, "not zstd": []byte("x"), "cut short": cut} {
		if _, err := loadCodeSet(data, icd10Terms); err == nil {
			t.Errorf("%s: loadCodeSet = nil error, want one", name)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// FuzzCode: coding never panics, whatever the phrase.
func FuzzCode(f *testing.F) {
	for _, s := range []string{"lumbar strain", "s/p", "r/o CTS L4-5 possible", "a, b and c", "\xff\x00"} {
		f.Add(s, "left")
	}
	cs := ICD10CM()
	f.Fuzz(func(t *testing.T, phrase, side string) {
		cs.Code(phrase, side)
		if n := cs.Official(phrase); n < 0 || n > len(phrase) {
			t.Errorf("Official(%q) = %d", phrase, n)
		}
	})
}

// TestICD10Officials: the index of Official in the data file is what a
// scan of the descriptions makes.
func TestICD10Officials(t *testing.T) {
	cs := ICD10CM()
	want := map[string][]int32{}
	for i := range cs.entries {
		e := &cs.entries[i]
		if desc := cs.descOf(e); !e.index && isOfficial(desc) {
			from, to := nextWord(desc, 0)
			first := textpat.Lower(desc[from:to])
			want[first] = append(want[first], int32(i))
		}
	}
	if diff := cmp.Diff(want, cs.officials()); diff != "" {
		t.Errorf("officials (-scan +data file):\n%s", diff)
	}
}
