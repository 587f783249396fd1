package extract

import "strings"

var (
	originalRe  = newAnchored(`(?s)^(.*?)\s+(?:was|were) the original request\.\s*`, originalAt)
	authByRe    = lazy(`(?is)^(.*?)\s+(?:was|were) (?:authorized|certified|approved|modified)(?: by the Claims Administrator)?\.\s*`)
	caAuthRe    = lazy(`(?is)^The Claims Administrator (?:authorized|certified|approved|modified the request to)\s+(.*?),?\s+leaving the original request IMR eligible\.\s*`)
	remainingRe = lazy(`(?is)(?:remaining IMR eligible portion of the original request|remaining (?:IMR eligible )?portion(?: of the original request)?|The original request)\s*,\s*`)
)

// partial reads a partial certification: "X was the original request. Y
// was authorized by the Claims Administrator. The remaining IMR eligible
// portion of the original request, Z is" (or "The Claims Administrator
// authorized Y, leaving the original request IMR eligible. The original
// request, X is"). It returns the parts and the span of the portion under
// review.
func (p *parser) partial(text Span) (*Partial, Span, bool) {
	if !strings.Contains(p.at(text), " the original request.") {
		return nil, text, false
	}
	m := originalRe.find(p.at(text))
	if m == nil {
		return nil, text, false
	}
	orig := Span{text.Start + m[2], text.Start + m[3]}
	rest := Span{text.Start + m[1], text.End}
	part := &Partial{Original: p.str(trimSpan(p.text, orig))}
	if s, ok := p.authorized(rest); ok {
		part.Authorized = p.str(trimPunct(p.text, s))
	}
	r, ok := p.match(remainingRe.get(), rest, 0)
	if !ok {
		return part, orig, true
	}
	remaining := Span{r.End, text.End}
	if i := trailingIs(p.at(remaining)); i >= 0 {
		remaining.End = remaining.Start + i
	}
	part.Remaining = p.str(trimSpan(p.text, remaining))
	return part, remaining, true
}

// authorized finds what the claims administrator authorized, in either
// wording.
func (p *parser) authorized(rest Span) (Span, bool) {
	if s, ok := p.match(caAuthRe.get(), rest, 1); ok {
		return s, true
	}
	return p.match(authByRe.get(), rest, 1)
}

// originalAt reads, at the start of s, the text up to the white space
// before the first "was (were) the original request." and the white
// space after it.
func originalAt(s string, i int) []int {
	const tail = " the original request."
	if i != 0 {
		return nil
	}
	for from := 0; ; {
		k := strings.Index(s[from:], tail)
		if k < 0 {
			return nil
		}
		k += from
		from = k + 1
		for _, verb := range []string{"was", "were"} {
			if v := k - len(verb); v > 0 && s[v:k] == verb && isSpace(s[v-1]) {
				return []int{0, skipSpace(s, k+len(tail)), 0, spaceStart(s, v)}
			}
		}
	}
}
