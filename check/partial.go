package check

import (
	"fmt"
	"strings"
)

// A letter read only in part: its source file was damaged (a stream that
// would not decode, a truncated file, pages of images), so facts may be
// missing and no finding is a reason to trust the rest. One finding for
// the letter, whatever the number of warnings, so that a partly read
// letter is never reported clean.

// CodePartialRead is the code of the finding for a letter read in part.
const CodePartialRead = "partial-read"

// checkPartialRead reports a letter that carries read warnings.
func checkPartialRead(d *letter) []Finding {
	ws := d.Warnings
	if len(ws) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("the file was only partly read, so facts may be missing: ")
	if ws[0].Page > 0 {
		fmt.Fprintf(&b, "page %d: ", ws[0].Page)
	}
	b.WriteString(ws[0].Message)
	if len(ws) > 1 {
		fmt.Fprintf(&b, " (and %d more warnings)", len(ws)-1)
	}
	return []Finding{{Code: CodePartialRead, Severity: Error, Message: b.String(), Item: -1}}
}
