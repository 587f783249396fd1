// Package hostile builds crafted, damaged and hostile PDF files for tests
// and benchmarks: files that once killed, hung or silently shortchanged
// the PDF reader. Each is a few kilobytes, built in memory by byte
// surgery, so no such file is kept in the repository.
package hostile

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
)

// File is one crafted PDF: its name, its bytes and what a reader must do
// with it.
type File struct {
	Name string
	Data []byte
	// Want is "text" when the file must read in full (the text holds
	// Marker), "warning" when it must read with a warning, "error" when it
	// must fail with a clear error; "any" when either a warning or an
	// error will do.
	Want string
}

// Marker is the sentence the crafted pages draw.
const Marker = "Hostile files must not stop the batch"

// content is a page content stream drawing Marker in Helvetica.
const content = "BT /F1 12 Tf 72 700 Td (" + Marker + ") Tj ET"

// helvetica is a resources dictionary naming Helvetica /F1.
const helvetica = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>"

// Files returns the crafted set, in a fixed order.
func Files() []File {
	files := []File{
		{"plain.pdf", onePage(helvetica, stream("", content)), "text"},
		{"xref-stream-huge-w.pdf", xrefStreamFile("/W [1 2000000000 1]", ""), "any"},
		{"xref-stream-w-9.pdf", xrefStreamFile("/W [1 9 1]", ""), "any"},
		{"xref-stream-huge-columns.pdf", xrefStreamFile("/W [1 4 1]", "/DecodeParms << /Predictor 12 /Columns 10000000000 >>"), "any"},
		{"xref-stream-huge-size.pdf", xrefStreamFile("/W [1 4 1] /Size 4000000000", ""), "any"},
		{"content-huge-columns.pdf", onePage(helvetica, flateStream("/DecodeParms << /Predictor 12 /Columns 10000000000 >>", content)), "any"},
		{"content-predictor-columns-max.pdf", onePage(helvetica, flateStream("/DecodeParms << /Predictor 15 /Columns 9223372036854775807 /Colors 32 >>", content)), "any"},
		{"prev-self-classic.pdf", prevSelf(), "any"},
		{"prev-self-stream.pdf", xrefStreamFile("/W [1 4 1]", "/Prev SELF"), "any"},
		{"form-draws-itself.pdf", formSelf(), "warning"},
		{"forms-draw-each-other.pdf", formsMutual(), "warning"},
		{"forms-fan-out.pdf", formsFanOut(), "any"},
		{"truncated.pdf", truncated(), "any"},
		{"inflate-fails.pdf", onePage(helvetica, "<< /Filter /FlateDecode /Length 40 >>\nstream\n"+strings.Repeat("x", 40)+"\nendstream"), "warning"},
		{"contents-cycle.pdf", contentsCycle(), "warning"},
		{"lzw.pdf", onePage(helvetica, encodedStream("/LZWDecode", lzwEncode([]byte(content)))), "text"},
		{"runlength.pdf", onePage(helvetica, encodedStream("/RunLengthDecode", runLength([]byte(content)))), "text"},
		{"asciihex.pdf", onePage(helvetica, encodedStream("/ASCIIHexDecode", []byte(hex.EncodeToString([]byte(content))+">"))), "text"},
		{"ascii85.pdf", onePage(helvetica, encodedStream("/ASCII85Decode", ascii85Encode([]byte(content)))), "text"},
		{"filter-chain.pdf", onePage(helvetica, encodedStream("[/ASCIIHexDecode /FlateDecode]", []byte(hex.EncodeToString(deflate([]byte(content)))+">"))), "text"},
		{"unknown-filter.pdf", onePage(helvetica, encodedStream("/JBIG2Decode", []byte(content))), "warning"},
		{"wrong-xref-offsets.pdf", shiftOffsets(onePage(helvetica, stream("", content)), 7), "warning"},
		{"length-missing-object.pdf", onePage(helvetica, "<< /Length 99 0 R >>\nstream\n"+content+"\nendstream"), "warning"},
		{"length-past-end.pdf", onePage(helvetica, "<< /Length 999999 >>\nstream\n"+content+"\nendstream"), "warning"},
		{"type0-self.pdf", type0Self(), "text"},
		{"page-tree-deep.pdf", deepTree(300), "text"},
		{"page-tree-too-deep.pdf", deepTree(5000), "error"},
		{"page-tree-cycle.pdf", treeCycle(), "any"},
		{"glyph-flood.pdf", glyphFlood(300_000), "error"},
		{"objstm-in-itself.pdf", objStmSelf(), "any"},
		{"encrypt-missing.pdf", encryptMissing(), "error"},
		{"image-huge.pdf", onePage("<< /XObject << /Im1 5 0 R >> >>", stream("", "q 100 0 0 100 0 0 cm /Im1 Do Q"),
			"<< /Type /XObject /Subtype /Image /Width 4000000000 /Height 4000000000 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Length 3 >>\nstream\nabc\nendstream"), "error"},
		{"array-huge-count.pdf", onePage(helvetica, stream("", "[ "+strings.Repeat("1 ", 200_000)+"] pop "+content)), "text"},
		{"not-a-pdf.pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "error"},
		{"empty.pdf", nil, "error"},
		{"header-only.pdf", []byte("%PDF-1.4\n%%EOF\n"), "error"},
	}
	return files
}

// onePage builds a one-page PDF whose page has the given resources and
// content object (object 4); extra objects are numbered from 5.
func onePage(resources, content string, extra ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + resources + " /Contents 4 0 R >>",
		content,
	}
	return build(append(objs, extra...)...)
}

