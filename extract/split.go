package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/version"
)

// Part is one letter of a file as ReadAll reads it, with where it stands
// in the file: its index among the file's letters, and its bytes and
// pages in the file's text (the file for text input, the text layer for
// a PDF). The letter's own spans and pages count from its start: its
// page 1 is the file's FirstPage. Every letter of a file has the file's
// Source (path, SHA-256); its Source.Pages are its own.
type Part struct {
	Letter    *Letter
	Index     int // 1-based
	Count     int // letters in the file
	Start     int // byte offsets in the file's text, end exclusive
	End       int
	FirstPage int // 1-based pages of the file
	LastPage  int
}

// PartName is what the index-th letter (1-based) of a file that holds
// count letters goes by, given the file's: its path, or its SHA-256 as a
// key. A file of one letter keeps its own; a letter of a file of several
// has "#" and its index added ("claim.pdf#2"), as imr extract, corpus
// build and the review page name it.
func PartName(file string, index, count int) string {
	if count <= 1 {
		return file
	}
	return file + "#" + strconv.Itoa(index)
}

// SeveralLettersError is the cause of Read's error for a file that holds
// more than one letter (files of letters joined end to end): Read does
// not take them for one letter; ReadAll reads each.
type SeveralLettersError struct {
	Count int
}

func (e *SeveralLettersError) Error() string {
	return fmt.Sprintf("holds %d letters, not one (each letter's header and \"HOW THE IMR FINAL DETERMINATION WAS MADE\"): read them one by one (extract.ReadAll)", e.Count)
}

// ReadAll extracts every letter in data, PDF or text: a file may hold
// several letters end to end. A letter starts at its header (the line
// naming its case number, or the top of the page it starts on) before
// its reviewer section ("HOW THE IMR FINAL DETERMINATION WAS MADE"),
// which each letter has once. A file of one letter gives one Part, the
// letter Read gives. The error is Read's, for input that holds no text.
func ReadAll(name string, data []byte, opt Options) (ps []Part, err error) {
	defer func() {
		if r := recover(); r != nil {
			ps, err = nil, &InputError{Path: name, Err: fmt.Errorf("internal error: %v", r)}
		}
	}()
	src, loc, pages, warns, err := sourceText(name, data, opt)
	if err != nil {
		return nil, err
	}
	spans := splitLetters(src)
	if len(spans) <= 1 {
		l := readText(name, data, src, loc, pages, warns, opt)
		return []Part{{Letter: l, Index: 1, Count: 1, End: len(src), FirstPage: 1, LastPage: l.Source.Pages}}, nil
	}
	sum := digest(data)
	feeds := formFeeds(src, 0, len(src), nil)
	for i, s := range spans {
		first, last := pageOf(s.Start, feeds), pageOf(max(s.Start, s.End-1), feeds)
		l := parse(src[s.Start:s.End], opt, confidenceOf(loc, s.Start))
		if loc != nil {
			l.doc.boxes = shifted{loc, s.Start, first}
		}
		l.Source = Source{Path: name, SHA256: sum, Pages: last - first + 1, Layout: l.Source.Layout, Imrkit: version.String()}
		l.Warnings = warningsOf(warns, first+1, last+1)
		if opt.Mentions {
			l.FindMentions(opt.lexicon())
		}
		if opt.NoText {
			l.Text = ""
		}
		ps = append(ps, Part{Letter: l, Index: i + 1, Count: len(spans), Start: s.Start, End: s.End, FirstPage: first + 1, LastPage: last + 1})
	}
	return ps, nil
}

// warningsOf returns the warnings of a file that concern the pages first
// to last (1-based), counted from first; a warning of the whole file
// (page 0) concerns every letter in it.
func warningsOf(warns []Warning, first, last int) []Warning {
	var out []Warning
	for _, w := range warns {
		switch {
		case w.Page == 0:
			out = append(out, w)
		case w.Page >= first && w.Page <= last:
			out = append(out, Warning{Message: w.Message, Page: w.Page - first + 1})
		}
	}
	return out
}

// shifted is the locator of a letter cut from a longer text: offsets
// count from the letter's start, pages from its first page.
type shifted struct {
	loc   Locator
	off   int
	pages int // pages of the file before the letter's
}

func (s shifted) Locate(off int) (int, Box, bool) {
	p, b, ok := s.loc.Locate(off + s.off)
	return p - s.pages, b, ok
}

// countLetters counts the letters in a text: the lines that open a
// reviewer section.
func countLetters(src string) int { return len(letterMarks(src)) }

// letterMarks returns the offsets of the lines that open a letter's
// reviewer section, which each letter has once (the first of headings).
func letterMarks(src string) []int {
	var marks []int
	for _, opening := range headings[0].openings {
		for i := 0; ; {
			k := strings.Index(src[i:], opening)
			if k < 0 {
				break
			}
			at := i + k
			if lineStart(src, at) {
				marks = append(marks, at)
			}
			i = at + len(opening)
		}
	}
	slices.Sort(marks)
	return marks
}

// lineStart reports whether only white space stands before off on its
// line.
func lineStart(src string, off int) bool {
	for i := off - 1; i >= 0 && src[i] != '\n'; i-- {
		if !isSpaceByte(src[i]) {
			return false
		}
	}
	return true
}

// splitLetters cuts a text of several letters into one span of source
// offsets each; a text of one letter (or none) gives one span or none.
// Letter k (k > 1) starts at the first line naming a case number after
// letter k-1's reviewer heading, moved back to the start of its page when
// that page starts within a few lines before it; else at the page its
// reviewer heading stands on; else at that heading.
func splitLetters(src string) []Span {
	marks := letterMarks(src)
	if len(marks) <= 1 {
		return nil
	}
	starts := []int{0}
	for k := 1; k < len(marks); k++ {
		starts = append(starts, letterStart(src, marks[k-1], marks[k]))
	}
	spans := make([]Span, len(starts))
	for i, s := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		spans[i] = Span{Start: s, End: end}
	}
	return spans
}

// headerLines is how many lines before a letter's first line naming its
// case number may still belong to its header (a title, a date).
const headerLines = 8

// letterStart finds where the letter whose reviewer heading is at mark
// starts, after the previous letter's heading at prev.
func letterStart(src string, prev, mark int) int {
	at := mark // the line that opens the letter
	if i := strings.Index(src[prev:mark], "Case Number"); i >= 0 {
		at = prev + i
	}
	if ff := strings.LastIndexByte(src[prev:at], '\f'); ff >= 0 && strings.Count(src[prev+ff:at], "\n") <= headerLines {
		return prev + ff + 1
	}
	return strings.LastIndexByte(src[:at], '\n') + 1
}
