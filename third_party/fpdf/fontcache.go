package fpdf

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"sync"
)

// imrkit patch: a process-wide cache of parsed UTF-8 fonts.
//
// AddUTF8FontFromBytes used to parse the TrueType file and hash its
// definition (a JSON encoding of 65,536 widths) for every document; a
// program that writes many documents with the same fonts spent most of
// its time there. The parse and the ID depend only on the font's bytes and
// its key, so they are made once and shared: the widths are only read.
// GenerateCutFont changes the state of a utf8FontFile while it subsets, so
// every document gets a utf8FontFile of its own over the same bytes.

type utf8FontKey struct {
	data *byte
	n    int
	key  string
}

var utf8Fonts sync.Map // utf8FontKey -> *utf8FontEntry

type utf8FontEntry struct {
	once sync.Once
	def  fontDefType
	err  error
}

// cachedUTF8Font returns the definition of a UTF-8 font, parsed on first
// use, with a fresh subsetter and no used runes.
func cachedUTF8Font(utf8Bytes []byte, fontkey string) (fontDefType, error) {
	k := utf8FontKey{data: &utf8Bytes[0], n: len(utf8Bytes), key: fontkey}
	v, _ := utf8Fonts.LoadOrStore(k, &utf8FontEntry{})
	e := v.(*utf8FontEntry)
	e.once.Do(func() { e.def, e.err = parseUTF8Font(utf8Bytes, fontkey) })
	if e.err != nil {
		return fontDefType{}, e.err
	}
	def := e.def
	def.utf8File = newUTF8Font(&fileReader{readerPosition: 0, array: utf8Bytes})
	return def, nil
}

// parseUTF8Font is what AddUTF8FontFromBytes did for every document.
func parseUTF8Font(utf8Bytes []byte, fontkey string) (fontDefType, error) {
	utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: utf8Bytes})
	if err := utf8File.parseFile(); err != nil {
		return fontDefType{}, err
	}
	desc := FontDescType{
		Ascent:       int(utf8File.Ascent),
		Descent:      int(utf8File.Descent),
		CapHeight:    utf8File.CapHeight,
		Flags:        utf8File.Flags,
		FontBBox:     utf8File.Bbox,
		ItalicAngle:  utf8File.ItalicAngle,
		StemV:        utf8File.StemV,
		MissingWidth: round(utf8File.DefaultWidth),
	}
	def := fontDefType{
		Tp:   "UTF8",
		Name: fontkey,
		Desc: desc,
		Up:   int(round(utf8File.UnderlinePosition)),
		Ut:   round(utf8File.UnderlineThickness),
		Cw:   utf8File.CharWidths,
	}
	var err error
	def.i, err = generateFontID(def)
	return def, err
}

// subset is a font cut to the runes a document uses, compressed, with
// its compressed CIDToGIDMap.
type subset struct {
	font        []byte // compressed
	fontSize    int    // uncompressed
	cidToGidMap []byte // compressed
	lastRune    int
}

// subsetKey is a font's ID and a hash of the runes used.
type subsetKey struct {
	font  string
	runes [sha256.Size]byte
}

// subsets caches cut fonts. Documents of one kind use much the same
// runes; the cache is cleared when it holds maxSubsets, so that a long
// run of documents of other runes keeps memory bounded.
var subsets struct {
	sync.Mutex
	m map[subsetKey]*subset
}

const maxSubsets = 256

// cutFont returns the subset of a font for usedRunes, made with utf on
// first use.
func cutFont(id string, utf *utf8FontFile, usedRunes map[int]int) *subset {
	key := subsetKey{font: id, runes: runesHash(usedRunes)}
	subsets.Lock()
	c, ok := subsets.m[key]
	subsets.Unlock()
	if ok {
		return c
	}
	c = makeSubset(utf, usedRunes)
	subsets.Lock()
	if subsets.m == nil || len(subsets.m) >= maxSubsets {
		subsets.m = map[subsetKey]*subset{}
	}
	subsets.m[key] = c
	subsets.Unlock()
	return c
}

// makeSubset is what putfonts did for every document.
func makeSubset(utf *utf8FontFile, usedRunes map[int]int) *subset {
	stream := utf.GenerateCutFont(usedRunes)
	codes := utf.CodeSymbolDictionary
	delete(codes, 0)
	cidToGidMap := make([]byte, 256*256*2)
	for cc, glyph := range codes {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	c := &subset{fontSize: len(stream), lastRune: utf.LastRune}
	mem := xmem.compress(cidToGidMap)
	c.cidToGidMap = mem.copy()
	mem.release()
	mem = xmem.compress(stream)
	c.font = mem.copy()
	mem.release()
	return c
}

// runesHash hashes the keys and values of usedRunes in key order.
func runesHash(usedRunes map[int]int) [sha256.Size]byte {
	keys := make([]int, 0, len(usedRunes))
	for k := range usedRunes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := make([]byte, 0, 16*len(keys))
	for _, k := range keys {
		b = binary.BigEndian.AppendUint64(b, uint64(k))
		b = binary.BigEndian.AppendUint64(b, uint64(usedRunes[k]))
	}
	return sha256.Sum256(b)
}
