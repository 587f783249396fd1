package textpat

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// maxNeeds is the most texts a pattern's derived needs may list: more
// would cost more to look for than they save.
const maxNeeds = 40

// derivedNeeds returns lower-case texts one of which every match of the
// expression src holds, read from its syntax, or nil when it finds
// none: the literals a match cannot do without.
func derivedNeeds(src string) []string {
	re := parsed(src)
	if re == nil {
		return nil
	}
	return needsOf(re)
}

// parsed returns the syntax of the expression src, simplified, or nil
// when it cannot be parsed.
func parsed(src string) *syntax.Regexp {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	return re.Simplify()
}

// needsOf returns the texts one of which every match of re holds, or nil.
func needsOf(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return literalNeed(re)
	case syntax.OpCapture:
		return needsOf(re.Sub[0])
	case syntax.OpPlus:
		return needsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needsOf(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatNeeds(re.Sub)
	case syntax.OpAlternate:
		return alternateNeeds(re.Sub)
	}
	return nil
}

// literalNeed returns a literal's text, lower-cased as the text it is
// looked for in is (ASCII letters only); nil for a case-insensitive
// literal with a letter outside ASCII, which may match in a case the
// lower-case text keeps.
func literalNeed(re *syntax.Regexp) []string {
	if re.Flags&syntax.FoldCase != 0 && slices.ContainsFunc(re.Rune, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return nil
	}
	return []string{Lower(string(re.Rune))}
}

// concatNeeds returns the needs of the part of a sequence that narrows a
// search most: the one whose shortest text is longest.
func concatNeeds(subs []*syntax.Regexp) []string {
	var best []string
	for _, sub := range subs {
		n := needsOf(sub)
		if n != nil && (best == nil || shortest(n) > shortest(best) || shortest(n) == shortest(best) && len(n) < len(best)) {
			best = n
		}
	}
	return best
}

// alternateNeeds returns the needs of every branch together, or nil when
// a branch has none or they are too many.
func alternateNeeds(subs []*syntax.Regexp) []string {
	var out []string
	for _, sub := range subs {
		n := needsOf(sub)
		if n == nil {
			return nil
		}
		for _, x := range n {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
		if len(out) > maxNeeds {
			return nil
		}
	}
	return out
}

// shortest returns the length of the shortest of texts.
func shortest(texts []string) int {
	n := len(texts[0])
	for _, t := range texts[1:] {
		n = min(n, len(t))
	}
	return n
}
