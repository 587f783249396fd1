// Package textpat runs the regular expressions that read letters, for
// extract and check alike: each a Pattern, compiled on first use, with
// cheap tests that skip the text it cannot match.
//
//   - A case-insensitive expression ((?i) first) runs in its folded
//     form over ASCII lower-case text, which Go's regexp runs much
//     faster; a text with ſ or K, which (?i) folds to ASCII, gets the
//     expression as written.
//   - StartsWith: the bytes a match may start with, skipped to.
//   - Needing, Within: texts one of which every match holds (near its
//     start); a text without them is not searched. A pattern that
//     declares none gets those its syntax makes certain (the literals a
//     match cannot do without).
//   - MadeOf: the bytes every match is made of; only the runs of them
//     that hold a needed text are searched.
//   - Probes: a pattern that tells its first bytes is searched
//     by running it anchored at each offset where a match may start,
//     by the first two bytes its compiled program allows, instead of
//     letting Go's regexp try every offset after the first.
//
// Those tests are data about the expression: Pattern.Check tells
// whether they hold on a text (the results equal Go's regexp's, and
// every match starts as the probes allow), and CheckMade checks MadeOf
// from the syntax. The tests of the packages
// that make patterns run them over real letters and fuzzed strings.
// A Pattern answers the methods of regexp.Regexp that such code calls.
package textpat
