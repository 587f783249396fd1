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
// line with each glyph's byte span and box.
//
// # Engines
//
// The Go engine (the default) uses github.com/ledongthuc/pdf for objects,
// streams and decryption (RC4 of 88 bits or more, AES-128) and does the
// rest itself: content streams with text and graphics state, Form
// XObjects, fonts (simple, Type3 and CID) through ToUnicode CMaps,
// encodings with /Differences and glyph widths. The "pdftotext" engine
// runs poppler's pdftotext -layout when it is installed and returns its
// text without boxes; "auto" uses the Go engine and falls back to
// pdftotext for files the Go engine cannot open (damaged structure,
// encryption it lacks).
//
// # Errors
//
// Read never panics on bad input and is bounded in pages, content
// operators, content bytes and time (see Options). A file whose
// cross-reference table is missing or wrong is read through a table
// rebuilt from its "N G obj" headers, and the text comes back with an
// ErrDamaged error saying so. Its errors are *Error
// values, naming the file and, where it applies, the page, and wrapping
// one of ErrNotPDF, ErrDamaged, ErrPassword, ErrEncryption, ErrNoText,
// ErrLimit or ErrNoPoppler. A file whose pages are all images fails with
// ErrNoText naming the pages; when only some pages are images, or some
// pages are damaged, Read returns the text of the rest together with the
// error.
package pdftext
