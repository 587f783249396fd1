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
//
// In a PDF the place is the page and the line of that page, as a reader
// counts them: letter.pdf:p2:l4.
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
	at := "0:0"
	if len(f.Evidence) > 0 {
		at = textPlace(f.Evidence[0])
	}
	fmt.Fprintf(b, "%s:%s: %s %s: %s\n", file, at, f.Severity, f.Code, f.Message)
	for _, e := range f.Evidence {
		fmt.Fprintf(b, "\t%s:%s: %s: %s\n", file, textPlace(e), e.Role, clip(e.Text, excerptLen))
	}
}

// textPlace is "p2:l4" in a PDF, else "line:column".
func textPlace(e Evidence) string {
	if e.PageLine > 0 {
		return fmt.Sprintf("p%d:l%d", e.Page, e.PageLine)
	}
	return fmt.Sprintf("%d:%d", e.Line, e.Column)
}
