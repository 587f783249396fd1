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
package extract
