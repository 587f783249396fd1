package lexicon

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// builder gathers the concepts of a load and the errors found on the way.
type builder struct {
	strict   bool // check what needs every file read (see finish)
	errs     ErrorList
	concepts []*Concept
	byID     map[string]*Concept
	defined  map[*Concept]Position // the section that first defined a concept
	category map[*Concept]Position // where a concept's category was set
	badKind  map[*Concept]bool     // concepts whose kind was given but not valid
	written  []written             // where names and aliases were written
	generics []ref
	alts     []ref // alternatives = values, checked when every file is read
}

// ref is a generic = value waiting for every concept to be loaded.
type ref struct {
	c  *Concept
	it item
}

func newBuilder(strict bool) *builder {
	return &builder{
		strict:   strict,
		byID:     map[string]*Concept{},
		defined:  map[*Concept]Position{},
		category: map[*Concept]Position{},
		badKind:  map[*Concept]bool{},
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
	if !kindLater(entries) {
		return entries
	}
	out := slices.Clone(entries)
	slices.SortStableFunc(out, func(a, b entry) int {
		return boolInt(b.key == "kind") - boolInt(a.key == "kind")
	})
	return out
}

// kindLater reports whether a kind entry comes after another entry.
func kindLater(entries []entry) bool {
	for i := 1; i < len(entries); i++ {
		if entries[i].key == "kind" {
			return true
		}
	}
	return false
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
	"category":     {KindService, KindDrug, KindDiagnosis},
	"class":        {KindDrug},
	"generic":      {KindDrug},
	"alternatives": {KindService, KindDrug},
	"source":       {KindChapter},
	"left":         {KindBodyPart},
	"right":        {KindBodyPart},
	"bilateral":    {KindBodyPart},
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
	case "alternatives":
		for _, it := range items {
			c.Alternatives = appendNew(c.Alternatives, it.text)
			b.alts = append(b.alts, ref{c, it})
		}
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
	if !slices.ContainsFunc(e.items, func(it item) bool { return it.text == "" }) {
		return e.items
	}
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

// written is a name or alias of a concept and where it was written.
type written struct {
	c    *Concept
	text string
	pos  Position
}

// notePos remembers where a name or alias was written, for the check of
// aliases that name two concepts.
func (b *builder) notePos(c *Concept, it item) {
	if !b.strict {
		return
	}
	b.written = append(b.written, written{c, it.text, it.pos})
}

// writtenAt returns where a name or alias of c was last written.
func (b *builder) writtenAt(c *Concept, text string) Position {
	for i := len(b.written) - 1; i >= 0; i-- {
		if w := &b.written[i]; w.c == c && w.text == text {
			return w.pos
		}
	}
	return Position{}
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

// finish checks what needs every file read, then builds the lexicon. A
// builder that is not strict leaves out the checks, which only add
// errors: the embedded files alone are checked by the package's tests.
func (b *builder) finish() (*Lexicon, error) {
	if b.strict {
		for _, c := range b.concepts {
			b.checkConcept(c)
		}
		b.checkGenerics()
		b.checkAlternatives()
	}
	b.inheritClass()
	if b.strict {
		b.checkAliases()
	}
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

// checkAlternatives reports an alternative that names no other service
// or drug.
func (b *builder) checkAlternatives() {
	for _, r := range b.alts {
		a := b.byID[r.it.text]
		switch {
		case a == nil:
			b.errs.Add(r.it.pos, fmt.Sprintf("alternative %q names no concept", r.it.text))
		case a == r.c || a.Kind != KindService && a.Kind != KindDrug:
			b.errs.Add(r.it.pos, fmt.Sprintf("alternative %q is not another service or drug", r.it.text))
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
	owner := make(map[string]*Concept, 2*len(b.concepts))
	var s keyScratch
	for _, c := range b.concepts {
		b.checkAlias(owner, c, c.Name, &s)
		for _, a := range c.Aliases {
			b.checkAlias(owner, c, a, &s)
		}
	}
}

// checkAlias reports alias a of c when another concept has it.
func (b *builder) checkAlias(owner map[string]*Concept, c *Concept, a string, s *keyScratch) {
	key := s.aliasKey(c, a)
	other := owner[string(key)]
	if other == nil {
		owner[string(key)] = c
		return
	}
	if other != c {
		b.errs.Add(b.writtenAt(c, a), fmt.Sprintf("%q already names [%s]", a, other.ID))
	}
}

// keyScratch holds the buffers making alias keys reuses.
type keyScratch struct {
	toks []tok
	key  []byte
}

// aliasKey is the form two aliases of c's kind and source share when
// they match the same words: their stems.
func (s *keyScratch) aliasKey(c *Concept, a string) []byte {
	s.key = append(append(append(append(s.key[:0], c.Kind...), '|'), c.Source...), '|')
	s.toks = scanInto(s.toks[:0], a)
	for i := range s.toks {
		if i > 0 {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, s.toks[i].stemmed()...)
	}
	return s.key
}