// build writes objects 1..n with a classic cross-reference table; object
// 1 is the catalog.
func build(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offs := writeObjects(&b, objs)
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func writeObjects(b *bytes.Buffer, objs []string) []int {
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	return offs
}

// stream writes a stream object with data.
func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// flateStream writes a deflated stream with extra dictionary entries.
func flateStream(dict, data string) string {
	return stream("/Filter /FlateDecode "+dict, string(deflate([]byte(data))))
}

// encodedStream writes a stream of already encoded data under filter.
func encodedStream(filter string, data []byte) string {
	return stream("/Filter "+filter, string(data))
}

func deflate(data []byte) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func ascii85Encode(data []byte) []byte {
	out := make([]byte, ascii85.MaxEncodedLen(len(data)))
	n := ascii85.Encode(out, data)
	return append(out[:n], "~>"...)
}

// runLength encodes data as literal runs of at most 128 bytes.
func runLength(data []byte) []byte {
	var out []byte
	for len(data) > 0 {
		n := min(len(data), 128)
		out = append(out, byte(n-1))
		out = append(out, data[:n]...)
		data = data[n:]
	}
	return append(out, 128)
}

// lzwEncode encodes data with PDF's LZW (EarlyChange 1, codes up to 12
// bits), written here after the PDF reference, §7.4.4.
func lzwEncode(data []byte) []byte {
	w := &bitWriter{}
	dict := map[string]int{}
	next, width := 258, 9
	w.put(256, width)
	cur := ""
	for _, c := range data {
		s := cur + string(c)
		if _, ok := dict[s]; ok || len(s) == 1 {
			cur = s
			continue
		}
		w.put(codeOf(dict, cur), width)
		dict[s] = next
		next++
		if next+1 > 1<<width && width < 12 {
			width++
		}
		cur = string(c)
	}
	if cur != "" {
		w.put(codeOf(dict, cur), width)
	}
	w.put(257, width)
	return w.bytes()
}

func codeOf(dict map[string]int, s string) int {
	if len(s) == 1 {
		return int(s[0])
	}
	return dict[s]
}

// bitWriter writes codes most significant bit first.
type bitWriter struct {
	out  []byte
	acc  uint32
	bits int
}

func (w *bitWriter) put(code, width int) {
	w.acc = w.acc<<width | uint32(code)
	w.bits += width
	for w.bits >= 8 {
		w.out = append(w.out, byte(w.acc>>(w.bits-8)))
		w.bits -= 8
	}
}

func (w *bitWriter) bytes() []byte {
	if w.bits > 0 {
		return append(w.out, byte(w.acc<<(8-w.bits)))
	}
	return w.out
}

// xrefStreamFile builds a one-page file whose cross-reference table is a
// stream with the given /W (and /Size, when set) and extra entries;
// "SELF" in extra stands for the stream's own offset.
func xrefStreamFile(w, extra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + helvetica + " /Contents 4 0 R >>",
		stream("", content),
	}
	offs := writeObjects(&b, objs)
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0, 0xff})
	for _, off := range append(offs, b.Len()) {
		rows.Write([]byte{1, byte(off >> 24), byte(off >> 16), byte(off >> 8), byte(off), 0})
	}
	data := deflate(rows.Bytes())
	start := b.Len()
	extra = strings.ReplaceAll(extra, "SELF", fmt.Sprint(start))
	size := ""
	if !strings.Contains(w, "/Size") {
		size = fmt.Sprintf("/Size %d", len(objs)+2)
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef %s %s /Root 1 0 R /Filter /FlateDecode %s /Length %d >>\nstream\n",
		len(objs)+1, w, size, extra, len(data))
	b.Write(data)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", start)
	return b.Bytes()
}

