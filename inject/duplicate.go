package inject

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Duplicate text: a summary sentence of ten words or more is written
// again right after itself, as it is or with small edits.

const minDuplicateWords = 10

// dropRe are words a careless restatement leaves out, not first in the
// sentence.
var dropRe = regexp.MustCompile(`\s(?:the|has|had|also|then|a|an)\b`)

func duplicate(edited bool) func(*letter, int) (plan, bool) {
	return func(d *letter, _ int) (plan, bool) {
		var cands []extract.Span
		for _, s := range d.sentences(d.summary()) {
			if words(d.at(s)) >= minDuplicateWords && strings.ContainsAny(d.at(s)[len(d.at(s))-1:], ".!?") {
				if _, ok := restate(d.at(s)); ok || !edited {
					cands = append(cands, s)
				}
			}
		}
		if len(cands) == 0 {
			return plan{}, false
		}
		s := cands[d.pick(len(cands))]
		again, how := strings.Join(strings.Fields(d.at(s)), " "), "exactly"
		if edited {
			again, _ = restate(again)
			how = "with small edits"
		}
		change := fmt.Sprintf("sentence of %d words written again %s: %q", words(d.at(s)), how, again)
		return plan{edits: []edit{{extract.Span{Start: s.End, End: s.End}, " " + again}}, pair: s, change: change}, true
	}
}

// restate writes a sentence again with two small edits: a word left out
// and a comma turned to a semicolon (or back); it needs both.
func restate(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	w := dropRe.FindStringIndex(s)
	if w == nil {
		return "", false
	}
	s = s[:w[0]] + s[w[1]:]
	switch {
	case strings.Contains(s, ", "):
		return strings.Replace(s, ", ", "; ", 1), true
	case strings.Contains(s, "; "):
		return strings.Replace(s, "; ", ", ", 1), true
	}
	return "", false
}
