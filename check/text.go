package check

import (
	"bufio"
	"fmt"
	"io"
)

// WriteText writes findings as a compiler does, one line each, at the
// place of its first evidence:
//
//	letter.txt:55:39: error quantity-mismatch: the item line requests 14 ...
//
// followed by one indented line per evidence with its place, its role and
// its text (white space collapsed, long text shortened):
//
//	letter.txt:55:39: header: QTY: 14.00
//	letter.txt:93:36: rationale: 12 sessions
func WriteText(w io.Writer, rs []Report) error {
	b := bufio.NewWriter(w)
	for _, r := range rs {
		for _, f := range r.Findings {
			writeFinding(b, r.File, f)
		}
	}
	return b.Flush()
}

// excerptLen is the most bytes of an evidence's text the text form shows.
const excerptLen = 160

func writeFinding(b *bufio.Writer, file string, f Finding) {
	line, col := 0, 0
	if len(f.Evidence) > 0 {
		line, col = f.Evidence[0].Line, f.Evidence[0].Column
	}
	fmt.Fprintf(b, "%s:%d:%d: %s %s: %s\n", file, line, col, f.Severity, f.Code, f.Message)
	for _, e := range f.Evidence {
		fmt.Fprintf(b, "\t%s:%d:%d: %s: %s\n", file, e.Line, e.Column, e.Role, clip(e.Text, excerptLen))
	}
}
