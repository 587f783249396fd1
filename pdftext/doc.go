// Package pdftext reads the text of PDF files as lines laid out like the
// output of poppler's pdftotext -layout, keeping the page and box of every
// character.
//
// # Text
//
// Read returns a Document; its Text is one line per visual line, in
// reading order from the top of the page: words separated by single
// spaces, table columns by runs of spaces roughly proportional to their
// position (so a two-column label/value table keeps its columns), blank
// lines where there is vertical space between paragraphs, and a form feed
// after every page, the last one included. On the real letters this
// package is written for, the text is the same as pdftotext -layout's,
// spaces aside.
//
// Words are rebuilt from glyph positions, not from how the file groups
// its text: a gap of a tenth of the font size between two glyphs on a line
// is a space, a gap of a font size is a column. Lines gather glyphs whose
// baselines lie within half a font size, so superscripts stay on their
// line. Glyphs drawn outside the page and glyphs drawn twice in place
// (fake bold) are dropped. Ligatures are spelled out (fi, ffl).
//
// # Positions
//
// Every byte of Text belongs to a page: Locate returns the page (1-based)
// of a byte offset and the box of the glyph that drew it. Boxes are in
// points from the bottom left corner of the page as shown (after
// /Rotate), y growing upward as in PDF user space, and span the glyph's
// advance and from 0.9 of the font size above the baseline to 0.25 below
// it. Padding spaces, newlines
// and form feeds have no box. Page.Lines holds the same text line by
// line with each glyph's byte span and box (Line.Glyphs), kept to float32
// precision. Options.NoBoxes leaves the boxes out, for a caller that
// never asks for them: they are about a quarter of what a read allocates.
//
// # Engines
//
// The Go engine (the default) uses github.com/ledongthuc/pdf, through a
// patched copy in third_party/pdf (see its PATCHES.md), for objects,
// streams (Flate, LZW, RunLength, ASCIIHex, ASCII85; PNG predictors) and
// decryption (RC4 of 40 to 128 bits, AES-128, AES-256 of security
// handler revisions 5 and 6, with the user or the owner password), and
// does the rest itself: content streams with text and graphics state,
// Form XObjects, fonts (simple, Type3 and CID) through ToUnicode CMaps,
// encodings with /Differences and glyph widths. The "pdftotext" engine
// runs poppler's pdftotext -layout when it is installed and returns its
// text without boxes; "auto" uses the Go engine and falls back to
// pdftotext for files the Go engine cannot open (damaged structure,
// encryption it lacks).
//
// # Errors
//
// Read never panics on bad input and is bounded in pages, content
// operators, content bytes, glyphs per page, Form XObjects per page and
// time (see Options); every size a file declares (cross-reference
// widths and counts, predictor columns, object stream sizes) is checked
// before anything is allocated for it, and loops (a /Prev chain, a form
// that draws itself, an object stream kept in itself, a cyclic page
// tree) are errors or warnings, not hangs. Its errors are *Error values,
// naming the file and, where it applies, the page, and wrapping one of
// ErrNotPDF, ErrDamaged, ErrPassword, ErrEncryption, ErrNoText, ErrLimit
// or ErrNoPoppler; their messages speak of the file, never of this
// package's internals. A file whose pages are all images fails with
// ErrNoText naming the pages.
//
// # Partial reads
//
// A file read only in part still gives its text, and
// Document.Warnings says what was not read: a stream that does not
// decode (damaged data, a filter this package lacks), page content that
// is not a stream, a font map that cannot be read, a form that draws
// itself, pages of images, a cross-reference table that was rebuilt from
// the file's "N G obj" headers (a truncated file, wrong offsets) or a
// stream length that was guessed. Read then returns the document with an
// error that is its first warning, so a caller that only checks the
// error never takes a partial read for a whole one.
package pdftext
