// Package extract reads an IMR determination letter, as PDF or as text,
// into a Letter: its case number and dates, reviewer, claimant, diagnoses
// and, per disputed item, the service, quantity, outcome, partial
// certification, guidelines and rationale.
//
// # Spans
//
// Every fact carries a Span: byte offsets into the letter's normalized
// text (Letter.Text), end exclusive, and the page it stands on. A fact's
// Text is always Letter.Text[Start:End]. Line and column are computed
// only when printing, from the map back to the source (Letter.Position).
//
// # Mentions
//
// Asked for (Options.Mentions, Letter.FindMentions), extraction also
// records what each part of the letter names (the header, the summary,
// each item line, each guideline and each rationale): services and drugs
// with their concept, category, strength and form; body parts with side
// and regions; counts with their unit; dates with their role (injury, UR
// decision, request for authorization, exam, surgery, other); ages; sex
// words and the claimant's pronouns (not the reviewer's "He/she"). Per
// item, Rationale.Judged is the request the conclusion judges: the
// service, body part, side and count named in "the request for X is (not)
// medically necessary" and its variants. They are what package check
// compares; they are left out by default because the lexicon search over
// every part costs several times the rest of the extraction.
//
// # Input
//
// ReadFile and ReadInput read only regular files (after following
// symbolic links): a named pipe, a device or a folder is an *InputError
// at once, so that a FIFO or a link to /dev/zero named like a letter
// neither blocks a batch nor fills its memory. Every way in (ReadFile,
// ReadInput, ReadStream, Read) refuses input larger than
// Options.MaxBytes, DefaultMaxBytes (16 MiB) unless set, with an
// *InputError naming the file that wraps a *TooLargeError with the
// limit: a real letter is under 200 KB, and a file a thousand times
// that is a mistake (a folder of letters concatenated, a log) that would
// cost minutes and gigabytes.
package extract
