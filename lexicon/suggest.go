package lexicon

import "github.com/sahilm/fuzzy"

// Suggest returns up to n concepts whose name or an alias holds the
// letters of query in order, best first: an interactive lookup where
// "cbt" finds cognitive behavioral therapy and "hcapap" finds
// hydrocodone/APAP. It is a subsequence search, meant for abbreviations
// typed by a person; Find and Best tolerate misspellings in letters.
func (l *Lexicon) Suggest(query string, n int) []*Concept {
	if l == nil || n <= 0 || query == "" {
		return nil
	}
	names, owners := l.names()
	var out []*Concept
	seen := map[*Concept]bool{}
	for _, m := range fuzzy.Find(query, names) {
		c := owners[m.Index]
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// names lists every name and alias with the concept that owns it.
func (l *Lexicon) names() ([]string, []*Concept) {
	var names []string
	var owners []*Concept
	for _, c := range l.concepts {
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			names = append(names, a)
			owners = append(owners, c)
		}
	}
	return names, owners
}
