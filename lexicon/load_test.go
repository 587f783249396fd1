package lexicon

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestDefault loads the embedded vocabulary: an error in a data file
// fails here, never at run time.
func TestDefault(t *testing.T) {
	l, err := Load()
	var list ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			t.Error(e)
		}
	} else if err != nil {
		t.Fatal(err)
	}
	counts := map[Kind]int{}
	for _, c := range l.Concepts() {
		counts[c.Kind]++
	}
	t.Logf("concepts: %v", counts)
	if counts[KindDrug] < 150 {
		t.Errorf("%d drugs, want at least 150", counts[KindDrug])
	}
	if Default().Concept("mri") == nil {
		t.Error(`Default().Concept("mri") = nil`)
	}
}

// TestDefaultIsLoad checks that Default, which leaves out the checks,
// holds what Load does.
func TestDefaultIsLoad(t *testing.T) {
	l, _ := Load()
	if diff := cmp.Diff(l.Concepts(), Default().Concepts()); diff != "" {
		t.Errorf("Default().Concepts() differs from Load (-Load +Default):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name: "unknown key, bad kind, malformed line",
			files: map[string]string{"extra.lex": "[hot-stone-therapy]\n" +
				"kind = service\n" +
				"name = hot stone therapy\n" +
				"colour = red\n" +
				"\n" +
				"[blue-pill]\n" +
				"kind = pill\n" +
				"name = blue pill\n" +
				"this line has no equals sign\n"},
			want: []string{
				`extra.lex:4:1: unknown key "colour"`,
				`extra.lex:7:8: bad kind "pill": want one of service, drug, diagnosis, body_part, chapter, unit`,
				`extra.lex:9:1: malformed line: want key = value, [id] or # comment`,
			},
		},
		{
			name: "duplicate key and section, bad category and region",
			files: map[string]string{"a.lex": "kind = service\n" +
				"[x]\nname = x ray thing\nname = again\ncategory = imagery\nregions = neck\n" +
				"[x]\nname = other\n"},
			want: []string{
				`a.lex:4:1: duplicate key "name" (first at line 3)`,
				`a.lex:5:12: bad category "imagery" for a service: want one of imaging, electrodiagnostic, labs, physical-medicine, pharmacy, injections, surgery, psychological, dme, home-health, inpatient, evaluation-management, transportation, other`,
				`a.lex:6:11: bad region "neck": want one of head, cervical-spine, thoracic-spine, lumbar-spine, spine, shoulder, elbow, wrist-hand, upper-extremity, hip-pelvis, knee-leg, ankle-foot, lower-extremity, chest, abdomen`,
				`a.lex:7:1: duplicate section [x] (first at a.lex:2:1)`,
			},
		},
		{
			name: "alternatives that name no concept, itself, or no service",
			files: map[string]string{"c.lex": "kind = service\n[mine]\nname = mine\ncategory = imaging\n" +
				"[my-scan]\nname = my scan\nalternatives = no-such-scan | my-scan | knee | mri\n" +
				"[my-brace]\nkind = body_part\nname = my brace\nalternatives = mri\n"},
			want: []string{
				`c.lex:7:16: alternative "no-such-scan" names no concept`,
				`c.lex:7:31: alternative "my-scan" is not another service or drug`,
				`c.lex:7:41: alternative "knee" is not another service or drug`,
				`c.lex:11:1: key "alternatives" does not apply to a body_part`,
			},
		},
		{
			name: "generic, key for another kind, alias of another concept, empty item",
			files: map[string]string{"b.lex": "kind = drug\ncategory = pharmacy\n" +
				"[brandy]\nname = Brandy\ngeneric = no-such-drug\nsource = ODG\n" +
				"[my-norco]\nname = My Norco\naliases = Norco | | NorcoPlus\n"},
			want: []string{
				`b.lex:5:11: generic "no-such-drug" names no concept`,
				`b.lex:6:1: key "source" does not apply to a drug`,
				`b.lex:9:11: "Norco" already names [norco]`,
				`b.lex:9:18: empty value for key "aliases"`,
			},
		},
		{
			name:  "no files",
			files: map[string]string{"README.md": "hello"},
			want:  []string{`.: no *.lex files in the folder`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			l, err := Load(fsys)
			if l == nil {
				t.Fatal("Load returned no lexicon")
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Load error = %v, want an ErrorList", err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Load errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadExtends(t *testing.T) {
	fsys := fstest.MapFS{"clinic.lex": &fstest.MapFile{Data: []byte(`# A clinic's own words.
kind = service
category = physical-medicine

[hot-stone-therapy]
name = hot stone therapy
aliases = HST | stone massage

[acupuncture]
aliases = needle therapy
`)}}
	l, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, phrase, want string
	}{
		{"new service", "Hot stone therapy 2 times a week for 3 weeks", "hot-stone-therapy"},
		{"new abbreviation", "HST x 6", "hot-stone-therapy"},
		{"added alias", "Needle therapy for the neck", "acupuncture"},
		{"old alias kept", "Acupuncture for the neck", "acupuncture"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := l.Best(tt.phrase)
			if !ok || m.Concept.ID != tt.want {
				t.Errorf("Best(%q) = %v, %v, want %s", tt.phrase, m.Concept, ok, tt.want)
			}
		})
	}
	if c := l.Concept("acupuncture"); c.Category != "physical-medicine" || c.Name != "acupuncture" {
		t.Errorf("extended acupuncture = %+v, want its name and category kept", c)
	}
	if Default().Concept("hot-stone-therapy") != nil {
		t.Error("a user's folder changed the default lexicon")
	}
}

func TestErrorList(t *testing.T) {
	var list ErrorList
	if list.Err() != nil {
		t.Errorf("empty ErrorList.Err() = %v, want nil", list.Err())
	}
	list.Add(Position{"b.lex", 2, 1}, "second")
	list.Add(Position{"a.lex", 9, 3}, "first")
	list.Add(Position{"b.lex", 1, 5}, "third")
	list.Sort()
	if got, want := list.Err().Error(), "a.lex:9:3: first (and 2 more errors)"; got != want {
		t.Errorf("Err().Error() = %q, want %q", got, want)
	}
	var e *Error
	if !errors.As(list[1], &e) || e.Pos.Line != 1 {
		t.Errorf("list[1] = %v, want b.lex:1:5", list[1])
	}
}
