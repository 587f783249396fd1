package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"github.com/imrkit/imrkit/internal/textpat"
	"github.com/klauspost/compress/zstd"
)

// The data file is the index the code set builds (buildCodeSet), so that
// loading it is reading, not tokenizing and stemming 71,486
// descriptions: one zstd frame (which decodes several times faster than
// gzip, into one buffer that the strings of the code set are slices of;
// without a checksum, as the file is embedded and tested) holding a
// magic line, then uvarints and length-prefixed strings:
//
//	chapters:   count, then number, first, last, name
//	categories: count, then category, chapter, description
//	words:      count, then each stem (a word ID is its place)
//	suffixes:   count, then each encounter ending of a 7th character
//	entries:    count, total of word IDs, total of 7th characters, then
//	            code, description, side (0 none, 1 right, 2 left,
//	            3 bilateral), negated, word count, 7th character count
//	word IDs:   the length of a padding (0 or 1) and the padding, then
//	            each entry's word IDs, two bytes each, little endian
//	sevenths:   each group's 7th characters and their suffix IDs, a
//	            byte each
//	officials:  the length of the rest, then the count of their
//	            entries, the count of first words, then each first word
//	            (in lower case), its count of entries and the gaps
//	            between them
//
// Entries are sorted by code, and descriptions are ASCII (Official reads
// their words in place); the word IDs and 7th characters are read in
// place too (the word IDs where the machine is little endian). The
// officials are the index of Official (see officials), read at its first
// use; the posting lists are made at load.
// The bytes of the file depend on the zstd encoder's version: after an
// update of klauspost/compress, go generate may write a different file
// that reads the same.

const icd10Magic = "imrkit icd10cm index 5\n"

var sides = []string{"", "right", "left", "bilateral"}

// encodeCodeSet writes the data file of a built code set.
func encodeCodeSet(cs *codeBuild) ([]byte, error) {
	slices.SortStableFunc(cs.built, func(a, b builtEntry) int { return strings.Compare(a.code, b.code) })
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
	suffixes, ids := suffixTable(cs.built)
	w.uint(len(suffixes))
	w.str(suffixes...)
	w.uint(len(cs.built))
	words, sevenths := 0, 0
	for _, e := range cs.built {
		words += len(e.words)
		sevenths += len(e.sevenths)
	}
	w.uint(words)
	w.uint(sevenths)
	if len(cs.vocab) > 1<<16 || len(suffixes) > 1<<8 {
		return nil, fmt.Errorf("%d words and %d suffixes, more than IDs of 16 and 8 bits number", len(cs.vocab), len(suffixes))
	}
	for _, e := range cs.built {
		if err := w.entry(&e); err != nil {
			return nil, err
		}
	}
	w.words(cs.built)
	for _, e := range cs.built {
		for _, s := range e.sevenths {
			w.b = append(w.b, s.char, byte(ids[s.suffix]))
		}
	}
	var o dataWriter
	o.officials(cs.built)
	w.str(string(o.b))
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(4<<20), zstd.WithEncoderCRC(false))
	if err != nil {
		return nil, err
	}
	return zw.EncodeAll(w.b, nil), nil
}

