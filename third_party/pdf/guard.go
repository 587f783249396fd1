// Caches and bounds added for imrkit: resolved objects and decoded object
// streams are kept per Reader, sizes a file declares are checked before
// allocating, and objects the cross-reference table misplaces are found
// by scanning the file for their headers.

package pdf

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"sync"
)

const (
	// maxXrefSections bounds the cross-reference sections a /Prev chain
	// may link.
	maxXrefSections = 1000
	// maxObjStmDepth bounds object streams kept in object streams and
	// /Extends chains.
	maxObjStmDepth = 32
	// maxObjStmBytes bounds the decoded size of one object stream.
	maxObjStmBytes = 64 << 20
)

// guard is the state the caches and the repair scan keep; its zero value
// is ready to use, and it is safe for concurrent use.
type guard struct {
	mu      sync.Mutex
	objects map[objptr]object
	objStms map[objptr]*objStm
	scan    map[objptr]int64 // object headers found by scanning; nil before
	damage  []string
}

// objStm is a decoded object stream: its data, where its objects start
// (relative to first) and the offset of the first.
type objStm struct {
	data    []byte
	offsets map[uint32]int64
	first   int64
}

// newBytesBuffer returns a buffer reading data in place, at EOF after it.
func newBytesBuffer(data []byte) *buffer {
	b := placedBuffer(data, int64(len(data)))
	b.allowEOF = true
	return b
}

// placedBuffer returns a buffer reading data in place, data ending at
// offset end. Empty data gets a buffer of its own at end instead, as
// reload divides by the buffer's size.
func placedBuffer(data []byte, end int64) *buffer {
	if len(data) == 0 {
		return newBuffer(bytes.NewReader(nil), end)
	}
	return &buffer{r: eofReader{}, buf: data[:len(data):len(data)], offset: end, allowObjptr: true, allowStream: true}
}

// readStream reads a stream's raw data into dst when it has room, else
// in one allocation when its size is known.
func readStream(rd io.Reader, dst []byte) ([]byte, error) {
	var size int64
	switch r := rd.(type) {
	case *io.SectionReader:
		size = r.Size()
	case *bytes.Reader: // a stream of a file held in memory
		size = int64(r.Len())
	default:
		return io.ReadAll(rd)
	}
	data := dst[:0]
	if int64(cap(dst)) < size {
		data = make([]byte, size)
	}
	data = data[:size]
	n, err := io.ReadFull(rd, data)
	if err == io.ErrUnexpectedEOF {
		err = nil
	}
	return data[:n], err
}

// maxObjects returns the largest object count a file of its size may
// declare: a table entry costs 20 bytes, an object in an object stream a
// few, so a larger count is a damaged or hostile file.
func (r *Reader) maxObjects() int64 { return 1<<20 + r.end }

// Damage returns what the reader had to work around to read the objects
// asked for so far (a wrong cross-reference table, a stream length
// missing), each said once; empty for a sound file.
func (r *Reader) Damage() []string {
	r.g.mu.Lock()
	defer r.g.mu.Unlock()
	return append([]string(nil), r.g.damage...)
}

// noteDamage records a work-around, once.
func (r *Reader) noteDamage(msg string) {
	r.g.mu.Lock()
	defer r.g.mu.Unlock()
	for _, d := range r.g.damage {
		if d == msg {
			return
		}
	}
	r.g.damage = append(r.g.damage, msg)
}

func (r *Reader) cached(ptr objptr) (object, bool) {
	r.g.mu.Lock()
	defer r.g.mu.Unlock()
	obj, ok := r.g.objects[ptr]
	return obj, ok
}

func (r *Reader) store(ptr objptr, obj object) {
	r.g.mu.Lock()
	defer r.g.mu.Unlock()
	if r.g.objects == nil {
		r.g.objects = make(map[objptr]object)
	}
	r.g.objects[ptr] = obj
}

// objectStream decodes the object stream strm once and indexes it.
func (r *Reader) objectStream(strm Value) *objStm {
	if strm.Kind() != Stream || strm.Key("Type").Name() != "ObjStm" {
		panic(fmt.Errorf("malformed PDF: object stream missing"))
	}
	ptr := strm.data.(stream).ptr
	r.g.mu.Lock()
	os := r.g.objStms[ptr]
	r.g.mu.Unlock()
	if os != nil {
		return os
	}
	os = decodeObjStm(strm)
	r.g.mu.Lock()
	defer r.g.mu.Unlock()
	if r.g.objStms == nil {
		r.g.objStms = make(map[objptr]*objStm)
	}
	r.g.objStms[ptr] = os
	return os
}

// readCopy is io.ReadAll of at most limit bytes of rd, read into a pooled
// scratch and returned in a copy of its size: grown as it is read, the
// data took about twice its size in allocations.
func readCopy(rd io.Reader, limit int) ([]byte, error) {
	buf := byteBufs.Get().(*[]byte) // the scratch it reads into
	data, err := (*buf)[:0], error(nil)
	for len(data) < limit {
		if len(data) == cap(data) {
			data = slices.Grow(data, min(max(cap(data), 4096), limit-len(data)))
		}
		var n int
		n, err = rd.Read(data[len(data):min(cap(data), limit)])
		data = data[:len(data)+n]
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		err = nil
	}
	out := bytes.Clone(data)
	*buf = data
	releaseBuf(buf)
	return out, err
}

