package lexicon

import (
	_ "embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

//go:generate go test -run ^TestICD10Generated$ -update

// icd10Data is the FY2017 ICD-10-CM code set as an index (icd10data.go),
// written by TestICD10Generated -update from the reference code set.
//
//go:embed data/icd10/icd10cm.zst
var icd10Data []byte

// icd10Terms is the synonym and abbreviation layer (see icd10terms.go).
//
//go:embed data/icd10/terms.lex
var icd10Terms string

// ICD10 is one ICD-10-CM code with its official description, its
// 3-character category and its chapter (1 to 21).
type ICD10 struct {
	Code        string // with the dot: "M51.16"
	Description string
	Category    string
	Chapter     int
}

// Chapter is an ICD-10-CM chapter: its number, first and last category
// and name.
type Chapter struct {
	Number      int
	First, Last string
	Name        string
}

// CodeSet is the ICD-10-CM code set indexed by the words clinicians
// write. It is safe for concurrent use.
type CodeSet struct {
	entries      []codeEntry
	text         string           // the entries' codes and descriptions (the data file's, see icd10data.go)
	extra        []byte           // those of the Alphabetic Index defaults, added at load
	allWords     []uint16         // the entries' word IDs, each entry's in a run (in the data file's text, see readWords)
	extraWords   []uint16         // those of the Alphabetic Index defaults
	allSevenths  []seventh        // the groups' 7th characters, each group's in a run (in the data file's text)
	suffixes     []string         // suffix ID: an encounter ending of a 7th character
	ids          map[string]int32 // stem: its word ID
	vocab        []string         // word ID: its stem
	post         [][]int32        // word ID: the entries whose description has it
	costOf       []float64        // word ID: what it costs when a phrase leaves it out
	codes        int              // the entries of the code set, sorted by code; Index defaults follow
	cats         map[string]category
	chapters     []Chapter
	terms        []*term
	first        map[string][]*term // first written word: the terms it opens
	cost         map[string]float64 // stem: its cost, where a role of the terms sets it
	officialData string             // the index of Official in the data file (see officials)
	officialState
	tallies sync.Pool // of *tally

	byInitial     [256][]int32 // first byte: the IDs of the words descriptions have (see initials)
	byInitialOnce sync.Once
	sketches      []uint64 // entry ID: the sketch bits of its words (see sketchList)
	costly        []uint64 // entry ID: those of its costly words (see costlyList)
	sketchOnce    sync.Once
	codings       codingCache
}

type category struct {
	description string
	chapter     int
}

// codeEntry is a billable code, or a group of billable codes that differ
// only in the 7th character (the encounter), with its description's
// words as stems. It holds no pointers, so that the garbage collector
// need not scan the 71,000 of them: its strings and runs are places in
// the code set's slabs (see codeOf, descOf, wordsOf and seventhsOf).
type codeEntry struct {
	negated   uint64 // bit i: word i follows "without" or "not" (the default state, free to leave out)
	at        uint32 // where the code and the description are in text (or extra, for an Index default), see appendCodeText
	word      uint32 // where its word IDs start in allWords (or extraWords, for an Index default)
	seventh   uint32 // where its 7th characters start in allSevenths
	descLen   uint16
	nwords    uint16
	codeLen   uint8 // the code; for a group, its first six characters and the dot
	nsevenths uint8
	side      uint8 // in sides: where the description says "right", "left" or "bilateral"
	chapter   uint8
	index     bool // an Alphabetic Index default from the terms file
}

// seventh is one 7th character of a group and the encounter its
// description adds (", initial encounter for closed fracture"), by its
// place in suffixes. It is two bytes, as in the data file, which the
// code set reads in place (see readSevenths).
type seventh struct {
	char   byte
	suffix uint8
}

// codeOf returns an entry's code.
func (cs *CodeSet) codeOf(e *codeEntry) string {
	at := e.at + 1
	return cs.textOf(e)[at : at+uint32(e.codeLen)]
}

// descOf returns an entry's description; for a group, without the
// encounter. Its length is a uvarint before it, of one byte or two.
func (cs *CodeSet) descOf(e *codeEntry) string {
	at := e.at + 2 + uint32(e.codeLen)
	if e.descLen >= 0x80 {
		at++
	}
	return cs.textOf(e)[at : at+uint32(e.descLen)]
}

// textOf returns the text an entry's code and description are in (see
// appendCodeText): the data file's, or for an Index default, extra.
func (cs *CodeSet) textOf(e *codeEntry) string {
	if e.index {
		return unsafe.String(unsafe.SliceData(cs.extra), len(cs.extra))
	}
	return cs.text
}

// wordsOf returns the word IDs of an entry's description.
func (cs *CodeSet) wordsOf(e *codeEntry) []uint16 {
	words := cs.allWords
	if e.index {
		words = cs.extraWords
	}
	return words[e.word : e.word+uint32(e.nwords) : e.word+uint32(e.nwords)]
}

// sketchBit returns the bit of a word in the sketch of an entry's
// words: an entry whose sketch lacks it does not have the word.
func sketchBit(w uint16) uint64 {
	return 1 << (w & 63)
}

// sketchList returns, by entry ID, the sketch bits of the entry's words,
// which rank reads to rule words out without reading the entry; made on
// first use.
func (cs *CodeSet) sketchList() []uint64 {
	cs.sketchOnce.Do(cs.sketch)
	return cs.sketches
}

// minCostly is the least a costly word costs when a phrase leaves it
// out.
const minCostly = 0.3

// costlyList returns, by entry ID, the sketch bits of the entry's
// costly words: those it does not negate that cost minCostly or more
// when a phrase leaves them out; made on first use.
func (cs *CodeSet) costlyList() []uint64 {
	cs.sketchOnce.Do(cs.sketch)
	return cs.costly
}

// sketch makes the entries' sketches.
func (cs *CodeSet) sketch() {
	bits := make([]uint64, len(cs.vocab)) // word ID: its sketch bit where it is costly
	for w, c := range cs.costOf {
		if c >= minCostly {
			bits[w] = sketchBit(uint16(w))
		}
	}
	cs.sketches, cs.costly = make([]uint64, len(cs.entries)), make([]uint64, len(cs.entries))
	for i := range cs.entries {
		e := &cs.entries[i]
		var all, costly uint64
		for j, w := range cs.wordsOf(e) {
			all |= sketchBit(w)
			if !e.negates(j) {
				costly |= bits[w]
			}
		}
		cs.sketches[i], cs.costly[i] = all, costly
	}
}

// negates reports whether the entry's word i follows "without" or "not",
// the default state, free to leave out (only the first 64 are told).
func (e *codeEntry) negates(i int) bool { return i < 64 && e.negated&(1<<i) != 0 }

// seventhsOf returns the 7th characters of a group.
func (cs *CodeSet) seventhsOf(e *codeEntry) []seventh {
	return cs.allSevenths[e.seventh : e.seventh+uint32(e.nsevenths) : e.seventh+uint32(e.nsevenths)]
}

var icd10Once = sync.OnceValues(func() (*CodeSet, error) { return loadCodeSet(icd10Data, icd10Terms) })

// ICD10CM returns the embedded FY2017 ICD-10-CM code set, loaded on
// first use.
func ICD10CM() *CodeSet {
	cs, err := icd10Once()
	if err != nil {
		panic("lexicon: the embedded ICD-10-CM data does not load: " + err.Error()) // caught by the package's tests
	}
	return cs
}

// loadCodeSet reads the compact data file (see icd10data.go) and the
// terms file.
func loadCodeSet(data []byte, terms string) (*CodeSet, error) {
	cs, err := decodeCodeSet(data)
	if err != nil {
		return nil, fmt.Errorf("icd10cm data: %w", err)
	}
	var errs ErrorList
	cs.addTerms(parseTerms("terms.lex", terms, &errs))
	cs.setCosts()
	return cs, errs.Err()
}

// newCodeSet returns an empty code set.
func newCodeSet() *CodeSet {
	cs := &CodeSet{ids: map[string]int32{}, cats: map[string]category{},
		first: map[string][]*term{}, cost: map[string]float64{}}
	cs.tallies.New = func() any { return new(tally) }
	return cs
}

// codeBuild is the code set as buildCodeSet reads it from the reference
// code set, for the data file: a code set's words, categories and
// chapters, and its entries with their strings and lists in place.
type codeBuild struct {
	*CodeSet
	built  []builtEntry
	byCode map[string]int32 // code (or code without its 7th character): entry
}

// builtEntry is an entry of a codeBuild (see codeEntry).
type builtEntry struct {
	code     string  // the code; for a group, its first six characters and the dot
	desc     string  // the description; for a group, without the encounter
	words    []int32 // word IDs
	side     string  // "right", "left", "bilateral" where the description says
	negated  uint64  // bit i: words[i] follows "without" or "not"
	sevenths []builtSeventh
}

// builtSeventh is a seventh with its encounter ending.
type builtSeventh struct {
	char   byte
	suffix string
}

// buildCodeSet reads the reference code set (icd10cm.tsv, categories.tsv
// and chapters.tsv, see the reference folder's README) into an index,
// for the data file.
func buildCodeSet(ref fs.FS) (*codeBuild, error) {
	cs := &codeBuild{CodeSet: newCodeSet(), byCode: map[string]int32{}}
	err := eachRow(ref, "chapters.tsv", 4, func(f []string) error {
		n, err := strconv.Atoi(f[0])
		cs.chapters = append(cs.chapters, Chapter{Number: n, First: f[1], Last: f[2], Name: f[3]})
		return err
	})
	if err == nil {
		err = eachRow(ref, "categories.tsv", 5, func(f []string) error {
			n, err := strconv.Atoi(f[3])
			cs.cats[f[0]] = category{description: f[2], chapter: n}
			return err
		})
	}
	if err == nil {
		err = eachRow(ref, "icd10cm.tsv", 3, func(f []string) error {
			if f[1] == "1" {
				cs.addCode(f[0], f[2])
			}
			return nil
		})
	}
	if err == nil && len(cs.built) == 0 {
		err = fmt.Errorf("icd10cm.tsv: no billable codes")
	}
	return cs, err
}

// eachRow calls fn with the fields of each row of a TSV file after its
// header; every row must have n fields.
func eachRow(ref fs.FS, name string, n int, fn func([]string) error) error {
	data, err := fs.ReadFile(ref, name)
	if err != nil {
		return err
	}
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: %d fields, want %d", name, i+1, len(f), n)
		}
		if i > 0 {
			if err := fn(f); err != nil {
				return fmt.Errorf("%s:%d: %w", name, i+1, err)
			}
		}
	}
	return nil
}