// suffixTable numbers the encounter endings of the entries.
func suffixTable(es []builtEntry) ([]string, map[string]int) {
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

func (w *dataWriter) entry(e *builtEntry) error {
	switch {
	case !isASCII(e.desc):
		return fmt.Errorf("%s: description %q is not ASCII", e.code, e.desc)
	case len(e.code) > maxCode || len(e.desc) > maxDesc || len(e.words) > 65535 || len(e.sevenths) > 255:
		return fmt.Errorf("%s: too long for an entry", e.code)
	}
	w.b = appendCodeText(w.b, e.code, e.desc)
	w.uint(slices.Index(sides, e.side))
	w.b = binary.AppendUvarint(w.b, e.negated)
	w.uint(len(e.words))
	w.uint(len(e.sevenths))
	return nil
}

// words writes the word IDs of the entries, two bytes each, little
// endian, after a padding that puts them at an even place, so that the
// code set reads them in place (see readWords).
func (w *dataWriter) words(es []builtEntry) {
	pad := (len(w.b) + 1) % 2
	w.uint(pad)
	w.b = append(w.b, make([]byte, pad)...)
	for _, e := range es {
		for _, id := range e.words {
			w.b = binary.LittleEndian.AppendUint16(w.b, uint16(id))
		}
	}
}

// maxCode and maxDesc are the longest code and description an entry
// holds: their lengths are uvarints of one byte and of at most two.
const maxCode, maxDesc = 1<<7 - 1, 1<<14 - 1

// appendCodeText appends a code and a description as an entry's text:
// the length of the code, the code, the length of the description (see
// descOf) and the description.
func appendCodeText(b []byte, code, desc string) []byte {
	b = append(binary.AppendUvarint(b, uint64(len(code))), code...)
	return append(binary.AppendUvarint(b, uint64(len(desc))), desc...)
}

// officials writes the index of Official (see CodeSet.officials): for
// each first word, in order, the entries it opens.
func (w *dataWriter) officials(es []builtEntry) {
	var firsts []string
	lists, total := map[string][]int{}, 0
	for i, e := range es {
		if !isOfficial(e.desc) {
			continue
		}
		from, to := nextWord(e.desc, 0)
		first := textpat.Lower(e.desc[from:to])
		if _, ok := lists[first]; !ok {
			firsts = append(firsts, first)
		}
		lists[first] = append(lists[first], i)
		total++
	}
	slices.Sort(firsts)
	w.uint(total)
	w.uint(len(firsts))
	for _, f := range firsts {
		w.str(f)
		w.uint(len(lists[f]))
		last := 0
		for _, i := range lists[f] {
			w.uint(i - last)
			last = i
		}
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
	if len(r.s) > 0 && r.s[0] < 0x80 { // most are one byte
		n := r.s[0]
		r.s = r.s[1:]
		return int(n)
	}
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
	text := unsafe.String(unsafe.SliceData(raw), len(raw))
	if !strings.HasPrefix(text, icd10Magic) || len(text) >= 1<<32 {
		return nil, fmt.Errorf("%w: not an imrkit ICD-10-CM index", errData)
	}
	cs := newCodeSet()
	cs.text = text
	r := &dataReader{s: text[len(icd10Magic):]}
	cs.readHead(r)
	cs.readEntries(r)
	cs.officialData = r.str()
	if r.err == nil && (len(cs.entries) == 0 || r.s != "") {
		r.err = fmt.Errorf("%w: %d entries, %d bytes left over", errData, len(cs.entries), len(r.s))
	}
	if r.err != nil {
		return nil, r.err
	}
	cs.postings()
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
	cs.suffixes = make([]string, min(r.uint(), 1<<16))
	for i := range cs.suffixes {
		cs.suffixes[i] = r.str()
	}
}

// readEntries reads the entries and their word IDs.
func (cs *CodeSet) readEntries(r *dataReader) {
	n, nwords, nsevenths := r.uint(), r.uint(), r.uint()
	// Room for the Index defaults the terms add (see addDefault), so that
	// adding them does not copy the entries.
	cs.entries = make([]codeEntry, 0, min(n, 1<<20)+1<<10)
	cat, chapter, words, sevenths := "", 0, 0, 0
	for ; n > 0 && r.err == nil; n-- {
		e := cs.readEntry(r)
		if r.err != nil {
			break
		}
		e.word, e.seventh = uint32(words), uint32(sevenths)
		words += int(e.nwords)
		sevenths += int(e.nsevenths)
		if c := cs.codeOf(&e)[:min(3, int(e.codeLen))]; c != cat {
			cat, chapter = c, cs.cats[c].chapter
		}
		e.chapter = uint8(chapter)
		cs.entries = append(cs.entries, e)
	}
	cs.codes = len(cs.entries)
	if words != nwords || sevenths != nsevenths {
		r.fail()
	}
	cs.readWords(r, words)
	cs.readSevenths(r, sevenths)
}

// readWords reads the word IDs of the entries: in place (the buffer is
// never written again), or on a big-endian machine into a copy.
func (cs *CodeSet) readWords(r *dataReader, n int) {
	pad := r.uint()
	if pad > 1 || pad+2*n > len(r.s) {
		r.fail()
		return
	}
	b := r.s[pad : pad+2*n]
	r.s = r.s[pad+2*n:]
	if n == 0 {
		return
	}
	p := unsafe.StringData(b)
	if uintptr(unsafe.Pointer(p))%2 == 0 && binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		cs.allWords = unsafe.Slice((*uint16)(unsafe.Pointer(p)), n)
	} else {
		cs.allWords = make([]uint16, n)
		for i := range cs.allWords {
			cs.allWords[i] = binary.LittleEndian.Uint16([]byte(b[2*i : 2*i+2]))
		}
	}
	for _, id := range cs.allWords {
		if int(id) >= len(cs.vocab) {
			r.fail()
			return
		}
	}
}

// readSevenths reads the 7th characters of the groups, in place.
func (cs *CodeSet) readSevenths(r *dataReader, n int) {
	if 2*n > len(r.s) {
		r.fail()
		return
	}
	b := r.s[:2*n]
	r.s = r.s[2*n:]
	if n == 0 {
		return
	}
	cs.allSevenths = unsafe.Slice((*seventh)(unsafe.Pointer(unsafe.StringData(b))), n)
	for _, s := range cs.allSevenths {
		if int(s.suffix) >= len(cs.suffixes) {
			r.fail()
			return
		}
	}
}

// readEntry reads one entry but for its word IDs and 7th characters.
func (cs *CodeSet) readEntry(r *dataReader) codeEntry {
	at := len(cs.text) - len(r.s)
	code, desc := r.str(), r.str()
	if len(code) > maxCode || len(desc) > maxDesc {
		r.fail()
	}
	e := codeEntry{at: uint32(at), codeLen: uint8(len(code)), descLen: uint16(len(desc))}
	if s := r.uint(); s < len(sides) {
		e.side = uint8(s)
	} else {
		r.fail()
	}
	e.negated = r.u64()
	nwords, nsevenths := r.uint(), r.uint()
	if nwords > 65535 || nsevenths > 255 {
		r.fail()
	}
	e.nwords, e.nsevenths = uint16(nwords), uint8(nsevenths)
	return e
}

// postings makes, for each word, the list of the entries that have it,
// in one array.
func (cs *CodeSet) postings() {
	counts := make([]int32, len(cs.vocab)+1) // word ID+1: how many entries have it
	last := make([]int32, len(cs.vocab))     // word ID: the last entry that had it, plus one
	for i := range cs.entries {
		mark := int32(i + 1)
		for _, id := range cs.wordsOf(&cs.entries[i]) {
			if last[id] != mark {
				last[id] = mark
				counts[id+1]++
			}
		}
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	all := make([]int32, counts[len(counts)-1])
	fill := slices.Clone(counts)
	for i := range cs.entries {
		for _, id := range cs.wordsOf(&cs.entries[i]) {
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

// A seventh is read in place: it must be two bytes.
var _ [2]struct{} = [unsafe.Sizeof(seventh{})]struct{}{}
