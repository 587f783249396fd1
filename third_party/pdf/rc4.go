// RC4 for the standard security handler, kept in a value so that the
// password check (twenty ciphers a file) allocates nothing.

package pdf

// rc4Cipher is an RC4 key stream; its zero value is unusable, start one
// with newRC4. It gives the same stream as crypto/rc4.
type rc4Cipher struct {
	s    [256]byte
	i, j byte
}

// rc4Identity is the state every key schedule starts from.
var rc4Identity = func() (s [256]byte) {
	for i := range s {
		s[i] = byte(i)
	}
	return s
}()

// newRC4 returns the cipher of key, which must be 1 to 256 bytes long.
func newRC4(key []byte) rc4Cipher {
	c := rc4Cipher{s: rc4Identity}
	var j byte
	for i := 0; i < len(c.s); {
		// The key over and over: i % len(key) without a division or
		// a counter to wrap.
		for _, k := range key[:min(len(key), len(c.s)-i)] {
			x := c.s[byte(i)]
			j += x + k
			c.s[byte(i)], c.s[j] = c.s[j], x
			i++
		}
	}
	return c
}

// XORKeyStream XORs src with the key stream into dst, which may be src
// itself; it implements cipher.Stream.
func (c *rc4Cipher) XORKeyStream(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	dst = dst[:len(src)]
	i, j := c.i, c.j
	for k, v := range src {
		i++
		x := c.s[i]
		j += x
		y := c.s[j]
		c.s[i], c.s[j] = y, x
		dst[k] = v ^ c.s[x+y]
	}
	c.i, c.j = i, j
}
