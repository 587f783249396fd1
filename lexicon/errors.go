package lexicon

import (
	"fmt"
	"sort"
)

// Position is a place in a lexicon file: its path inside the folder it
// was loaded from, and a 1-based line and byte column.
type Position struct {
	Path      string
	Line, Col int
}

// String returns "path:line:col", or the path alone when the position
// has no line (an error of the whole file or folder).
func (p Position) String() string {
	if p.Line == 0 {
		return p.Path
	}
	return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
}

// Error is one error in a lexicon file.
type Error struct {
	Pos Position
	Msg string
}

// Error returns "path:line:col: message".
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList is the list of errors of one load, in the manner of
// go/scanner.ErrorList. Its zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error at pos.
func (p *ErrorList) Add(pos Position, msg string) {
	*p = append(*p, &Error{Pos: pos, Msg: msg})
}

// Sort orders the list by path, line and column.
func (p ErrorList) Sort() {
	sort.SliceStable(p, func(i, j int) bool { return p.less(i, j) })
}

func (p ErrorList) less(i, j int) bool {
	a, b := p[i].Pos, p[j].Pos
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// Error returns the first error and how many more there are.
func (p ErrorList) Error() string {
	switch len(p) {
	case 0:
		return "no errors"
	case 1:
		return p[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", p[0], len(p)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}
