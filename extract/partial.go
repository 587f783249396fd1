package extract

import "strings"

var (
	originalRe  = newAnchored(`(?s)^(.*?)\s+(?:was|were) the original request\.\s*`, originalAt)
	authByRe    = newAnchored(`(?is)^(.*?)\s+(?:was|were) (?:authorized|certified|approved|modified)(?: by the Claims Administrator)?\.\s*`, authByAt)
	caAuthRe    = newAnchored(`(?is)^The Claims Administrator (?:authorized|certified|approved|modified the request to)\s+(.*?),?\s+leaving the original request IMR eligible\.\s*`, caAuthAt)
	remainingRe = newPattern(`(?is)(?:remaining IMR eligible portion of the original request|remaining (?:IMR eligible )?portion(?: of the original request)?|The original request)\s*,\s*`, remainingAt).startsWith("rt")
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
	m := pt.find(p.at(in))
	if m == nil || m[2*g] < 0 {
		return Span{}, false
	}
	return Span{in.Start + m[2*g], in.Start + m[2*g+1]}, true
}

// authByAt reads, at the start of s, the text up to the white space
// before the first "was (were) authorized (certified, approved,
// modified)", with "by the Claims Administrator" or not, the full stop
// and the white space after it (group 1: the text).
func authByAt(s string, i int) []int {
	if i != 0 {
		return nil
	}
	for k := 0; k < len(s); k++ {
		if isSpace(s[k]) {
			if e := authByTail(s, k); e >= 0 {
				return []int{0, e, 0, k}
			}
		}
	}
	return nil
}

// authByTail reads, at white space, what follows the text authByAt
// reads.
func authByTail(s string, k int) int {
	j := litsFold(s, space1(s, k), "was ", "were ")
	j = litsFold(s, j, "authorized", "certified", "approved", "modified")
	if e := byteIn(s, litFold(s, j, " by the claims administrator"), "."); e >= 0 {
		return skipSpace(s, e)
	}
	return skipSpace(s, byteIn(s, j, "."))
}

// caAuthAt reads, at the start of s, "The Claims Administrator authorized
// (certified, approved, modified the request to)", the text after it
// (group 1) and ", leaving the original request IMR eligible." with the
// white space after it. The text starts after the white space; when no
// text fits, the white space gives back its last spaces, as the
// pattern's backtracking does, and the text is empty.
func caAuthAt(s string, i int) []int {
	if i != 0 {
		return nil
	}
	verb := litsFold(s, litFold(s, 0, "the claims administrator "), "authorized", "certified", "approved", "modified the request to")
	start := space1(s, verb)
	if start < 0 {
		return nil
	}
	for k := start; k < len(s); k++ {
		if e := leavingAt(s, k); e >= 0 {
			return []int{0, e, start, k}
		}
	}
	for k := start - 1; k > verb; k-- {
		if e := leavingAt(s, k); e >= 0 {
			return []int{0, e, k, k}
		}
	}
	return nil
}

// leavingAt reads ",?\s+leaving the original request IMR eligible\.\s*".
func leavingAt(s string, k int) int {
	if e := leavingEnd(s, space1(s, byteIn(s, k, ","))); e >= 0 {
		return e
	}
	return leavingEnd(s, space1(s, k))
}

// leavingEnd reads "leaving the original request IMR eligible." and the
// white space after it.
func leavingEnd(s string, i int) int {
	return skipSpace(s, byteIn(s, litFold(s, i, "leaving the original request imr eligible"), "."))
}

// remainingAt reads "remaining (IMR eligible) portion (of the original
// request)" or "The original request", then a comma with white space
// around it.
func remainingAt(s string, i int) []int {
	r := litFold(s, i, "remaining ")
	portion := litFold(s, optional(r, litFold(s, r, "imr eligible ")), "portion")
	if e := commaAfter(s, litFold(s, portion, " of the original request")); e >= 0 {
		return span(i, e)
	}
	if e := commaAfter(s, portion); e >= 0 {
		return span(i, e)
	}
	return span(i, commaAfter(s, litFold(s, i, "the original request")))
}

// commaAfter reads a comma with white space around it.
func commaAfter(s string, i int) int { return skipSpace(s, byteIn(s, space0(s, i), ",")) }

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
