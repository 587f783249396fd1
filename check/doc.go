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
//   - a Severity (see Severities below);
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
// # Facts compared
//
// The checks compare what package extract read, not the text again:
// each part of the letter (header, summary, item line, each guideline,
// rationale) has its Mentions (services and drugs, body parts with side
// and regions, counts, dates with their role, ages, sex words and
// pronouns), and each rationale what its conclusion judges
// (Rationale.Judged). Run reads the mentions, on a copy, when the letter
// was read without them (extract.Options.Mentions): only the kinds it
// compares (services, body parts, dates, sex; extract.FindMentionsOf).
// No check reads the diagnoses, so imr check reads letters without them
// (extract.Options.NoDiagnoses). Some checks still read sentences with
// patterns of their own (the review dates, the phrases that point at the
// request): facts extraction does not yet give.
//
// # Severities
//
// error: both sides state a value and the values differ: the item line's
// count and the count the conclusion judges, two strengths of one drug,
// the outcome word and the conclusion, the item's service and the one
// the conclusion's request names, a body part or side the rationale
// gives the item's own service, the header's and the text's date of
// injury, two header dates out of order, two stated ages. A reviewer
// should expect each to be a real contradiction, or a typing error worth
// correcting.
//
// warning: one side is a reading rather than a stated value: a phrase
// pointing at the request ("the need for additional acupuncture"), a
// guideline chapter's or section's coverage, a side the item line gives
// where the summary names only the other, the original request of a
// partial certification judged in words, the dosing's product, a sex
// word against pronouns, a UR date, a sentence repeated. A reviewer
// should read the evidence: most are real, some are the letter's
// shorthand.
//
// info: durations ("pain for 10 months") measured back against the date
// of injury; loose by nature.
//
// # Tolerances
//
//   - quantity-mismatch: exact equality of counts of the same unit class
//     (sessions, visits and treatments are one class; tablets, capsules,
//     patches and units another; a count without unit goes with any);
//     counts the guidelines give are not the request; for a partial
//     certification the item line is the remaining portion, and a
//     conclusion on "the initial (original) request" judges the original
//     count.
//   - strength-mismatch: the strengths of one drug written differently
//     (5/325mg against 10/325mg).
//   - outcome-conflict: the outcome against the conclusion's polarity.
//   - service-mismatch: for the request the conclusion judges, a
//     sentence that names a request and gives it a verdict, or a phrase
//     naming the request in a rationale that never names the item's
//     service: any service that is neither the item's nor a form or
//     alternative of it the lexicon declares (lexicon key alternatives:
//     MRI and MR arthrogram, EMG and electrodiagnostic studies, a brand
//     and its generic, a combination drug and its parts); for the weaker
//     pointers ("the need for additional X", "the X in question"),
//     another category. Not another item's service where that item's
//     body part fits (unless that item's own rationale, written apart,
//     judges it: then each rationale has its request), and not one the
//     item line also names; sentences
//     about earlier requests, a request another depends on ("Since the
//     fusion is not medically necessary"), guidelines, or care already
//     given ("has failed conservative care including physical therapy")
//     name no request.
//   - body-part-mismatch: a body region neither equal to the item's nor
//     holding it nor the spine segment its nerves leave. Each part of
//     the judged request is held against the item line's parts; and
//     each part of the item line against the judged request's, where
//     that request names as many regions (it restates the request in
//     full: a shorter restatement leaves parts unjudged, not
//     contradicted).
//   - laterality-mismatch: left against right for the same region; a
//     sentence comparing the sides names none; two parts on opposite sides
//     ("left hip ... right ankle") are no conflict; an item line's side
//     against a letter that names its part only on the other side, at
//     least twice, and no other item on that side.
//   - guideline-mismatch: no cited MAXIMUS chapter covers the item's
//     region (lexicon data chapters.lex: ACOEM Low Back Complaints covers
//     the thoracic and lumbar spine); a chapter's pre-operative testing
//     sections cover the tests before its surgery.
//   - date-mismatch: any day's difference; a date the sentence ties to
//     another event ("a note three weeks after the injury on ...") is not
//     a date of injury.
//   - date-order: strictly before.
//   - sex-mismatch: a sex word against the pronouns the letter uses for
//     the claimant, not a physician's nor the reviewer's "He/she".
//   - age-mismatch: more than one year apart.
//   - duplicate-text: a run of sentences repeated at once, at least 5
//     words; or two adjacent sentences of one part of at least 6 words
//     each whose word-pair (2-shingle) sets have a Jaccard similarity of
//     at least 0.6; or a run of up to four sentences (colon-ended
//     clauses count as sentences) restated at once, each the same or
//     restated so. Identical rationales of paired items are in different
//     parts and do not count.
//
// # Measured on a held-back half
//
// The rules are written against real letters split by a fixed rule: the
// tuning half is the letters whose case number ends in an even digit,
// the test half those ending in an odd one. Rules are written and changed
// looking only at the tuning half; of the test half only the figures are
// read (TestRealLetters prints both). Score measures the checks the same
// way on any letters with hand-read gold (imr grade on the command line).
//
// # What counts as the same
//
// The lexicon decides what is the same service or drug (a brand and its
// generic, CBT and cognitive behavioral therapy), which services are
// forms or alternatives of one another, which body region a
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
