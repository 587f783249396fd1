package pdftext

import (
	"bytes"
	"strconv"
)

// The object reader sizes its cross-reference table from numbers in the
// file (/Size, /Index, the first object of an xref subsection) before it
// reads any object, so a damaged or hostile file could make it allocate
// without bound. checkXrefSizes refuses files whose numbers there exceed
// what their size can hold. The same goes for the object count (/N) of
// object streams, which the reader loops over.

// maxObjectNumber returns the largest object number a file of n bytes may
// use.
func maxObjectNumber(n int) int64 { return 1<<20 + int64(n) }

// xrefKeys are the keys checkXrefSizes reads numbers after, in the order
// it reports them; first says whether only the first number counts.
var xrefKeys = [...]struct {
	key   string
	first bool
}{{"/Size", true}, {"/Index", false}, {"xref", false}, {"/N ", true}}

// checkXrefSizes checks the /Size, /Index and /N entries and the xref
// table subsection headers of data. It reads the file twice, once for
// the keys that start with a slash and once for the other (xref), and
// names the first number too large of the first key in xrefKeys that has
// one.
func checkXrefSizes(data []byte) error {
	limit := maxObjectNumber(len(data))
	var over [len(xrefKeys)]int64 // by key, the first number over limit
	check := func(k, at int) {
		if over[k] == 0 {
			if n := largestNumber(data[at:min(len(data), at+200)], xrefKeys[k].first); n > limit {
				over[k] = n
			}
		}
	}
	for i := 0; ; i++ {
		j := bytes.IndexByte(data[i:], '/')
		if j < 0 {
			break
		}
		i += j
		for k, x := range xrefKeys {
			if x.key[0] == '/' && bytes.HasPrefix(data[i:], []byte(x.key)) {
				check(k, i+len(x.key))
			}
		}
	}
	for k, x := range xrefKeys {
		for i := 0; x.key[0] != '/'; {
			j := bytes.Index(data[i:], []byte(x.key))
			if j < 0 {
				break
			}
			i += j + len(x.key)
			check(k, i)
		}
	}
	for k, n := range over {
		if n > 0 {
			return causef(ErrDamaged, "cross-reference numbers too large (%s %d)", xrefKeys[k].key, n)
		}
	}
	return nil
}

// largestNumber returns the largest of the integers that start b (only
// the first when first is set), skipping white space and a bracket.
func largestNumber(b []byte, first bool) int64 {
	var largest int64
	i := 0
	for i < len(b) {
		for i < len(b) && (isSpace(b[i]) || b[i] == '[') {
			i++
		}
		j := i
		for j < len(b) && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if j == i {
			return largest
		}
		n, err := strconv.ParseInt(string(b[i:j]), 10, 64)
		if err != nil {
			return 1 << 62
		}
		largest = max(largest, n)
		if first {
			return largest
		}
		i = j
	}
	return largest
}