// prevSelf is a file whose classic cross-reference table names itself
// as the previous one.
func prevSelf() []byte {
	data := onePage(helvetica, stream("", content))
	i := bytes.LastIndex(data, []byte("xref\n0 "))
	return bytes.Replace(data, []byte("/Root 1 0 R >>"), fmt.Appendf(nil, "/Root 1 0 R /Prev %d >>", i), 1)
}

// formSelf is a page drawing a form XObject that draws itself.
func formSelf() []byte {
	return onePage("<< /Font << /F1 6 0 R >> /XObject << /X1 5 0 R >> >>", stream("", "/X1 Do"),
		stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> /XObject << /X1 5 0 R >> >>",
			content+" /X1 Do /X1 Do"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
}

// formsMutual is two form XObjects that draw each other.
func formsMutual() []byte {
	res := "<< /Font << /F1 7 0 R >> /XObject << /A 5 0 R /B 6 0 R >> >>"
	return onePage(res, stream("", "/A Do"),
		stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources "+res, content+" /B Do /B Do"),
		stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources "+res, "/A Do /A Do"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
}

// formsFanOut is a chain of 12 distinct forms, each drawing the next ten
// times: 10^12 draws if nothing bounds them.
func formsFanOut() []byte {
	const n = 12
	var extra []string
	for i := range n {
		next := ""
		if i+1 < n {
			next = strings.Repeat(fmt.Sprintf(" /X%d Do", i+1), 10)
		}
		extra = append(extra, stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %d 0 R", 5+n),
			"BT /F1 1 Tf (x) Tj ET"+next))
	}
	var names strings.Builder
	for i := range n {
		fmt.Fprintf(&names, "/X%d %d 0 R ", i, 5+i)
	}
	extra = append(extra, "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << "+names.String()+">> >>")
	return onePage(fmt.Sprintf("%d 0 R", 5+n), stream("", content+" /X0 Do"), extra...)
}

// truncated is a two-page file cut inside its second page's content.
func truncated() []byte {
	page2 := strings.Repeat("BT /F1 12 Tf 72 600 Td (Second page text that is lost) Tj ET\n", 40)
	data := build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "+helvetica+" /Contents 4 0 R >>",
		stream("", content),
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "+helvetica+" /Contents 6 0 R >>",
		flateStream("", page2),
	)
	i := bytes.Index(data, []byte("6 0 obj"))
	return data[:i+60]
}

// contentsCycle is a page whose /Contents array holds itself.
func contentsCycle() []byte {
	return build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "+helvetica+" /Contents 4 0 R >>",
		"[4 0 R]",
	)
}

