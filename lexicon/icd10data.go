package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

// The data file is the index the code set builds (buildCodeSet), so that
// loading it is reading, not tokenizing and stemming 71,486
// descriptions: one zstd frame (which decodes several times faster than
// gzip, into one buffer that the strings of the code set are slices of)
// holding a magic line, then uvarints and length-prefixed strings:
//
//	chapters:   count, then number, first, last, name
//	categories: count, then category, chapter, description
//	words:      count, then each stem (a word ID is its place)
//	suffixes:   count, then each encounter ending of a 7th character
//	entries:    count, total of word IDs, total of 7th characters, then
//	            code, description, side (0 none, 1 right, 2 left,
//	            3 bilateral), negated, word count and word IDs, 7th
//	            character count and each character and suffix
//
// Entries are sorted by code, and descriptions are ASCII (Official reads
// their words in place). The posting lists are made at load. The bytes
// of the file depend on the zstd encoder's version: after an update of
// klauspost/compress, go generate may write a different file that reads
// the same.

const icd10Magic = "imrkit icd10cm index 2\n"

var sides = []string{"", "right", "left", "bilateral"}

// encodeCodeSet writes the data file of a built code set.
func encodeCodeSet(cs *CodeSet) ([]byte, error) {
	slices.SortStableFunc(cs.entries, func(a, b codeEntry) int { return strings.Compare(a.code, b.code) })
	var w dataWriter
	w.b = append(w.b, icd10Magic...)
	w.uint(len(cs.chapters))
	for _, c := range cs.chapters {
		w.uint(c.Number)
		w.str(c.First, c.Last, c.Name)
	}
	cats := make([]string, 0, len(cs.cats))
	for c := range cs.cats {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	w.uint(len(cats))
	for _, c := range cats {
		w.str(c)
		w.uint(cs.cats[c].chapter)
		w.str(cs.cats[c].description)
	}
	w.uint(len(cs.vocab))
	w.str(cs.vocab...)
	suffixes, ids := suffixTable(cs.entries)
	w.uint(len(suffixes))
	w.str(suffixes...)
	w.uint(len(cs.entries))
	words, sevenths := 0, 0
	for _, e := range cs.entries {
		words += len(e.words)
		sevenths += len(e.sevenths)
	}
	w.uint(words)
	w.uint(sevenths)
	for _, e := range cs.entries {
		if !isASCII(e.desc) {
			return nil, fmt.Errorf("%s: description %q is not ASCII", e.code, e.desc)
		}
		w.entry(&e, ids)
	}
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(4<<20))
	if err != nil {
		return nil, err
	}
	return zw.EncodeAll(w.b, nil), nil
}

// suffixTable numbers the encounter endings of the entries.
func suffixTable(es []codeEntry) ([]string, map[string]int) {
	ids := map[string]int{}
	var out []string
	for _, e := range es {
		for _, s := range e.sevenths {
			if _, ok := ids[s.suffix]; !ok {
				ids[s.suffix] = len(out)
				out = append(out, s.suffix)
			}
		}
	}
	return out, ids
}

// dataWriter appends uvarints and length-prefixed strings.
type dataWriter struct{ b []byte }

func (w *dataWriter) uint(n int) { w.b = binary.AppendUvarint(w.b, uint64(n)) }

func (w *dataWriter) str(ss ...string) {
	for _, s := range ss {
		w.uint(len(s))
		w.b = append(w.b, s...)
	}
}

func (w *dataWriter) entry(e *codeEntry, suffix map[string]int) {
	w.str(e.code, e.desc)
	w.uint(slices.Index(sides, e.side))
	w.b = binary.AppendUvarint(w.b, e.negated)
	w.uint(len(e.words))
	for _, id := range e.words {
		w.uint(int(id))
	}
	w.uint(len(e.sevenths))
	for _, s := range e.sevenths {
		w.b = append(w.b, s.char)
		w.uint(suffix[s.suffix])
	}
}

// errData is a data file that does not read.
var errData = errors.New("malformed index")

// dataReader reads what dataWriter wrote, out of one string, so that
// strings are slices of it; the first error sticks.
type dataReader struct {
	s   string
	err error
}

func (r *dataReader) uint() int {
	n := r.u64()
	if n > 1<<31 {
		r.fail()
		return 0
	}
	return int(n)
}

// u64 reads a uvarint.
func (r *dataReader) u64() uint64 {
	var n uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		n |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			return n
		}
	}
	r.fail()
	return 0
}

