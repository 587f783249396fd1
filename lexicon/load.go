package lexicon

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// builder gathers the concepts of a load and the errors found on the way.
type builder struct {
	errs     ErrorList
	concepts []*Concept
	byID     map[string]*Concept
	defined  map[*Concept]Position // the section that first defined a concept
	category map[*Concept]Position // where a concept's category was set
	badKind  map[*Concept]bool     // concepts whose kind was given but not valid
	aliasPos map[*Concept]map[string]Position
	generics []ref
}

// ref is a generic = value waiting for every concept to be loaded.
type ref struct {
	c  *Concept
	it item
}

func newBuilder() *builder {
	return &builder{
		byID:     map[string]*Concept{},
		defined:  map[*Concept]Position{},
		category: map[*Concept]Position{},
		badKind:  map[*Concept]bool{},
		aliasPos: map[*Concept]map[string]Position{},
	}
}

// loadFS reads every *.lex file at the root of fsys, in name order. A
// user's folder without any is an error; the prefix is put before paths
// in errors.
func (b *builder) loadFS(fsys fs.FS, prefix string, user bool) {
	paths, err := fs.Glob(fsys, "*.lex")
	if err != nil || len(paths) == 0 && user {
		b.errs.Add(Position{Path: prefix + "."}, "no *.lex files in the folder")
		return
	}
	seen := map[string]Position{}
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			b.errs.Add(Position{Path: prefix + p}, fmt.Sprintf("cannot read: %v", err))
			continue
		}
		b.file(parseFile(prefix+p, string(data), &b.errs), seen)
	}
}

// file adds the sections of one parsed file.
func (b *builder) file(f *file, seen map[string]Position) {
	b.checkDefaults(f.defaults.entries)
	for _, s := range f.sections {
		b.section(f, s, seen)
	}
}

// defaultKeys are the keys a file may set before its first section.
var defaultKeys = []string{"kind", "category", "class", "source"}

// checkDefaults reports a default that is not allowed or not valid.
func (b *builder) checkDefaults(entries []entry) {
	scratch := &Concept{}
	for _, e := range orderKind(entries) {
		if !slices.Contains(defaultKeys, e.key) {
			b.errs.Add(e.pos, fmt.Sprintf("key %q cannot be a default: put it in a section", e.key))
			continue
		}
		b.apply(scratch, e, true)
	}
}

// section adds or extends the concept of one [id] section.
func (b *builder) section(f *file, s *section, seen map[string]Position) {
	if first, ok := seen[s.id]; ok {
		b.errs.Add(s.pos, fmt.Sprintf("duplicate section [%s] (first at %s)", s.id, first))
		return
	}
	seen[s.id] = s.pos
	c := b.byID[s.id]
	if c == nil {
		c = &Concept{ID: s.id}
		b.byID[s.id], b.defined[c] = c, s.pos
		b.concepts = append(b.concepts, c)
		for _, e := range orderKind(f.defaults.entries) {
			b.apply(c, e, false)
		}
	}
	for _, e := range orderKind(s.entries) {
		b.apply(c, e, true)
	}
}