// shiftOffsets moves every offset of a classic table by delta.
func shiftOffsets(data []byte, delta int) []byte {
	i := bytes.LastIndex(data, []byte("\nxref\n")) + 1
	lines := strings.Split(string(data[i:]), "\n")
	for j, l := range lines {
		f := strings.Fields(l)
		if len(f) == 3 && f[2] == "n" {
			off, _ := strconv.Atoi(f[0])
			lines[j] = fmt.Sprintf("%010d %s n ", off+delta, f[1])
		}
	}
	return append(data[:i:i], strings.Join(lines, "\n")...)
}

// type0Self is a Type0 font that is its own descendant and its own
// ToUnicode.
func type0Self() []byte {
	return onePage("<< /Font << /F1 5 0 R /F2 6 0 R >> >>", stream("", "BT /F1 12 Tf 72 700 Td <00410042> Tj /F2 12 Tf 0 -50 Td ("+Marker+") Tj ET"),
		"<< /Type /Font /Subtype /Type0 /BaseFont /Self /Encoding 5 0 R /DescendantFonts [5 0 R] /ToUnicode 5 0 R /W [0 [5 0 R]] >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
}

// deepTree nests the one page under depth intermediate page tree nodes.
func deepTree(depth int) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>"}
	for i := range depth {
		objs = append(objs, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", i+3))
	}
	page := len(objs) + 1
	objs = append(objs,
		fmt.Sprintf("<< /Type /Page /MediaBox [0 0 612 792] /Resources %s /Contents %d 0 R >>", helvetica, page+1),
		stream("", content))
	return build(objs...)
}

// treeCycle is a page tree node that is its own kid.
func treeCycle() []byte {
	return build(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "+helvetica+" /Contents 4 0 R >>",
		stream("", content),
	)
}

// glyphFlood is a page drawing n glyphs from a small content stream.
func glyphFlood(n int) []byte {
	body := "BT /F1 1 Tf 0 0 Td (" + strings.Repeat("ab", 500) + ") Tj ET "
	return onePage(helvetica, flateStream("", strings.Repeat(body, n/1000)))
}

// objStmSelf is a file whose page object is in an object stream that is
// listed as kept in itself.
func objStmSelf() []byte {
	data := xrefStreamFile("/W [1 4 1]", "")
	// Entry 3 (the page) becomes "in object stream 3, index 0".
	i := bytes.LastIndex(data, []byte(">>\nstream\n")) + len(">>\nstream\n")
	j := bytes.LastIndex(data, []byte("\nendstream"))
	var rows bytes.Buffer
	r := zlibRead(data[i:j])
	copy(r[3*6:], []byte{2, 0, 0, 0, 3, 0})
	rows.Write(r)
	enc := deflate(rows.Bytes())
	out := append([]byte(nil), data[:i]...)
	out = bytes.Replace(out, fmt.Appendf(nil, "/Length %d", j-i), fmt.Appendf(nil, "/Length %d", len(enc)), 1)
	out = append(out, enc...)
	return append(out, data[j:]...)
}

// encryptMissing names an encryption dictionary that does not exist.
func encryptMissing() []byte {
	data := onePage(helvetica, stream("", content))
	return bytes.Replace(data, []byte("/Root 1 0 R >>"), []byte("/Root 1 0 R /Encrypt 99 0 R /ID [<01> <01>] >>"), 1)
}

// Flip returns n copies of data, each with a few bytes changed at
// positions drawn from seed, and every fifth one also cut short: the
// damage a bad disk or a broken download does.
func Flip(data []byte, n int, seed uint64) [][]byte {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([][]byte, n)
	for i := range out {
		d := append([]byte(nil), data...)
		for range 1 + rng.IntN(4) {
			d[rng.IntN(len(d))] ^= byte(1 + rng.IntN(255))
		}
		if i%5 == 4 {
			d = d[:len(d)/4+rng.IntN(len(d)/2)]
		}
		out[i] = d
	}
	return out
}

// zlibRead inflates data; nil when it is not zlib data.
func zlibRead(data []byte) []byte {
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	out, _ := io.ReadAll(r)
	return out
}
