package lexicon

import (
	"fmt"
	"strings"
)

// A lexicon file is read in two steps: parseFile splits it into sections
// of key = value entries, keeping every position; load.go then gives the
// entries their meaning.

// item is one value of an entry: a scalar's value or one list element.
type item struct {
	text string
	pos  Position
}

// entry is one key with its values.
type entry struct {
	key   string
	pos   Position
	items []item
}

// section is an [id] header with its entries.
type section struct {
	id      string
	pos     Position
	entries []entry
}

// file is a parsed lexicon file: the defaults before its first section,
// then its sections.
type file struct {
	path     string
	defaults section
	sections []*section
}

// parseFile splits a lexicon file into sections, adding an error for each
// malformed line and going on with the next.
func parseFile(path, text string, errs *ErrorList) *file {
	f := &file{path: path}
	cur := &f.defaults
	for i, line := range strings.Split(text, "\n") {
		pos := Position{Path: path, Line: i + 1, Col: 1}
		if s := parseLine(f, cur, line, pos, errs); s != nil {
			cur = s
		}
	}
	return f
}

// parseLine reads one line into cur, returning a new section when the
// line opens one.
func parseLine(f *file, cur *section, line string, pos Position, errs *ErrorList) *section {
	trimmed := strings.TrimRight(line, " \t\r")
	body := strings.TrimLeft(trimmed, " \t")
	pos.Col = len(trimmed) - len(body) + 1
	switch {
	case body == "" || body[0] == '#':
		return nil
	case body[0] == '[':
		return parseHeader(f, body, pos, errs)
	case body[0] == '|':
		parseContinuation(cur, body, pos, errs)
		return nil
	}
	parseEntry(cur, body, pos, errs)
	return nil
}

// parseHeader reads "[id]".
func parseHeader(f *file, body string, pos Position, errs *ErrorList) *section {
	if !strings.HasSuffix(body, "]") {
		errs.Add(pos, "malformed section header: want [id]")
		return nil
	}
	id := strings.TrimSpace(body[1 : len(body)-1])
	if !validID(id) {
		errs.Add(pos, fmt.Sprintf("bad section id %q: want lower-case letters, digits and hyphens", id))
	}
	s := &section{id: id, pos: pos}
	f.sections = append(f.sections, s)
	return s
}

// parseEntry reads "key = value | value ...".
func parseEntry(cur *section, body string, pos Position, errs *ErrorList) {
	eq := strings.IndexByte(body, '=')
	if eq < 0 {
		errs.Add(pos, "malformed line: want key = value, [id] or # comment")
		return
	}
	key := strings.TrimSpace(body[:eq])
	if !validKey(key) {
		errs.Add(pos, fmt.Sprintf("malformed key %q: want lower-case letters", key))
		return
	}
	valPos := pos
	valPos.Col += eq + 1
	e := entry{key: key, pos: pos, items: splitItems(body[eq+1:], valPos)}
	if first := cur.find(key); first != nil {
		errs.Add(pos, fmt.Sprintf("duplicate key %q (first at line %d)", key, first.pos.Line))
		return
	}
	cur.entries = append(cur.entries, e)
}

// parseContinuation reads "| value ..." on a line of its own, which adds
// values to the entry above it.
func parseContinuation(cur *section, body string, pos Position, errs *ErrorList) {
	if len(cur.entries) == 0 {
		errs.Add(pos, "continuation line with no key above it")
		return
	}
	last := &cur.entries[len(cur.entries)-1]
	pos.Col++
	last.items = append(last.items, splitItems(body[1:], pos)...)
}

// find returns the entry with the given key, or nil.
func (s *section) find(key string) *entry {
	for i := range s.entries {
		if s.entries[i].key == key {
			return &s.entries[i]
		}
	}
	return nil
}

// splitItems splits a value on "|", trimming each part and keeping its
// column. An empty part is kept so that the loader can report it.
func splitItems(value string, pos Position) []item {
	var items []item
	for {
		part, rest, more := strings.Cut(value, "|")
		text := strings.TrimSpace(part)
		p := pos
		if text != "" {
			p.Col += strings.Index(part, text)
		}
		items = append(items, item{text: text, pos: p})
		if !more {
			return items
		}
		pos.Col += len(part) + 1
		value = rest
	}
}

func validID(id string) bool {
	if id == "" || id[0] == '-' {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func validKey(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
