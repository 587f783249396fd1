// Package inject makes one-fault copies of real IMR letters, to measure
// a review (a person's or package check's) against faults of known kind
// and place.
//
// # Operators
//
// An Operator changes one side of a pair the letter states consistently:
// the side, service, body part, count or drug strength of an item in its
// item line or in the rationale's request; a header date; the sex word or
// the pronouns; one of two age statements; a summary sentence written
// twice (exactly or with small edits); the MAXIMUS guideline's chapter;
// the outcome or the conclusion. Each has a Code, the code package check
// reports for the fault, and a name; Select picks operators by either.
//
// A copy is made only where the fault can be found in principle: the
// other side of the pair is stated in the letter and stays as it was (a
// count is changed only where the rationale judges the same count; the
// sex word only where pronouns for the claimant agree with it; a side
// only where the letter never gives that body part the other side).
//
// The pairs are read from extract's facts (Letter.FindMentions, which
// Read calls) where extract has them:
//
//   - a service, body part or strength of the rationale is the one of
//     the request its conclusion judges (Rationale.Judged); a rationale
//     that concludes "The request is not medically necessary" without
//     naming the service, part or strength states no side a changed
//     item line could be told from, so its item gets no such copy;
//   - a side in the rationale is changed only in the judged request (a
//     side in a sentence about the injury is no request's); an item
//     line's side is told from the rationale's wherever the rationale
//     gives that part the same side;
//   - where the item line names its service more than once (a partial
//     certification's original request, then the header), each is
//     replaced;
//   - pronouns and age statements are extract's mentions from the
//     summary on (a pronoun is the claimant's, never the reviewer's
//     "He/she").
//
// Replacements come from the lexicon's concepts (same category or
// another, a region the letter never names), never from a list in code;
// a service is never replaced by one the lexicon declares the same
// request (Lexicon.Alternative: a form, part or alternative of it, or a
// broader term that declares it a form: physical therapy to aquatic
// therapy, MRI to MR angiogram), as such a copy holds no fault.
//
// One copy holds one fault. Choices (which replacement, how far a date
// moves) are drawn from Options.Seed, the letter's file name, the
// operator and the item, so the same seed gives the same copies whatever
// else is copied. Each copy is read back: it must read as the letter's
// normalized text with exactly the planned edits made, and the changed
// fact must read as changed; otherwise the fault is planned again with
// the next choices (a few times) or no copy is made.
//
// # Copies
//
// A UTF-8 text letter is copied as written, the edits made in place
// (basis "source"). A PDF, or text in another encoding, is copied as its
// normalized text (basis "normalized"): the copy is text either way,
// named ORIGIN.CODE.OPERATOR.itemN.txt (or .letter.txt for a fault of
// the letter as a whole), for example
// CM16-0213037.laterality-mismatch.side-item.item0.txt.
//
// # Manifest
//
// Writer writes the copies into a folder with manifest.jsonl, one JSON
// object (a Fault) per copy:
//
//	file           the copy's file name in the folder
//	origin         the letter's path as given
//	origin_sha256  the sha256 of the letter's bytes
//	basis          "source" (the file as written) or "normalized" (its
//	               normalized text): the text the original offsets count in
//	code           the finding code a review should report (check's codes)
//	operator       the operator's name
//	item           the item's index in the letter (0-based, as check's
//	               findings count), -1 for a fault of the letter as a whole
//	seed           the seed the choices were drawn from
//	change         what changed, in words
//	edits          each replacement: before and after (the text), and
//	               where: original and copy, each {start, end, line,
//	               column, page}: byte offsets (end exclusive) into the
//	               basis text and into the copy, the 1-based line and
//	               column (in characters) of the start, and the page of the
//	               original where known. An insertion has start == end in
//	               the original.
//	pair           the other side of the fault, which the copy keeps:
//	               text, and its original and copy places
//
// The copy is the basis text with each edit's original range replaced by
// its after text; nothing else differs. A Writer never overwrites an
// input or a file it did not write: it refuses a folder that holds an
// input, or any file but an earlier run's manifest and the copies that
// manifest lists (those it removes first).
package inject
