// Stream filters and predictors added for imrkit: LZWDecode,
// RunLengthDecode, ASCIIHexDecode, and the PNG predictors of any row
// type, each bounded in what it allocates from numbers the file declares.

package pdf

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/klauspost/compress/zlib"
	"golang.org/x/image/tiff/lzw"
)

// maxRowBytes bounds the row a predictor keeps (Columns x Colors x
// BitsPerComponent / 8): a file declaring a huge /Columns must not make
// the reader allocate it.
const maxRowBytes = 1 << 22

// errPredictor is returned for predictor parameters out of range.
var errPredictor = errors.New("stream predictor parameters too large")

// predictorReader undoes a /Predictor from a stream's /DecodeParms; rd is
// returned as is when there is none.
func predictorReader(rd io.Reader, param Value) (io.Reader, error) {
	pred := param.Key("Predictor").Int64()
	if pred <= 1 {
		return rd, nil
	}
	columns := intParam(param, "Columns", 1)
	colors := intParam(param, "Colors", 1)
	bpc := intParam(param, "BitsPerComponent", 8)
	if columns < 1 || colors < 1 || colors > 32 || bpc < 1 || bpc > 16 || columns > maxRowBytes {
		return nil, errPredictor
	}
	bpp := (colors*bpc + 7) / 8
	row := (columns*colors*bpc + 7) / 8
	if row > maxRowBytes {
		return nil, errPredictor
	}
	if pred < 10 {
		return nil, fmt.Errorf("unsupported stream predictor %d", pred)
	}
	// The rows are read through a small buffer: the rows of the
	// cross-reference streams every file has are a few bytes each.
	return &pngReader{r: bufio.NewReaderSize(rd, 512), bpp: int(bpp), prev: make([]byte, row), cur: make([]byte, row+1)}, nil
}

// intParam reads an integer parameter, def when it is missing.
func intParam(param Value, key string, def int64) int64 {
	v := param.Key(key)
	if v.Kind() != Integer {
		return def
	}
	return v.Int64()
}

// pngReader undoes PNG row filters (None, Sub, Up, Average, Paeth), each
// row starting with its filter type.
type pngReader struct {
	r    io.Reader
	bpp  int
	prev []byte // the previous row, decoded
	cur  []byte // filter type and the current row
	pend []byte
}

func (p *pngReader) Read(b []byte) (int, error) {
	n := 0
	for len(b) > 0 {
		if len(p.pend) > 0 {
			m := copy(b, p.pend)
			n += m
			b, p.pend = b[m:], p.pend[m:]
			continue
		}
		if _, err := io.ReadFull(p.r, p.cur); err != nil {
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			return n, err
		}
		if err := p.unfilter(); err != nil {
			return n, err
		}
		p.pend = p.prev
	}
	return n, nil
}

// unfilter decodes the row in p.cur into p.prev.
func (p *pngReader) unfilter() error {
	row, prev := p.cur[1:], p.prev
	for i := range row {
		var left, upLeft byte
		if i >= p.bpp {
			left, upLeft = row[i-p.bpp], prev[i-p.bpp]
		}
		switch p.cur[0] {
		case 0:
		case 1:
			row[i] += left
		case 2:
			row[i] += prev[i]
		case 3:
			row[i] += byte((int(left) + int(prev[i])) / 2)
		case 4:
			row[i] += paeth(left, prev[i], upLeft)
		default:
			return fmt.Errorf("malformed PNG predictor row type %d", p.cur[0])
		}
	}
	copy(p.prev, row)
	return nil
}

