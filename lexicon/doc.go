// Package lexicon is the domain vocabulary of IMR letters: services,
// tests and drugs (brand and generic, abbreviations, categories),
// diagnoses and body parts with laterality, guideline chapters and the
// units a request is counted in.
//
// The vocabulary is data: files embedded in the binary and, with Load,
// extended from a user's folder through the same code. Matching works on
// snowball stems and tolerates misspelled and PDF-damaged words; a match
// keeps the text as written and its byte offsets.
package lexicon