// orderKind puts the kind entry first, so that the other keys are checked
// against it.
func orderKind(entries []entry) []entry {
	out := slices.Clone(entries)
	slices.SortStableFunc(out, func(a, b entry) int {
		return boolInt(b.key == "kind") - boolInt(a.key == "kind")
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// keyKinds tells which kinds of concept a key applies to; keys missing
// here apply to every kind.
var keyKinds = map[string][]Kind{
	"category":  {KindService, KindDrug, KindDiagnosis},
	"class":     {KindDrug},
	"generic":   {KindDrug},
	"source":    {KindChapter},
	"left":      {KindBodyPart},
	"right":     {KindBodyPart},
	"bilateral": {KindBodyPart},
}

// apply gives one entry its meaning on c. With report false (defaults
// applied to a concept), errors are left to checkDefaults.
func (b *builder) apply(c *Concept, e entry, report bool) {
	errs := &b.errs
	if !report {
		errs = &ErrorList{}
	}
	if ks, ok := keyKinds[e.key]; ok && c.Kind != "" && !slices.Contains(ks, c.Kind) {
		errs.Add(e.pos, fmt.Sprintf("key %q does not apply to a %s", e.key, c.Kind))
		return
	}
	items := nonEmpty(e, errs)
	switch e.key {
	case "kind", "name", "category", "class", "generic", "source":
		if one, ok := single(e, items, errs); ok {
			b.setScalar(c, e.key, one, errs)
		}
	case "regions":
		b.addRegions(c, items, errs)
	case "aliases", "left", "right", "bilateral":
		b.addAliases(c, e.key, items)
	case "not":
		for _, it := range items {
			c.Not = appendNew(c.Not, strings.ToLower(it.text))
		}
	default:
		errs.Add(e.pos, fmt.Sprintf("unknown key %q", e.key))
	}
}

// nonEmpty returns the entry's items, reporting the empty ones.
func nonEmpty(e entry, errs *ErrorList) []item {
	var out []item
	for _, it := range e.items {
		if it.text == "" {
			errs.Add(it.pos, fmt.Sprintf("empty value for key %q", e.key))
			continue
		}
		out = append(out, it)
	}
	return out
}

// single returns the one value of a key that takes one.
func single(e entry, items []item, errs *ErrorList) (item, bool) {
	if len(e.items) > 1 {
		errs.Add(e.items[1].pos, fmt.Sprintf("key %q takes one value", e.key))
		return item{}, false
	}
	if len(items) == 0 {
		return item{}, false
	}
	return items[0], true
}

// setScalar sets a single-valued key, checking its value.
func (b *builder) setScalar(c *Concept, key string, it item, errs *ErrorList) {
	switch key {
	case "kind":
		if !slices.Contains(kinds, Kind(it.text)) {
			errs.Add(it.pos, fmt.Sprintf("bad kind %q: want one of %s", it.text, kindList()))
			b.badKind[c] = true
			return
		}
		c.Kind = Kind(it.text)
	case "name":
		c.Name = it.text
		b.notePos(c, it)
	case "category":
		c.Category, b.category[c] = it.text, it.pos
	case "class":
		b.setChecked(&c.Class, it, "class", drugClasses, errs)
	case "generic":
		c.Generic = it.text
		b.generics = append(b.generics, ref{c, it})
	case "source":
		b.setChecked(&c.Source, it, "source", sources, errs)
	}
}

// setChecked sets *dst to the item's value when it is one of valid.
func (b *builder) setChecked(dst *string, it item, what string, valid []string, errs *ErrorList) {
	if !slices.Contains(valid, it.text) {
		errs.Add(it.pos, fmt.Sprintf("bad %s %q: want one of %s", what, it.text, strings.Join(valid, ", ")))
		return
	}
	*dst = it.text
}

// addRegions adds regions, checking each.
func (b *builder) addRegions(c *Concept, items []item, errs *ErrorList) {
	for _, it := range items {
		if !slices.Contains(regions, it.text) {
			errs.Add(it.pos, fmt.Sprintf("bad region %q: want one of %s", it.text, strings.Join(regions, ", ")))
			continue
		}
		c.Regions = appendNew(c.Regions, it.text)
	}
}

// addAliases adds aliases; those given under left, right or bilateral
// carry that laterality.
func (b *builder) addAliases(c *Concept, key string, items []item) {
	for _, it := range items {
		c.Aliases = appendNew(c.Aliases, it.text)
		b.notePos(c, it)
		if key == "aliases" {
			continue
		}
		if c.Sides == nil {
			c.Sides = map[string]string{}
		}
		c.Sides[it.text] = key
	}
}

// notePos remembers where a name or alias was written, for the check of
// aliases that name two concepts.
func (b *builder) notePos(c *Concept, it item) {
	if b.aliasPos[c] == nil {
		b.aliasPos[c] = map[string]Position{}
	}
	b.aliasPos[c][it.text] = it.pos
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func kindList() string {
	var names []string
	for _, k := range kinds {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// finish checks what needs every file read, then builds the lexicon.
func (b *builder) finish() (*Lexicon, error) {
	for _, c := range b.concepts {
		b.checkConcept(c)
	}
	b.checkGenerics()
	b.inheritClass()
	b.checkAliases()
	l := &Lexicon{concepts: b.concepts, byID: b.byID}
	l.ix = compile(l.concepts)
	b.errs.Sort()
	b.errs = slices.CompactFunc(b.errs, func(x, y *Error) bool { return *x == *y })
	return l, b.errs.Err()
}

// checkConcept reports a concept that lacks a kind, a name or a source,
// or whose category does not fit its kind.
func (b *builder) checkConcept(c *Concept) {
	pos := b.defined[c]
	switch {
	case c.Kind == "" && b.badKind[c]:
		// reported where the kind is given
	case c.Kind == "":
		b.errs.Add(pos, fmt.Sprintf("[%s] has no kind", c.ID))
	case c.Name == "":
		b.errs.Add(pos, fmt.Sprintf("[%s] has no name", c.ID))
	case c.Kind == KindChapter && c.Source == "":
		b.errs.Add(pos, fmt.Sprintf("[%s] is a chapter with no source", c.ID))
	}
	if c.Category != "" && !slices.Contains(Categories(c.Kind), c.Category) {
		b.errs.Add(b.category[c], fmt.Sprintf("bad category %q for a %s: want one of %s",
			c.Category, c.Kind, strings.Join(Categories(c.Kind), ", ")))
	}
}

// checkGenerics reports a generic that names no drug.
func (b *builder) checkGenerics() {
	for _, r := range b.generics {
		g := b.byID[r.it.text]
		switch {
		case r.c.Generic != r.it.text:
			// replaced by a later file
		case g == nil:
			b.errs.Add(r.it.pos, fmt.Sprintf("generic %q names no concept", r.it.text))
		case g.Kind != KindDrug || g == r.c:
			b.errs.Add(r.it.pos, fmt.Sprintf("generic %q is not another drug", r.it.text))
		}
	}
}

// inheritClass gives a brand without a class its generic's.
func (b *builder) inheritClass() {
	for _, c := range b.concepts {
		if g := b.byID[c.Generic]; c.Class == "" && g != nil && g.Kind == KindDrug {
			c.Class = g.Class
		}
	}
}

// checkAliases reports a name or alias given to two concepts of the same
// kind (and, for chapters, the same source): matching could not choose.
func (b *builder) checkAliases() {
	owner := map[string]*Concept{}
	for _, c := range b.concepts {
		for _, a := range append([]string{c.Name}, c.Aliases...) {
			key := string(c.Kind) + "|" + c.Source + "|" + aliasKey(a)
			other := owner[key]
			if other == nil {
				owner[key] = c
				continue
			}
			if other != c {
				b.errs.Add(b.aliasPos[c][a], fmt.Sprintf("%q already names [%s]", a, other.ID))
			}
		}
	}
}

// aliasKey is the form two aliases share when they match the same words.
func aliasKey(a string) string {
	var stems []string
	for _, t := range Tokenize(a) {
		stems = append(stems, t.Stem)
	}
	return strings.Join(stems, " ")
}
