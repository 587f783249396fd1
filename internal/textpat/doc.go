// Package textpat runs the regular expressions that read letters: each a
// Pattern, compiled on first use, with cheap tests that skip the text it
// cannot match (the bytes a match may start with, the texts one of which
// every match holds, the bytes every match is made of), and a
// case-insensitive expression run in its folded form over lower-case
// text, which Go's regexp runs much faster.
//
// Those tests are data about the expression; Pattern.Check tells whether
// they hold on a text, and the tests of the packages that make patterns
// run it over real letters and fuzzed strings.
package textpat
