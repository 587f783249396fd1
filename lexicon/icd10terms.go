package lexicon

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// An ICD-10 terms file (data/icd10/terms.lex) says how clinicians write
// what the code set's descriptions say. It has the lexicon file format;
// each section is one term:
//
//	words   what letters write, as a list (required); the first is its name
//	means   the description wordings it stands for, all equal
//	        (default: the words themselves)
//	prefer  instead of means: wordings in order of preference
//	code    an Alphabetic Index default: the name codes here
//	chapter the chapter a phrase stating this term is coded in before
//	        others (19 for injuries: a tear is a current injury)
//	sign    for a hedged phrase naming this condition, the documented
//	        sign or symptom to code instead
//	role    what the words do instead of naming something: stop (joining
//	        words), noise (severity and course), hedge (possible, rule
//	        out), left, right, bilateral, subsequent, sequela, delayed,
//	        routine and open (encounter), boilerplate (description
//	        words that a phrase need not say), status ("status post",
//	        coded to its code when the phrase names a procedure) and
//	        procedure, cause (an external cause, coded only when the
//	        phrase names nothing else: "work related fall"), and unstated (qualifiers a code may be chosen for
//	        only when the phrase states them: "pathological", "old")

// term is one loaded section of the terms file.
type term struct {
	id      string
	words   [][]string // each written form, as words
	means   [][]string // description wordings, preferred first (stems once loaded)
	meanIDs [][]int32  // the means as word IDs, once loaded
	code    string
	sign    string
	role    string
	// prefer: the meanings are an order of preference ("sprain/strain"
	// is coded as a strain first), not equal wordings
	prefer bool
	// chapter: the code set chapter a phrase stating this term is coded
	// in before others (a tear in an injury claim is an injury, S83.2,
	// not the old tear of M23.2)
	chapter int
}

var termRoles = map[string]bool{
	"stop": true, "noise": true, "hedge": true, "left": true, "right": true, "bilateral": true,
	"subsequent": true, "sequela": true, "delayed": true, "routine": true, "open": true, "boilerplate": true,
	"status": true, "procedure": true, "unstated": true, "cause": true,
}

// termKeys are the keys a term may have.
var termKeys = map[string]bool{"words": true, "means": true, "prefer": true, "code": true, "sign": true, "role": true,
	"chapter": true}

// parseTerms reads a terms file strictly, adding an error for each
// problem and returning the terms that loaded.
func parseTerms(path, text string, errs *ErrorList) []*term {
	f := parseFile(path, text, errs)
	if len(f.defaults.entries) > 0 {
		errs.Add(f.defaults.entries[0].pos, "a terms file has no defaults: open a [section] first")
	}
	var out []*term
	seen := map[string]Position{}
	for _, s := range f.sections {
		if p, dup := seen[s.id]; dup {
			errs.Add(s.pos, fmt.Sprintf("duplicate section %q (first at line %d)", s.id, p.Line))
			continue
		}
		seen[s.id] = s.pos
		if t := parseTerm(s, errs); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// parseTerm reads one section into a term.
func parseTerm(s *section, errs *ErrorList) *term {
	t := &term{id: s.id}
	ok := true
	for _, e := range s.entries {
		if !termKeys[e.key] {
			errs.Add(e.pos, fmt.Sprintf("unknown key %q", e.key))
			ok = false
			continue
		}
		ok = t.set(e, errs) && ok
	}
	if len(t.words) == 0 {
		errs.Add(s.pos, fmt.Sprintf("term %q has no words", s.id))
		return nil
	}
	if len(t.means) == 0 {
		for _, w := range t.words {
			t.means = append(t.means, slices.Clone(w))
		}
	}
	if !ok {
		return nil
	}
	return t
}

// set gives the term one entry's value.
func (t *term) set(e entry, errs *ErrorList) bool {
	for _, it := range e.items {
		if it.text == "" {
			errs.Add(it.pos, fmt.Sprintf("empty value for %q", e.key))
			return false
		}
	}
	one := e.items[0]
	switch e.key {
	case "words":
		t.words = phrasesOf(e.items)
	case "means":
		t.means = phrasesOf(e.items)
	case "prefer":
		t.means, t.prefer = phrasesOf(e.items), true
	case "code":
		t.code = strings.ToUpper(one.text)
	case "sign":
		t.sign = one.text
	case "chapter":
		n, err := strconv.Atoi(one.text)
		if err != nil || n < 1 || n > 22 {
			errs.Add(one.pos, fmt.Sprintf("bad chapter %q: want 1 to 22", one.text))
			return false
		}
		t.chapter = n
	case "role":
		if !termRoles[one.text] {
			errs.Add(one.pos, fmt.Sprintf("unknown role %q", one.text))
			return false
		}
		t.role = one.text
	}
	if len(e.items) > 1 && e.key != "words" && e.key != "means" && e.key != "prefer" {
		errs.Add(e.items[1].pos, fmt.Sprintf("%q takes one value", e.key))
		return false
	}
	return true
}

// phrasesOf splits each item into lower-case words.
func phrasesOf(items []item) [][]string {
	var out [][]string
	for _, it := range items {
		if ws := codeWords(it.text); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// codeWords splits text into lower-case words of letters or digits.
func codeWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}