// decodeObjStm reads an object stream's data and the header of pairs
// "id offset" that starts it.
func decodeObjStm(strm Value) *objStm {
	rd := strm.Reader()
	defer rd.Close()
	data, err := readCopy(rd, maxObjStmBytes+1)
	if err != nil && len(data) == 0 {
		panic(fmt.Errorf("malformed PDF: object stream unreadable: %v", err))
	}
	if len(data) > maxObjStmBytes {
		panic(fmt.Errorf("malformed PDF: object stream larger than %d bytes", maxObjStmBytes))
	}
	n := strm.Key("N").Int64()
	first := strm.Key("First").Int64()
	if first <= 0 || first > int64(len(data)) || n < 0 || n > int64(len(data)) {
		panic(fmt.Errorf("malformed PDF: object stream header out of range"))
	}
	os := &objStm{data: data, first: first, offsets: make(map[uint32]int64, n)}
	b := newBytesBuffer(data[:first])
	for i := int64(0); i < n; i++ {
		id, ok1 := b.readToken().(int64)
		off, ok2 := b.readToken().(int64)
		if !ok1 || !ok2 {
			break
		}
		if _, dup := os.offsets[uint32(id)]; !dup && off >= 0 {
			os.offsets[uint32(id)] = off
		}
	}
	return os
}

// objHeader matches "N G obj" not glued to a number before it (writers
// put it at the start of a line, some straight after "endobj"), as
// poppler's and qpdf's repair look for it.
// It is compiled when first needed: most files need no scan.
var objHeader = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[^0-9.+-])(\d{1,10})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b`)
})

// scanned returns where a scan of the file finds the header of object
// ptr (the last one, as later updates win).
func (r *Reader) scanned(ptr objptr) (int64, bool) {
	r.g.mu.Lock()
	defer r.g.mu.Unlock()
	if r.g.scan == nil {
		r.g.scan = r.scanHeaders()
	}
	off, ok := r.g.scan[ptr]
	return off, ok
}

// scanHeaders finds every object header in the file.
func (r *Reader) scanHeaders() map[objptr]int64 {
	data := make([]byte, r.end)
	n, _ := r.f.ReadAt(data, 0)
	data = data[:n]
	found := make(map[objptr]int64)
	for _, m := range objHeader().FindAllSubmatchIndex(data, -1) {
		id, err1 := strconv.ParseUint(string(data[m[2]:m[3]]), 10, 32)
		gen, err2 := strconv.ParseUint(string(data[m[4]:m[5]]), 10, 16)
		if err1 == nil && err2 == nil {
			found[objptr{uint32(id), uint16(gen)}] = int64(m[2])
		}
	}
	return found
}

// streamLength returns the length of stream x's data: its /Length when
// that fits the file, else the bytes up to "endstream" (a /Length that is
// missing, points to a missing object or runs past the end).
func (v Value) streamLength(x stream) int64 {
	if l := v.Key("Length"); l.Kind() == Integer && l.Int64() >= 0 && l.Int64() <= v.r.end-x.offset {
		return l.Int64()
	}
	n := v.r.endstream(x.offset)
	v.r.noteDamage("stream length missing or wrong: read up to endstream")
	return n
}

// endstream returns how far from off the next "endstream" keyword is,
// less the end of line before it; the rest of the file when there is none.
func (r *Reader) endstream(off int64) int64 {
	const chunk = 1 << 16
	buf := make([]byte, 0, chunk)
	for pos := off; pos < r.end; pos += chunk - 16 {
		buf = buf[:min(chunk, r.end-pos)]
		n, _ := r.f.ReadAt(buf, pos)
		if i := bytes.Index(buf[:n], []byte("endstream")); i >= 0 {
			end := pos + int64(i)
			return trimEOL(r, off, end) - off
		}
		if int64(n) < int64(len(buf)) {
			break
		}
	}
	return r.end - off
}

// trimEOL steps back over the end of line before end.
func trimEOL(r *Reader, off, end int64) int64 {
	var c [1]byte
	for i := 0; i < 2 && end > off; i++ {
		if _, err := r.f.ReadAt(c[:], end-1); err != nil || (c[0] != '\n' && c[0] != '\r') {
			break
		}
		end--
	}
	return end
}

// Ref returns the object number and generation of a stream, or of the
// object another value was read from (0, 0 for the trailer's values).
func (v Value) Ref() (id uint32, gen uint16) {
	if s, ok := v.data.(stream); ok {
		return s.ptr.id, s.ptr.gen
	}
	return v.ptr.id, v.ptr.gen
}

// KeyRef returns the reference stored under key in the dictionary (or
// stream dictionary) v, without reading the object it points to; ok is
// false when the entry is missing or written in place.
func (v Value) KeyRef(key string) (id uint32, gen uint16, ok bool) {
	x, isDict := v.data.(dict)
	if !isDict {
		s, isStream := v.data.(stream)
		if !isStream {
			return 0, 0, false
		}
		x = s.hdr
	}
	ptr, ok := x[name(key)].(objptr)
	return ptr.id, ptr.gen, ok
}
