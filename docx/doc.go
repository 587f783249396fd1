// Package docx reads and writes Word documents (Office Open XML, .docx)
// in pure Go, with archive/zip and encoding/xml.
//
// # Reading
//
// Read turns a document into the text it would print: paragraphs, runs,
// tables (one line per row, cells separated by three spaces), line
// breaks, tabs and the shown result of fields. Tracked changes read as
// if accepted: insertions are kept, deletions dropped, and
// Document.Tracked says the draft had any. Headers and footers are page
// furniture: they are kept apart in Document.Furniture, never in the
// text. Paragraphs are separated by a blank line; a page break (a hard
// break, a page-break-before paragraph, a section starting a new page, or
// the page boundary Word recorded when it last laid the document out)
// starts the next paragraph with a form feed, so page numbers count as
// in a PDF of the draft. Numbering that Word draws (list numbers) is not
// in the text.
//
// A password-protected document is not a zip but an encrypted OLE
// compound file: Read returns ErrProtected for it, and ErrCorrupt for
// anything else that is not a readable document.
//
// # Writing
//
// Document is a small block model (headings, paragraphs, tables, page
// breaks) that WriteTo writes as a .docx with heading styles, numbered
// headings where a block asks for them, and core properties. The output
// is a function of the model alone: zip entries carry a fixed time and
// the dates written are the model's, so the same model gives the same
// bytes.
package docx