func paeth(a, b, c byte) byte {
	pa := abs(int(b) - int(c))
	pb := abs(int(a) - int(c))
	pc := abs(int(a) + int(b) - 2*int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// lzwReader decodes LZWDecode; EarlyChange 1 (the default) is the code
// width change TIFF uses, 0 the one GIF uses.
func lzwReader(rd io.Reader, param Value) (io.Reader, error) {
	if intParam(param, "EarlyChange", 1) == 0 {
		return nil, errors.New("unsupported LZW /EarlyChange 0")
	}
	return predictorReader(lzw.NewReader(rd, lzw.MSB, 8), param)
}

// runLengthReader decodes RunLengthDecode: a length byte n, then n+1
// bytes to copy (n < 128) or one byte to repeat 257-n times (n > 128);
// 128 ends the data.
type runLengthReader struct {
	r    *bufio.Reader
	buf  [128]byte
	pend []byte
	done bool
}

func (r *runLengthReader) Read(b []byte) (int, error) {
	for len(r.pend) == 0 {
		if r.done {
			return 0, io.EOF
		}
		if err := r.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(b, r.pend)
	r.pend = r.pend[n:]
	return n, nil
}

func (r *runLengthReader) fill() error {
	n, err := r.r.ReadByte()
	if err != nil || n == 128 {
		r.done = true
		return nil
	}
	if n < 128 {
		m, err := io.ReadFull(r.r, r.buf[:int(n)+1])
		r.pend = r.buf[:m]
		if err != nil {
			r.done = true
		}
		return nil
	}
	c, err := r.r.ReadByte()
	if err != nil {
		r.done = true
		return nil
	}
	for i := range 257 - int(n) {
		r.buf[i] = c
	}
	r.pend = r.buf[:257-int(n)]
	return nil
}

// asciiHexReader decodes ASCIIHexDecode: pairs of hex digits, white space
// ignored, '>' ending the data (an odd last digit is followed by 0).
type asciiHexReader struct {
	r    *bufio.Reader
	done bool
}

func (h *asciiHexReader) Read(b []byte) (int, error) {
	n := 0
	for n < len(b) && !h.done {
		hi, ok := h.digit()
		if !ok {
			break
		}
		lo, ok := h.digit()
		if !ok {
			lo = 0
		}
		b[n] = byte(hi<<4 | lo)
		n++
	}
	if n == 0 && h.done {
		return 0, io.EOF
	}
	return n, nil
}

// digit returns the next hex digit, skipping white space; false at the
// end of the data.
func (h *asciiHexReader) digit() (int, bool) {
	for !h.done {
		c, err := h.r.ReadByte()
		if err != nil || c == '>' {
			h.done = true
			break
		}
		if d := unhex(c); d >= 0 {
			return d, true
		}
		if !isSpace(c) {
			h.done = true
		}
	}
	return 0, false
}

// inflaters keeps zlib readers for reuse: each holds tens of kilobytes of
// tables, and a file has a stream or more per page and font.
var inflaters sync.Pool

// newInflater returns a zlib reader of rd, reused when one is free.
func newInflater(rd io.Reader) (io.ReadCloser, error) {
	if zr, ok := inflaters.Get().(io.ReadCloser); ok {
		if err := zr.(zlib.Resetter).Reset(rd, nil); err != nil {
			inflaters.Put(zr)
			return nil, err
		}
		return zr, nil
	}
	return zlib.NewReader(rd)
}

// releaseInflaters hands zlib readers back for reuse.
func releaseInflaters(zrs []io.ReadCloser) {
	for _, zr := range zrs {
		zr.Close()
		inflaters.Put(zr)
	}
}

// filterReader is a stream's decoded data; Close hands its zlib readers
// and the buffer of its decrypted data back for reuse.
type filterReader struct {
	io.Reader
	inflaters []io.ReadCloser
	held      *[]byte
}

func (f *filterReader) Close() error {
	releaseInflaters(f.inflaters)
	releaseBuf(f.held)
	f.inflaters, f.held, f.Reader = nil, nil, eofReader{}
	return nil
}

// byteBufs keeps byte buffers for reuse: those of decrypted streams (a
// file decrypts a stream or more per page and font, each read and closed
// in turn) and readCopy's scratch.
var byteBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxKeptBuf bounds the buffers byteBufs keeps.
const maxKeptBuf = 4 << 20

// releaseBuf gives a buffer of byteBufs back, when there is one, emptied.
func releaseBuf(buf *[]byte) {
	if buf != nil && cap(*buf) <= maxKeptBuf {
		*buf = (*buf)[:0]
		byteBufs.Put(buf)
	}
}

// eofReader is a closed stream.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