func (r *dataReader) str() string {
	n := r.uint()
	if n > len(r.s) {
		r.fail()
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

func (r *dataReader) byte() byte {
	if len(r.s) == 0 {
		r.fail()
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

func (r *dataReader) fail() {
	if r.err == nil {
		r.err = errData
	}
	r.s = ""
}

// decodeCodeSet reads a data file into a code set.
func decodeCodeSet(data []byte) (*CodeSet, error) {
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	raw, err := zr.DecodeAll(data, nil)
	zr.Close()
	if err != nil {
		return nil, err
	}
	// The buffer is never written again: the code set's strings are
	// slices of it.
	text, ok := strings.CutPrefix(unsafe.String(unsafe.SliceData(raw), len(raw)), icd10Magic)
	if !ok {
		return nil, fmt.Errorf("%w: not an imrkit ICD-10-CM index", errData)
	}
	cs := newCodeSet()
	r := &dataReader{s: text}
	cs.readHead(r)
	counts := cs.readEntries(r)
	if r.err == nil && (len(cs.entries) == 0 || r.s != "") {
		r.err = fmt.Errorf("%w: %d entries, %d bytes left over", errData, len(cs.entries), len(r.s))
	}
	if r.err != nil {
		return nil, r.err
	}
	cs.postings(counts)
	return cs, nil
}

// readHead reads the chapters, categories, words and suffixes.
func (cs *CodeSet) readHead(r *dataReader) {
	for n := r.uint(); n > 0 && r.err == nil; n-- {
		c := Chapter{Number: r.uint()}
		c.First, c.Last, c.Name = r.str(), r.str(), r.str()
		cs.chapters = append(cs.chapters, c)
	}
	n := r.uint()
	cs.cats = make(map[string]category, min(n, 1<<16))
	for ; n > 0 && r.err == nil; n-- {
		k := r.str()
		ch := r.uint()
		cs.cats[k] = category{chapter: ch, description: r.str()}
	}
	n = r.uint()
	cs.vocab = make([]string, 0, min(n, 1<<20))
	cs.post = make([][]int32, 0, min(n, 1<<20))
	cs.ids = make(map[string]int32, min(n, 1<<20))
	for ; n > 0 && r.err == nil; n-- {
		cs.intern(r.str())
	}
}

// readEntries reads the suffixes and the entries, and returns for each
// word ID how many entries have it (at ID+1, see postings).
func (cs *CodeSet) readEntries(r *dataReader) []int32 {
	suffixes := make([]string, r.uint())
	for i := range suffixes {
		suffixes[i] = r.str()
	}
	n, nwords, nsevenths := r.uint(), r.uint(), r.uint()
	cs.entries = make([]codeEntry, 0, min(n, 1<<20)+64)
	words := make([]int32, 0, min(nwords, 1<<24))
	sevenths := make([]seventh, 0, min(nsevenths, 1<<20))
	counts := make([]int32, len(cs.vocab)+1)
	last := make([]int32, len(cs.vocab)) // word ID: the last entry that had it, plus one
	cat, chapter := "", 0
	for ; n > 0 && r.err == nil; n-- {
		e := codeEntry{code: r.str(), desc: r.str()}
		if s := r.uint(); s < len(sides) {
			e.side = sides[s]
		} else {
			r.fail()
		}
		e.negated = r.u64()
		start := len(words)
		mark := int32(len(cs.entries) + 1)
		for k := r.uint(); k > 0 && r.err == nil; k-- {
			id := r.uint()
			if id >= len(cs.vocab) {
				r.fail()
				break
			}
			words = append(words, int32(id))
			if last[id] != mark {
				last[id] = mark
				counts[id+1]++
			}
		}
		e.words = words[start:len(words):len(words)]
		from := len(sevenths)
		for k := r.uint(); k > 0 && r.err == nil; k-- {
			c, id := r.byte(), r.uint()
			if id >= len(suffixes) {
				r.fail()
				break
			}
			sevenths = append(sevenths, seventh{char: c, suffix: suffixes[id]})
		}
		if len(sevenths) > from {
			e.sevenths = sevenths[from:len(sevenths):len(sevenths)]
		}
		if c := e.code[:min(3, len(e.code))]; c != cat {
			cat, chapter = c, cs.cats[c].chapter
		}
		e.chapter = chapter
		cs.entries = append(cs.entries, e)
	}
	cs.codes = len(cs.entries)
	return counts
}

// postings makes, for each word, the list of the entries that have it,
// in one array, from the counts readEntries made.
func (cs *CodeSet) postings(counts []int32) {
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	all := make([]int32, counts[len(counts)-1])
	fill := slices.Clone(counts)
	for i := range cs.entries {
		for _, id := range cs.entries[i].words {
			// An entry's IDs go in in order: one it already put in is last.
			if f := fill[id]; f == counts[id] || all[f-1] != int32(i) {
				all[f] = int32(i)
				fill[id]++
			}
		}
	}
	for id := range cs.vocab {
		cs.post[id] = all[counts[id]:counts[id+1]:counts[id+1]]
	}
}
