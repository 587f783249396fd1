package textpat

import (
	"fmt"
	"reflect"
	"regexp/syntax"
)

// Check tells what is wrong, if anything, with what the pattern tells of
// its matches in s: that its folded form, over the lower-case string,
// matches as the expression does (save for ſ and K); that every match
// starts with a byte it may start with and holds a text it needs, within
// lead bytes of its start (save for ſ and K again); and that FindAll, Find
// FindIn and FindAllIn give what the expression's own methods give. "" when all hold.
func (pt *Pattern) Check(s string) string {
	want := pt.Regexp().FindAllStringSubmatchIndex(s, -1)
	if got := pt.Lowered().FindAllStringSubmatchIndex(Lower(s), -1); pt.low != nil && !foldsOdd(s) && !reflect.DeepEqual(want, got) {
		return fmt.Sprintf("folded on %q: %v, want %v", s, got, want)
	}
	if bad := pt.checkStarts(s); bad != "" {
		return bad
	}
	for _, m := range want {
		if pt.first != nil && !foldsOdd(s) && m[0] < len(s) && !pt.first[s[m[0]]] {
			return fmt.Sprintf("match %q starts with none of its first bytes", s[m[0]:m[1]])
		}
		if pt.needs != nil && !foldsOdd(s) && !ContainsAny(Lower(s[m[0]:m[1]]), pt.needs...) {
			return fmt.Sprintf("match %q holds none of %q", s[m[0]:m[1]], pt.needs)
		}
		if pt.lead >= 0 && !foldsOdd(s) && firstOf(Lower(s[m[0]:]), pt.needs) > pt.lead {
			return fmt.Sprintf("match %q holds none of %q within %d bytes", s[m[0]:m[1]], pt.needs, pt.lead)
		}
	}
	if got := pt.FindAll(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
		return fmt.Sprintf("FindAll(%q) = %v, want %v", s, got, want)
	}
	if got := pt.Find(s); !foldsOdd(s) && !reflect.DeepEqual(got, pt.Regexp().FindStringSubmatchIndex(s)) {
		return fmt.Sprintf("Find(%q) = %v, want %v", s, got, pt.Regexp().FindStringSubmatchIndex(s))
	}
	if got := pt.FindIn(s, Lower(s)); !reflect.DeepEqual(got, pt.Regexp().FindStringSubmatchIndex(s)) {
		return fmt.Sprintf("FindIn(%q) = %v, want %v", s, got, pt.Regexp().FindStringSubmatchIndex(s))
	}
	if got := pt.FindAllIn(s, Lower(s)); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
		return fmt.Sprintf("FindAllIn(%q) = %v, want %v", s, got, want)
	}
	return ""
}

// checkStarts tells what is wrong, if anything, with how the probes of
// the pattern's expression say its matches may start (see probes), on
// s (in lower case for the folded form): every match must start with a
// byte that may be a whole match or a pair of bytes a match may start
// with.
func (pt *Pattern) checkStarts(s string) string {
	pr := pt.probing(pt.Lowered())
	if pr == nil {
		return ""
	}
	if pt.low != nil {
		s = Lower(s)
	}
	for _, m := range pt.Lowered().FindAllStringIndex(s, -1) {
		if m[0] == m[1] || !pr.starts.may(s, m[0]) {
			return fmt.Sprintf("match %q starts with none of the bytes or pairs of bytes its matches may start with", s[m[0]:m[1]])
		}
	}
	return ""
}

// CheckMade tells what is wrong, if anything, with the bytes the pattern
// is said to be made of (MadeOf), from the syntax of its folded form:
// every byte a match may hold must be among them, and the pattern must
// be case-insensitive, need texts, and have no ^ or $ (a run's ends are
// not a text's ends for those). "" when all hold, or when it tells no
// such bytes.
func (pt *Pattern) CheckMade() string {
	if pt.made == nil {
		return ""
	}
	if pt.compile(); pt.low == nil || pt.needs == nil {
		return "made of a set of bytes, but not case-insensitive or needing no text"
	}
	re, err := syntax.Parse(pt.low.String(), syntax.Perl)
	if err != nil {
		return err.Error()
	}
	if bad := outsideSet(re, pt.made); bad != "" {
		return fmt.Sprintf("may match %s, not among the bytes it is made of", bad)
	}
	return ""
}

// MadeOfBytes reports whether the pattern tells the bytes its matches
// are made of.
func (pt *Pattern) MadeOfBytes() bool { return pt.made != nil }

// outsideSet names what in re may match outside set: a character, a
// range, or an anchor at a text's start or end; "" when nothing does.
func outsideSet(re *syntax.Regexp, set *byteSet) string {
	switch re.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return "any character"
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return "^ or $"
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= 0x80 || !set[r] || re.Flags&syntax.FoldCase != 0 && isLetter(byte(r)) && !set[r^0x20] {
				return fmt.Sprintf("%q", r)
			}
		}
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= 0x80 || !set[r] {
					return fmt.Sprintf("%q in [%c-%c]", r, re.Rune[i], re.Rune[i+1])
				}
			}
		}
	}
	for _, sub := range re.Sub {
		if bad := outsideSet(sub, set); bad != "" {
			return bad
		}
	}
	return ""
}
