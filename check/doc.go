// Package check finds the contradictions inside an IMR determination
// letter read by package extract: a count in an item line that the
// rationale does not judge, an outcome the rationale contradicts, another
// service, body part, side or guideline chapter, dates that disagree or
// run out of order, a sex word the pronouns contradict, two ages, a
// sentence pasted twice.
//
// # Findings
//
// Run (or (*Config).Run) returns the findings of one letter as data. A
// Finding has
//
//   - a Code, one per kind of check, the words the gold annotations use:
//     quantity-mismatch, strength-mismatch, outcome-conflict,
//     service-mismatch, body-part-mismatch, laterality-mismatch,
//     guideline-mismatch, date-mismatch, date-order, sex-mismatch,
//     age-mismatch, duplicate-text;
//   - a Severity: error for contradictions about what was decided (the
//     count, strength, outcome, service, body part or side of an item),
//     warning for the rest and for the weaker readings of a kind;
//   - a Message that names both sides with their values;
//   - the Item it concerns, an index into Letter.Items, or -1 for the
//     letter as a whole (dates, the claimant, the summary);
//   - two or more Evidence, one per side.
//
// An Evidence's Span is a byte range of the letter's normalized text
// (Letter.NormalizedText), end exclusive, never searched for again. Run
// fills in its Page, Line, Column, EndLine and EndColumn from the
// letter's positions, which count in the source the letter was read from
// (the file for text, the PDF's text layer for a PDF); Text is the span's
// text. Findings come in the order of their first evidence.
//
// Run does not fail: a letter the extraction read only in part gives the
// findings its facts allow, and none where a fact is missing.
//
// # What counts as the same
//
// The lexicon decides what is the same service or drug (a brand and its
// generic, CBT and cognitive behavioral therapy), which body region a
// part lies in and which regions a guideline chapter covers. Config's
// Lexicon should be the one the letter was read with. A limb and the
// spine segment its nerves leave (the legs and the low back) are not
// told apart; the spine's segments are.
//
// Precision matters as much as recall. Counts the guidelines give ("ODG
// allows 6 visits") are not the request; identical rationales of paired
// items and restated criteria are not repeats; the Claims
// Administrator's citation is not the reviewer's; sentences that quote a
// guideline, compare both sides or name the sound side do not give a
// side of their own; a pronoun in a sentence about a physician is the
// physician's.
//
// # Configuration, baselines and output
//
// Config's zero value runs every check at its own grades. A
// configuration file (ParseConfig, LoadConfig) switches checks off and
// re-grades them; a baseline (LoadBaseline) drops findings accepted
// earlier. The writers WriteText, WriteJSON and WriteSARIF print
// Reports, the findings of one file each, for people, programs and code
// scanning services; ReadJSON reads the JSON form back.
package check
