package corpus

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// MaxQueryTerms caps the words, phrases and operators of a search: a
// query of thousands of OR terms runs for minutes.
const MaxQueryTerms = 64

// queryError is a *SearchError that says why in words.
func queryError(query, format string, args ...any) *SearchError {
	return &SearchError{Query: query, Err: fmt.Errorf(format, args...)}
}

// Phrases turns what people type into an FTS5 query: a word that FTS5
// would read as syntax (L4-5, x-ray, C5-6, patient's, 10/325,
// col:value) becomes a quoted phrase that matches it as written; words
// side by side must all match; "quoted phrases", the operators AND, OR
// and NOT (in capitals), parentheses and a trailing * for a prefix keep
// their FTS5 meaning. An unclosed quote, or more than MaxQueryTerms
// terms, is a *SearchError.
func Phrases(typed string) (string, error) {
	toks, err := tokens(strings.Map(visible, typed))
	if err != nil {
		return "", &SearchError{Query: typed, Err: err}
	}
	if len(toks) == 0 {
		return "", queryError(typed, "empty query")
	}
	if len(toks) > MaxQueryTerms {
		return "", queryError(typed, "%d terms; at most %d", len(toks), MaxQueryTerms)
	}
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = term(t)
	}
	return strings.Join(out, " "), nil
}

// tokens splits a typed query into quoted phrases (with their quotes),
// parentheses and words.
func tokens(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case space(c):
			i++
		case c == '(' || c == ')':
			toks = append(toks, s[i:i+1])
			i++
		case c == '"':
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return nil, errors.New(`a quote (") is not closed`)
			}
			end += i + 2
			if end < len(s) && s[end] == '*' {
				end++
			}
			toks = append(toks, s[i:end])
			i = end
		default:
			j := i
			for j < len(s) && !space(s[j]) && s[j] != '(' && s[j] != ')' && s[j] != '"' {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks, nil
}

// space reports whether c separates terms.
func space(c byte) bool { return c <= ' ' || c == 0x7f }

// visible turns control characters, which FTS5 cannot take even in a
// phrase, into spaces.
func visible(r rune) rune {
	if r < ' ' || r == 0x7f {
		return ' '
	}
	return r
}

// term writes one token as FTS5 reads it: syntax as is, a bare word as
// is, anything else quoted.
func term(t string) string {
	switch {
	case t == "(" || t == ")" || t == "AND" || t == "OR" || t == "NOT" || strings.HasPrefix(t, `"`):
		return t
	}
	word, star := strings.CutSuffix(t, "*")
	if bare(word) {
		return t
	}
	q := `"` + word + `"`
	if star {
		q += "*"
	}
	return q
}

// bare reports whether FTS5 reads w as one plain word: letters, digits,
// underscores and characters beyond ASCII.
func bare(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r < 0x80 {
			return false
		}
	}
	return true
}

// countTerms counts the terms of a raw FTS5 query, roughly: the words
// and phrases between spaces and parentheses.
func countTerms(q string) int {
	toks, err := tokens(q)
	if err != nil {
		return len(strings.Fields(q))
	}
	return len(toks)
}
