// Package ocr reads the text of scanned PDF pages with external engines:
// poppler's pdftoppm rasterizes each page in grey, and tesseract (Debian
// package tesseract-ocr, English data tesseract-ocr-eng) reads the
// image, in its TSV output, word by word with a box and a confidence.
//
// Each page's words are laid out as text the way pdftotext -layout lays
// out a text layer: tesseract's lines, those side by side (the header
// table's label and value columns, which OCR often finds as separate
// blocks) merged into one line, words one space apart, columns three or
// more, indentation kept. Every word keeps its span in the page text, its
// box in points (origin bottom left, as package pdftext) and its
// confidence.
//
// Confidence is tesseract's word confidence, 0 to 100: how sure the
// recognizer is that the word's characters are right. It is not a
// probability; words below about 60 are often misread.
//
// Each page has a time limit (Options.PageTimeout, two minutes): a page
// that takes longer is a page error, and the others go on.
//
// OCR repairs only what the format of a token makes certain: a token
// shaped as a case number or a date whose letters l, I, O, o can only be
// the digits 1 and 0 gets the digits; a word that reads as the name of a
// US state once I, l, 1 and | are taken for one another (places.txt, the
// reviewer's states of licensure: "IIlinois", "lowa") gets the name's
// spelling; a word that is only a rule (|)
// drawn by a table is dropped; ligature characters are spelt out. Words
// hyphenated at line ends are joined by extract's normalization, as for
// text layers.
package ocr
