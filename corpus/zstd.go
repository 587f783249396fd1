package corpus

import (
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go/format"
)

// pageZstd compresses Parquet pages with zstd as parquet-go's own codec
// does, but with a 1 MiB window: pages are a few hundred kilobytes, and
// the default 8 MiB window makes each encoder keep a 32 MiB history,
// most of an export's memory. Readers read the pages as any zstd.
type pageZstd struct {
	enc  func() *zstd.Encoder
	decs sync.Pool
}

var pageCodec = &pageZstd{enc: sync.OnceValue(func() *zstd.Encoder {
	e, err := zstd.NewWriter(nil,
		zstd.WithWindowSize(1<<20),
		zstd.WithEncoderConcurrency(1),
		zstd.WithZeroFrames(true),
		zstd.WithEncoderCRC(false),
		zstd.WithLowerEncoderMem(true),
	)
	if err != nil {
		panic(err) // the options are constants
	}
	return e
})}

func (*pageZstd) String() string                            { return "ZSTD" }
func (*pageZstd) CompressionCodec() format.CompressionCodec { return format.Zstd }

// Encode compresses src into dst; one encoder serves every goroutine.
func (c *pageZstd) Encode(dst, src []byte) ([]byte, error) {
	return c.enc().EncodeAll(src, dst[:0]), nil
}

// Decode decompresses src into dst.
func (c *pageZstd) Decode(dst, src []byte) ([]byte, error) {
	d, _ := c.decs.Get().(*zstd.Decoder)
	if d == nil {
		var err error
		if d, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true)); err != nil {
			return nil, err
		}
	}
	defer c.decs.Put(d)
	return d.DecodeAll(src, dst[:0])
}
