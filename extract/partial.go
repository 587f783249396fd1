package extract

import "strings"

var (
	originalRe  = patternOf(`(?s)^(.*?)\s+(?:was|were) the original request\.\s*`)
	authByRe    = patternOf(`(?is)^(.*?)\s+(?:was|were) (?:authorized|certified|approved|modified)(?: by the Claims Administrator)?\.\s*`)
	caAuthRe    = patternOf(`(?is)^The Claims Administrator (?:authorized|certified|approved|modified the request to)\s+(.*?),?\s+leaving the original request IMR eligible\.\s*`)
	remainingRe = patternOf(`(?is)(?:remaining IMR eligible portion of the original request|remaining (?:IMR eligible )?portion(?: of the original request)?|The original request)\s*,\s*`).StartsWith("rt")
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
	m := originalRe.Find(p.at(text))
	if m == nil {
		return nil, text, false
	}
	orig := Span{text.Start + m[2], text.Start + m[3]}
	rest := Span{text.Start + m[1], text.End}
	part := &Partial{Original: p.str(trimSpan(p.text, orig))}
	if s, ok := p.authorized(rest); ok {
		part.Authorized = p.str(trimPunct(p.text, s))
	}
	r, ok := p.matchPattern(remainingRe, rest, 0)
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
	if s, ok := p.matchPattern(caAuthRe, rest, 1); ok {
		return s, true
	}
	return p.matchPattern(authByRe, rest, 1)
}

// matchPattern returns the span of group g of the first match of a
// pattern in a span.
func (p *parser) matchPattern(pt *pattern, in Span, g int) (Span, bool) {
	m := pt.Find(p.at(in))
	if m == nil || m[2*g] < 0 {
		return Span{}, false
	}
	return Span{in.Start + m[2*g], in.Start + m[2*g+1]}, true
}
