// Package check finds the contradictions inside an IMR letter: a count in
// the item line that the rationale does not judge, an outcome the
// rationale contradicts, another body part, side, service or date, a
// repeated paragraph. Each finding has a code, a severity, a message that
// names both sides with their values, and the spans of both sides.
package check
