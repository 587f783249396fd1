package render

import (
	"slices"
	"strings"
	"testing"
)

// TestEscapeMarkdown checks that escaped text reads back as written.
func TestEscapeMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "MRI of the right shoulder", "MRI of the right shoulder"},
		{"emphasis", "**not** bold *nor* italic", `\*\*not\*\* bold \*nor\* italic`},
		{"markup", "<b>x</b> [a](b) `c` a|b \\", `\<b\>x\</b\> \[a\](b) \` + "`c\\`" + ` a\|b \\`},
		{"heading at start", "# 1 not a heading", `\# 1 not a heading`},
		{"list at start", "- not a list", `\- not a list`},
		{"number at start", "12. not a list", `12\. not a list`},
		{"entity", "AT&T &amp; Co", `AT&T \&amp; Co`},
		{"newline", "two\nlines", "two lines"},
		{"unicode", "café – “quoted”", "café – “quoted”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := escapeMarkdown(tt.in)
			if got != tt.want {
				t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if back := plainText(parseInline(got)); back != strings.ReplaceAll(tt.in, "\n", " ") {
				t.Errorf("parseInline(escapeMarkdown(%q)) = %q, want the input", tt.in, back)
			}
		})
	}
}

func TestParseInline(t *testing.T) {
	tests := []struct {
		name, in string
		want     []span
	}{
		{"bold", "**Label:** text", []span{{"Label:", bold}, {" text", 0}}},
		{"italic", "a *b* c", []span{{"a ", 0}, {"b", italic}, {" c", 0}}},
		{"code", "run `imr render`", []span{{"run ", 0}, {"imr render", mono}}},
		{"unclosed", "2 * 3 = 6", []span{{"2 * 3 = 6", 0}}},
		{"escaped", `\*x\*`, []span{{"*x*", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseInline(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("parseInline(%q) = %v, want %v", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("parseInline(%q)[%d] = %v, want %v", tt.in, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseBlocks(t *testing.T) {
	src := strings.Join([]string{
		"<!-- title: T -->",
		"<!-- header: LEFT | RIGHT -->",
		"# Title",
		"",
		"First line  ",
		"second line",
		"",
		"<!-- keep -->",
		"<!-- outline: Short -->",
		"### A long heading",
		"- one",
		"  - nested",
		"<!-- /keep -->",
		"| a | b\\|c |",
		"|---|:-:|",
		"| 1 | 2 |",
		"```chart Counts",
		"Upheld | 3",
		"Over | turned | 1",
		"```",
		"---",
		"<!-- pagebreak -->",
	}, "\n")
	doc := parseBlocks(src)
	if doc.title != "T" || doc.headerLeft != "LEFT" || doc.headerRight != "RIGHT" {
		t.Errorf("directives: title %q, header %q | %q", doc.title, doc.headerLeft, doc.headerRight)
	}
	var kinds []blockKind
	for _, b := range doc.blocks {
		kinds = append(kinds, b.kind)
	}
	want := []blockKind{headingBlock, paragraphBlock, headingBlock, listBlock, listBlock, tableBlock, chartBlock, ruleBlock, pageBreakBlock}
	if len(kinds) != len(want) {
		t.Fatalf("kinds = %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Errorf("block %d is %v, want %v", i, kinds[i], want[i])
		}
	}
	b := doc.blocks
	if len(b[1].lines) != 2 {
		t.Errorf("paragraph has %d lines, want 2 (a hard break)", len(b[1].lines))
	}
	if b[2].outline != "Short" || b[2].keep == 0 || b[4].keep != b[2].keep || b[5].keep != 0 {
		t.Errorf("keep group or outline wrong: outline %q, keeps %d %d %d", b[2].outline, b[2].keep, b[4].keep, b[5].keep)
	}
	if b[4].level != 1 || b[4].marker != "–" {
		t.Errorf("nested item: level %d marker %q", b[4].level, b[4].marker)
	}
	if len(b[5].rows) != 2 || plainText(b[5].rows[0][1]) != "b|c" {
		t.Errorf("table rows = %v", b[5].rows)
	}
	if len(b[6].bars) != 2 || b[6].bars[1].label != "Over | turned" || b[6].bars[1].value != 1 || b[6].title != "Counts" {
		t.Errorf("chart = %+v", b[6])
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, in string
		indent   int
		want     string
	}{
		{"short", "a b c", 0, "a b c"},
		{"wraps", "aaaa bbbb cccc dddd eeee ffff", 2, "  aaaa bbbb cccc dddd\n  eeee ffff"},
		{"keeps a cut date whole", "xxxxxxxxxxxxxxx 10/14/ 2016 yy", 0, "xxxxxxxxxxxxxxx\n10/14/ 2016 yy"},
		{"hard break", "one\ntwo", 0, "one\ntwo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrap(tt.in, tt.indent, 20+tt.indent); got != tt.want {
				t.Errorf("wrap(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestQuantity(t *testing.T) {
	tests := []struct {
		name string
		v    float64
		unit string
		want string
	}{
		{"plural", 14, "session", "14 sessions"},
		{"one", 1, "session", "1 session"},
		{"no unit", 60, "", "60"},
		{"fraction", 0.5, "gram", "0.5 grams"},
		{"es", 2, "box", "2 boxes"},
		{"patch", 30, "patch", "30 patches"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Quantity(tt.v, tt.unit); got != tt.want {
				t.Errorf("Quantity(%v, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
			}
		})
	}
}

func TestSentenceCuts(t *testing.T) {
	w := &pdfWriter{fonts: &fontSet{}}
	words := w.words(parseInline("Dr. Smith saw him. He was 48 yrs. old. Therefore, the request is not necessary. e.g. This"), 0, 10)
	var starts []string
	for _, c := range sentenceCuts(words) {
		starts = append(starts, words[c].text)
	}
	if got := strings.Join(starts, " "); got != "He Therefore," {
		t.Errorf("sentences start at %q, want %q", got, "He Therefore,")
	}
}

// TestTablesDoNotMerge reads tables that follow one another: each is a
// table of its own, with its own header.
func TestTablesDoNotMerge(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []int // rows of each table, the header included
	}{
		{"one table", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |", []int{3}},
		{"a blank line between", "| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |", []int{2, 2}},
		{"no line between", "| a | b |\n|---|---|\n| 1 | 2 |\n| c |\n|---|\n| 3 |\n| 4 |", []int{2, 3}},
		{"a paragraph between", "| a |\n|---|\n| 1 |\nText.\n| c |\n|---|\n| 3 |", []int{2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, b := range parseBlocks(tt.src).blocks {
				if b.kind == tableBlock {
					got = append(got, len(b.rows))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("tables with %v rows, want %v", got, tt.want)
			}
		})
	}
}
