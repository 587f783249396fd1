package render

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// templateFuncs are the functions every template may call.
//
//	md S          S escaped for Markdown (and for the PDF, which reads Markdown)
//	wrap N S      S wrapped at the text width, each line indented by N spaces (0 to maxIndent)
//	upper S       S in upper case
//	lower S       S in lower case
//	guidelineView LABEL G   a value with fields Label and Guideline, to pass both to a template
//	join L SEP    the strings of L joined by SEP
//	percent N M   N as a whole percentage of M (0 when M is 0)
//	plain S       S on one line, without "--" (for <!-- directives -->)
//	inc N         N+1
//	add N M       N+M
//	barY I OFF    the y of bar I of an SVG chart (18 px a bar) plus OFF
//	barsHeight N  the height of an SVG chart of N bars
//	scaleBar P W  P percent of W, for a bar's length
func templateFuncs(opt Options) map[string]any {
	width := opt.width()
	return map[string]any{
		"md":    escapeMarkdown,
		"wrap":  func(indent int, s string) (string, error) { return wrapChecked(s, indent, width) },
		"upper": strings.ToUpper,
		"lower": strings.ToLower,
		"guidelineView": func(label string, g Guideline) guidelineView {
			return guidelineView{Label: label, Guideline: g}
		},
		"join":       func(l []string, sep string) string { return strings.Join(l, sep) },
		"percent":    percent,
		"plain":      plain,
		"inc":        func(n int) int { return n + 1 },
		"add":        func(n, m int) int { return n + m },
		"barY":       func(i, off int) int { return i*18 + off },
		"barsHeight": func(n int) int { return n*18 + 4 },
		"scaleBar":   func(pct, width int) int { return pct * width / 100 },
	}
}

// maxIndent bounds wrap's indent, so that a template cannot ask for
// gigabytes of spaces.
const maxIndent = 200

// wrapChecked is wrap for templates: an indent out of bounds is an
// error of the template, not a crash.
func wrapChecked(s string, indent, width int) (string, error) {
	if indent < 0 || indent > maxIndent {
		return "", fmt.Errorf("indent %d is out of range (0 to %d)", indent, maxIndent)
	}
	return wrap(s, indent, width), nil
}

func percent(n, total int) int {
	if total <= 0 {
		return 0
	}
	return (n*100 + total/2) / total
}

func plain(s string) string {
	return strings.ReplaceAll(collapse(s), "--", "–")
}

// wrap breaks s into lines of at most width columns, each indented by
// indent spaces; a newline in s breaks the line there. It never breaks
// after a word ending in "-" or "/" ("7-" "10 days", "10/14/" "2016"),
// which a reader of the text would join without a space.
func wrap(s string, indent, width int) string {
	pad := strings.Repeat(" ", max(indent, 0))
	room := max(width-indent, 20)
	var b strings.Builder
	for i, hard := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		wrapLine(&b, strings.Fields(hard), pad, room)
	}
	return b.String()
}

// wrapLine writes words as lines of at most room columns.
func wrapLine(b *strings.Builder, words []string, pad string, room int) {
	n := 0 // columns on the current line
	for i, w := range words {
		wl := utf8.RuneCountInString(w)
		switch {
		case n == 0:
			b.WriteString(pad)
		case n+1+wl > room && !glued(words[i-1]):
			b.WriteByte('\n')
			b.WriteString(pad)
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += wl
	}
}

// glued reports whether a line may not end after w.
func glued(w string) bool {
	return strings.HasSuffix(w, "-") || strings.HasSuffix(w, "/")
}

// escapeMarkdown escapes the characters Markdown would read as markup,
// so that letter text shows as written. Newlines become spaces.
func escapeMarkdown(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		if needsEscape(s, i, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return escapeLineStart(b.String())
}

// needsEscape reports whether the rune r at byte i of s is markup.
func needsEscape(s string, i int, r rune) bool {
	switch r {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '|':
		return true
	case '&':
		return entityAt(s[i:])
	}
	return false
}

// entityAt reports whether s opens with an HTML entity reference.
func entityAt(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 32 {
		return false
	}
	for _, c := range s[1:end] {
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// escapeLineStart escapes what would open a block at the start of a
// line: a heading, list item, quote, rule or fence.
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=', '~':
		return "\\" + s
	}
	digits := 0
	for digits < len(s) && digits < 9 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + "\\" + s[digits:]
	}
	return s
}

// guidelineView passes a label and a guideline to a template.
type guidelineView struct {
	Label     string
	Guideline Guideline
}
