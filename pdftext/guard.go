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

// checkXrefSizes checks the /Size, /Index and /N entries and the xref
// table subsection headers of data.
func checkXrefSizes(data []byte) error {
	limit := maxObjectNumber(len(data))
	for _, key := range []string{"/Size", "/Index", "xref", "/N "} {
		for i := 0; ; {
			j := bytes.Index(data[i:], []byte(key))
			if j < 0 {
				break
			}
			i += j + len(key)
			if n := largestNumber(data[i:min(len(data), i+200)], key != "/Index" && key != "xref"); n > limit {
				return causef(ErrDamaged, "cross-reference numbers too large (%s %d)", key, n)
			}
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