// encounters are the endings of the descriptions of 7th characters.
var encounters = []string{", initial encounter", ", subsequent encounter", ", sequela"}

// addCode adds a billable code: to its group when its 7th character is an
// encounter.
func (cs *codeBuild) addCode(code, desc string) {
	if len(code) == 8 {
		for _, e := range encounters {
			if i := strings.Index(desc, e); i > 0 {
				cs.addSeventh(code, desc[:i], builtSeventh{char: code[7], suffix: desc[i:]})
				return
			}
		}
	}
	cs.addEntry(builtEntry{code: code, desc: desc})
}

// addSeventh adds a 7th character to its group, opening the group.
func (cs *codeBuild) addSeventh(code, base string, s builtSeventh) {
	if i, ok := cs.byCode[code[:7]]; ok {
		cs.built[i].sevenths = append(cs.built[i].sevenths, s)
		return
	}
	cs.addEntry(builtEntry{code: code[:7], desc: base, sevenths: []builtSeventh{s}})
}

// addEntry reads an entry's description into the stems of its words,
// taking the side out of them.
func (cs *codeBuild) addEntry(e builtEntry) {
	negated := false
	for _, w := range codeWordsMarked(e.desc) {
		switch {
		case w == ",":
			negated = false
			continue
		case w == "without" || w == "not" || w == "no":
			negated = true
		case w == "right" || w == "left" || w == "bilateral":
			e.side = sideOf(e.side, w)
			continue
		}
		s := cs.intern(cs.stem(w))
		if negated && len(e.words) < 64 {
			e.negated |= 1 << len(e.words)
		}
		e.words = append(e.words, s)
	}
	if _, dup := cs.byCode[e.code]; !dup {
		cs.byCode[e.code] = int32(len(cs.built))
	}
	cs.built = append(cs.built, e)
}

