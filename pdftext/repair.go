package pdftext

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"sync"
)

// Repair, as PDF readers do for files whose cross-reference table is
// missing or wrong (a truncated download, offsets off after an edit):
// find each "N G obj" in the file, write a new table and trailer after
// it, and read that. Objects inside object streams cannot be listed in a
// table, so a file that keeps its fonts or pages there stays unreadable.

// The patterns are compiled when a file first needs repair, not at start-up.
var (
	objHeader  = lazyRegexp(`(?:^|[^0-9.+-])(\d{1,10})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b`)
	rootRef    = lazyRegexp(`/Root\s*(\d+\s+\d+\s+R)`)
	encryptRef = lazyRegexp(`/Encrypt\s*(\d+\s+\d+\s+R)`)
	fileID     = lazyRegexp(`/ID\s*(\[\s*<[0-9A-Fa-f\s]*>\s*<[0-9A-Fa-f\s]*>\s*\])`)
	catalog    = lazyRegexp(`/Type\s*/Catalog\b`)
)

// lazyRegexp compiles a pattern the first time it is used.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// repair returns data, from its header on, with a rebuilt cross-reference
// table and trailer appended; nil when it finds no objects or no catalog.
func repair(data []byte) []byte {
	data = data[max(0, headerOffset(data)):]
	offsets := make(map[int64][2]int64) // object number: offset, generation
	var size int64
	for _, m := range objHeader().FindAllSubmatchIndex(data, -1) {
		n, _ := strconv.ParseInt(string(data[m[2]:m[3]]), 10, 64)
		gen, _ := strconv.ParseInt(string(data[m[4]:m[5]]), 10, 64)
		if n > 0 && n < maxObjectNumber(len(data)) && gen < 65535 {
			offsets[n] = [2]int64{int64(m[2]), gen} // the last definition wins
			size = max(size, n+1)
		}
	}
	root := findRoot(data, offsets)
	if len(offsets) == 0 || root == "" {
		return nil
	}
	return appendTable(data, offsets, size, root)
}

// findRoot returns the catalog reference: the trailer's /Root, else the
// object that says it is the catalog.
func findRoot(data []byte, offsets map[int64][2]int64) string {
	if m := rootRef().FindAllSubmatch(data, -1); len(m) > 0 {
		return string(m[len(m)-1][1])
	}
	loc := catalog().FindIndex(data)
	if loc == nil {
		return ""
	}
	best, bestOff := int64(0), int64(-1)
	for n, o := range offsets {
		if o[0] < int64(loc[0]) && o[0] > bestOff {
			best, bestOff = n, o[0]
		}
	}
	if bestOff < 0 {
		return ""
	}
	return fmt.Sprintf("%d %d R", best, offsets[best][1])
}

// appendTable writes the table and a trailer, keeping the file's
// encryption dictionary and ID.
func appendTable(data []byte, offsets map[int64][2]int64, size int64, root string) []byte {
	var b bytes.Buffer
	b.Grow(len(data) + int(size)*20 + 200)
	b.Write(data)
	b.WriteString("\n")
	start := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", size)
	for n := int64(1); n < size; n++ {
		if o, ok := offsets[n]; ok {
			fmt.Fprintf(&b, "%010d %05d n \n", o[0], o[1])
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s", size, root)
	if m := encryptRef().FindAllSubmatch(data, -1); len(m) > 0 {
		fmt.Fprintf(&b, " /Encrypt %s", m[len(m)-1][1])
	}
	if m := fileID().FindAllSubmatch(data, -1); len(m) > 0 {
		fmt.Fprintf(&b, " /ID %s", m[len(m)-1][1])
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", start)
	return b.Bytes()
}
