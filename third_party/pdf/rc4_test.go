package pdf

import (
	"bytes"
	"crypto/rc4"
	"math/rand/v2"
	"testing"
)

// TestRC4 compares rc4Cipher with crypto/rc4 on keys of every length the
// security handler uses and some it does not, in pieces of odd sizes.
func TestRC4(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 5, 7, 10, 16, 21, 32, 256} {
		key := make([]byte, n)
		for i := range key {
			key[i] = byte(r.Uint32())
		}
		src := make([]byte, 1000)
		for i := range src {
			src[i] = byte(r.Uint32())
		}
		want := make([]byte, len(src))
		std, err := rc4.NewCipher(key)
		if err != nil {
			t.Fatal(err)
		}
		std.XORKeyStream(want, src)
		got := bytes.Clone(src)
		c := newRC4(key)
		for rest := got; len(rest) > 0; {
			m := min(len(rest), 1+r.IntN(100))
			c.XORKeyStream(rest[:m], rest[:m])
			rest = rest[m:]
		}
		if !bytes.Equal(got, want) {
			t.Errorf("key of %d bytes: stream differs from crypto/rc4", n)
		}
	}
}