// codeWordsMarked is codeWords keeping each comma as a word.
func codeWordsMarked(text string) []string {
	var out []string
	for i, part := range strings.Split(text, ",") {
		if i > 0 {
			out = append(out, ",")
		}
		out = append(out, codeWords(part)...)
	}
	return out
}

// sideOf joins a side already read with another.
func sideOf(had, w string) string {
	if had != "" && had != w {
		return "bilateral"
	}
	return w
}

// intern returns a stem's word ID, giving it one if it has none.
func (cs *CodeSet) intern(stem string) int32 {
	if id, ok := cs.ids[stem]; ok {
		return id
	}
	id := int32(len(cs.vocab))
	cs.ids[stem] = id
	cs.vocab = append(cs.vocab, stem)
	cs.post = append(cs.post, nil)
	return id
}

// id returns a stem's word ID, or -1 for a stem no description or term
// has.
func (cs *CodeSet) id(stem string) int32 {
	if id, ok := cs.ids[stem]; ok {
		return id
	}
	return -1
}

// ids returns the word IDs of stems.
func (cs *CodeSet) internAll(stems []string) []int32 {
	out := make([]int32, len(stems))
	for i, s := range stems {
		out[i] = cs.intern(s)
	}
	return out
}

// setCosts gives every word what it costs when a phrase leaves it out:
// its role's cost, else more for "other" and "specified", which name
// what the phrase does not, else 0.3.
func (cs *CodeSet) setCosts() {
	cs.costOf = make([]float64, len(cs.vocab))
	for id, w := range cs.vocab {
		c, ok := cs.cost[w]
		switch {
		case ok:
		case w == "other" || w == "specifi":
			c = 0.35
		default:
			c = 0.3
		}
		cs.costOf[id] = c
	}
}

