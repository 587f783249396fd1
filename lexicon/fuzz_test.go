package lexicon

import (
	"testing"
	"testing/fstest"
)

// FuzzFind checks that Find, Best and Chapters never panic and that every
// span lies in the text and holds the match's text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"MRI of the right shoulder without contrast: Upheld",
		"Norco 10/325mg #35",
		"cognitve behavorial therapy, phys ical therapy, Electro- diagnostic",
		"EMG/NCV of the bilateral upper extremities; NCS/EMG RUE",
		"MTUS Chronic Pain Medical Treatment Guidelines Psychological Treatment Page(s): 101",
		"Pain (Chronic",
		"\xff\xfe right\xc3 knee\u2019s",
		"Quervain’s ESIs MRI's",
		"-- - (",
	} {
		f.Add(s)
	}
	l := Default()
	f.Fuzz(func(t *testing.T, text string) {
		check := func(what string, ms []Match) {
			for _, m := range ms {
				if m.Start < 0 || m.Start > m.End || m.End > len(text) || text[m.Start:m.End] != m.Text {
					t.Fatalf("%s(%q): match %q at %d:%d is not in the text", what, text, m.Text, m.Start, m.End)
				}
			}
		}
		check("Find", l.Find(text))
		check("Chapters", l.Chapters(text))
		if m, ok := l.Best(text); ok {
			check("Best", []Match{m})
		}
		Tokenize(text)
		l.Suggest(text, 3)
	})
}

// FuzzLoad checks that loading a user's file never panics, and that
// every error has a position inside the file.
func FuzzLoad(f *testing.F) {
	f.Add("kind = service\n[x]\nname = x\naliases = a | b\n\t| c\n")
	f.Add("[x]\nkind = drug\ngeneric = x\nname =\n|\n[")
	f.Add("= =\n[ ]\n[a]\nkind=unit\nname=a\nleft=b\n")
	f.Fuzz(func(t *testing.T, text string) {
		_, err := Load(fstest.MapFS{"f.lex": {Data: []byte(text)}})
		list, _ := err.(ErrorList)
		for _, e := range list {
			if e.Pos.Path != "f.lex" && e.Pos.Path != "data/" {
				continue
			}
			if e.Pos.Line < 1 || e.Pos.Col < 1 {
				t.Errorf("error %q has no line and column", e)
			}
		}
	})
}
