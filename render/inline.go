package render

import "strings"

// style is the font style of a span of text.
type style uint8

const (
	bold style = 1 << iota
	italic
	mono
)

// span is a run of text in one style.
type span struct {
	text  string
	style style
}

// parseInline reads **bold**, *italic*, `code` and backslash escapes. A
// marker without its closing partner is text.
func parseInline(s string) []span {
	var out []span
	var cur strings.Builder
	st := style(0)
	emit := func() {
		if cur.Len() > 0 {
			out = appendSpan(out, span{cur.String(), st})
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			cur.WriteByte(s[i+1])
			i++
		case c == '`' && st&mono == 0 && closes(s[i+1:], "`"), c == '`' && st&mono != 0:
			emit()
			st ^= mono
		case st&mono != 0:
			cur.WriteByte(c)
		case strings.HasPrefix(s[i:], "**") && (st&bold != 0 || closes(s[i+2:], "**")):
			emit()
			st ^= bold
			i++
		case c == '*' && (st&italic != 0 || closes(s[i+1:], "*")):
			emit()
			st ^= italic
		default:
			cur.WriteByte(c)
		}
	}
	emit()
	return out
}

// appendSpan appends a span, merging it into the last one of the same
// style.
func appendSpan(out []span, s span) []span {
	if n := len(out); n > 0 && out[n-1].style == s.style {
		out[n-1].text += s.text
		return out
	}
	return append(out, s)
}

// closes reports whether s holds an unescaped closing marker.
func closes(s, marker string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], marker) && (marker != "*" || !strings.HasPrefix(s[i:], "**")) {
			return true
		}
	}
	return false
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// plainText returns the text of spans without their styles.
func plainText(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.text)
	}
	return b.String()
}