// stem returns the snowball stem of a lower-case word; a word with
// digits is its own stem.
func (cs *CodeSet) stem(w string) string {
	return stem(w, strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0)
}

// addTerms indexes the terms by their first written word, stems their
// meanings, and adds an entry for each Alphabetic Index default.
func (cs *CodeSet) addTerms(ts []*term) {
	cs.terms = ts
	for _, t := range ts {
		cs.roleCost(t)
	}
	for _, t := range ts {
		for i, m := range t.means {
			if c := cs.content(m); len(c) > 0 {
				t.means[i] = c
			} else {
				t.means[i] = cs.stemAll(m)
			}
			t.meanIDs = append(t.meanIDs, cs.internAll(t.means[i]))
		}
		for _, w := range t.words {
			if descriptionOnly[t.role] {
				break
			}
			if !slices.Contains(cs.first[w[0]], t) {
				cs.first[w[0]] = append(cs.first[w[0]], t)
			}
		}
		if _, billable := cs.Lookup(t.code); billable && (t.role == "" || t.role == "status" || t.role == "cause") {
			cs.addDefault(t)
		}
	}
}

// descriptionOnly are the roles of words read in descriptions only.
var descriptionOnly = map[string]bool{"boilerplate": true, "unstated": true}

// content returns the stems of a wording without its joining words.
func (cs *CodeSet) content(ws []string) []string {
	var out []string
	for _, w := range ws {
		s := cs.stem(w)
		if c, ok := cs.cost[s]; !ok || c > 0 {
			out = append(out, s)
		}
	}
	return out
}

// roleCost records what the words of stop, boilerplate, noise and
// unstated terms cost when a phrase leaves them out.
func (cs *CodeSet) roleCost(t *term) {
	c, ok := map[string]float64{"stop": 0, "boilerplate": 0.05, "noise": 0.05, "unstated": 1}[t.role]
	if !ok {
		return
	}
	for _, w := range t.words {
		for _, x := range w {
			cs.cost[cs.stem(x)] = c
		}
	}
}

// addDefault adds an entry for an Alphabetic Index default: the term's
// name codes to its code.
func (cs *CodeSet) addDefault(t *term) {
	c, ok := cs.Lookup(t.code)
	if !ok || len(c.Code) > maxCode || len(c.Description) > maxDesc || len(t.meanIDs[0]) > 65535 || len(cs.vocab) > 1<<16 {
		return
	}
	e := codeEntry{at: uint32(len(cs.extra)), codeLen: uint8(len(c.Code)), descLen: uint16(len(c.Description)),
		word: uint32(len(cs.extraWords)), nwords: uint16(len(t.meanIDs[0])), index: true, chapter: uint8(c.Chapter)}
	cs.extra = appendCodeText(cs.extra, c.Code, c.Description)
	id := int32(len(cs.entries))
	for i, s := range t.meanIDs[0] {
		if !slices.Contains(t.meanIDs[0][:i], s) {
			cs.post[s] = append(cs.post[s], id)
		}
		cs.extraWords = append(cs.extraWords, uint16(s))
	}
	cs.entries = append(cs.entries, e)
}

func (cs *CodeSet) stemAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = cs.stem(w)
	}
	return out
}

// Lookup returns a billable code's description, category and chapter.
// The code may be written without its dot or in lower case.
func (cs *CodeSet) Lookup(code string) (ICD10, bool) {
	code = normalCode(code)
	if len(code) == 8 {
		if e := cs.entry(code[:7]); e != nil {
			for _, s := range cs.seventhsOf(e) {
				if s.char == code[7] {
					return cs.icd10(code, cs.descOf(e)+cs.suffixes[s.suffix]), true
				}
			}
		}
	}
	if e := cs.entry(code); e != nil && e.nsevenths == 0 {
		return cs.icd10(code, cs.descOf(e)), true
	}
	return ICD10{}, false
}

// entry finds the entry of a code (without its 7th character for a
// group), or nil.
func (cs *CodeSet) entry(code string) *codeEntry {
	i := sort.Search(cs.codes, func(i int) bool { return cs.codeOf(&cs.entries[i]) >= code })
	if i < cs.codes && cs.codeOf(&cs.entries[i]) == code {
		return &cs.entries[i]
	}
	return nil
}

// normalCode upper-cases a code, strips spaces and puts in the dot.
func normalCode(code string) string {
	code = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(code), " ", ""))
	if len(code) > 3 && code[3] != '.' {
		code = code[:3] + "." + code[3:]
	}
	return code
}

func (cs *CodeSet) icd10(code, desc string) ICD10 {
	cat := code[:min(3, len(code))]
	return ICD10{Code: code, Description: desc, Category: cat, Chapter: cs.cats[cat].chapter}
}

// Category returns a 3-character category's description and chapter.
func (cs *CodeSet) Category(cat string) (description string, chapter int, ok bool) {
	c, ok := cs.cats[strings.ToUpper(cat)]
	return c.description, c.chapter, ok
}

// Chapters returns the 21 chapters in order.
func (cs *CodeSet) Chapters() []Chapter { return cs.chapters }
