package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imrkit/imrkit/internal/textpat"
)

// flow decides where prose lines join into paragraphs.
type flow struct {
	width int            // the wrap width of the prose, in columns
	src   string         // the source text
	low   []byte         // the source in ASCII lower case, made when first needed
	words map[string]int // the whole words of low and their counts, made after scansBeforeIndex questions
	scans int            // the questions answered by scanning low
}

// scansBeforeIndex is how many questions about words (see count) are
// answered by scanning the text before its words are counted once into
// a map: a letter asks about a few hyphenated line ends, for which a
// scan is cheaper, but a text of thousands would scan itself for each,
// in time quadratic in its size.
const scansBeforeIndex = 16

// slack is how many columns short of the wrap width a line may end and
// still have been wrapped: proportional fonts make column counts vary.
const slack = 12

// blockStarts are line openings that always begin a new paragraph.
var blockStarts = []string{
	"Claims Administrator guideline:",
	"MAXIMUS guideline:",
	"Decision rationale:",
	"The Expert Reviewer has the following credentials",
	"State(s) of Licensure:",
	"Certification(s)/Specialty:",
	"The Final Determination was based on",
	"The expert reviewer developed the following",
	"MAXIMUS Federal Services sent the complete case file",
	"Medical Treatment Guideline(s) Used by",
	"Medical Treatment Guideline(s) used by",
	"Rationale Used by",
	"Rationale used by",
	"Regarding the request for",
	"Case Summary:",
	"Expert Reviewer Case Summary:",
	"Disclaimer:",
	"Documents Reviewed for Determination",
	"Medical Qualifications of the Expert Reviewer",
	"Dear ",
}

// blockFirsts holds the first bytes of blockStarts.
var blockFirsts = func() (set [256]bool) {
	for _, p := range blockStarts {
		set[p[0]] = true
	}
	return set
}()

// outcomeOnly reports a line that is only an outcome word. Neither word
// has a letter whose case folds outside ASCII, so the lengths must agree.
func outcomeOnly(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return len(s) == len("upheld") && strings.EqualFold(s, "upheld") ||
		len(s) == len("overturned") && strings.EqualFold(s, "overturned")
}

// itemEnd reports a line that ends with ": Upheld" or ": Overturned".
func itemEnd(s string) bool { return isItem(s) }

// numbered reports a line that opens with "1) ".
func numbered(s string) bool {
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	return i > 0 && i <= 2 && strings.HasPrefix(s[i:], ") ")
}

// pageMark reports a "Page 2 of 3" line.
func pageMark(s string) bool {
	if len(s) < 9 || s[0]|0x20 != 'p' || !strings.EqualFold(s[:5], "page ") {
		return false
	}
	f := strings.Fields(s[5:])
	return len(f) == 3 && allDigits(f[0]) && strings.EqualFold(f[1], "of") && allDigits(f[2])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// paragraphEnd returns the index after the last line of the paragraph
// that starts at lines[i].
func (f *flow) paragraphEnd(lines []line, i int) int {
	j := i + 1
	for j < len(lines) && lines[j].cells == nil && !f.breaks(&lines[j-1], &lines[j], lines[j+1:]) {
		j++
	}
	return j
}

// breaks reports whether a paragraph ends between prev and cur.
func (f *flow) breaks(prev, cur *line, after []line) bool {
	switch {
	case outcomeOnly(cur.text):
		return false
	case cur.blank, isHeading(prev.text), isHeading(cur.text), startsBlock(cur.text):
		return true
	case numbered(cur.text) && endsSentence(prev.text):
		return true
	case endsBlock(prev.text):
		return true
	case endsStop(prev.text) && isItemLine(cur, after):
		return true
	}
	return endsSentence(prev.text) && f.short(prev, cur)
}

// short reports whether the first word of cur would have fitted on prev:
// prev ended by choice, not for lack of room.
func (f *flow) short(prev, cur *line) bool {
	first := cur.text
	if k := strings.IndexByte(first, ' '); k >= 0 {
		first = first[:k]
	}
	end := prev.indent + runeCount(prev.text)
	return end+1+runeCount(first) <= f.width-slack
}

// isItemLine reports whether cur (or cur with an outcome word alone on
// the next line) is a disputed item's line.
func isItemLine(cur *line, after []line) bool {
	if itemEnd(cur.text) {
		return true
	}
	return len(after) > 0 && outcomeOnly(after[0].text) && strings.HasSuffix(cur.text, ":")
}

func startsBlock(s string) bool {
	if pageMark(s) {
		return true
	}
	if s == "" || !blockFirsts[s[0]] {
		return false
	}
	for _, p := range blockStarts {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func endsBlock(s string) bool {
	return itemEnd(s) || outcomeOnly(s) || strings.HasSuffix(s, "set forth below:") ||
		pageMark(s) || strings.HasSuffix(s, "following credentials:")
}

// endsSentence reports whether s ends with sentence punctuation, maybe
// followed by a closing quote or bracket.
func endsSentence(s string) bool {
	s = trimClosers(s)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ':', ';', '?', '!':
		return true
	}
	return false
}

// endsStop reports whether s ends a sentence with a full stop, question
// or exclamation mark.
func endsStop(s string) bool {
	s = trimClosers(s)
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return c == '.' || c == '?' || c == '!'
}

// trimClosers is strings.TrimRight(s, "\"'”’)]"): it drops the closing
// quotes and brackets that end s.
func trimClosers(s string) string {
	for {
		switch {
		case s == "":
			return s
		case isCloser(s[len(s)-1]):
			s = s[:len(s)-1]
		case s[len(s)-1] >= utf8.RuneSelf && (strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’")):
			s = s[:len(s)-len("”")]
		default:
			return s
		}
	}
}

// isCloser reports a closing quote or bracket of ASCII.
func isCloser(c byte) bool { return c == '"' || c == '\'' || c == ')' || c == ']' }

// isHeading reports whether s is a section heading: upper-case words.
func isHeading(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		case r < utf8.RuneSelf:
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 8 && strings.Contains(s, " ")
}

// emitParagraph writes lines as one paragraph: joined by a space, or by
// nothing where a word or a date was cut at the line end.
func (f *flow) emitParagraph(b *builder, lines []line) {
	if pageMark(lines[0].text) && len(lines) == 1 {
		return
	}
	separate(b)
	for k, l := range lines {
		start := l.start
		if k > 0 {
			start = f.join(b, lines[k-1], l)
		}
		writeWords(b, start, l.end)
	}
}

// join writes what goes between two lines of a paragraph and returns
// where the copy of the second line starts.
func (f *flow) join(b *builder, prev, cur line) int {
	p, c := prev.text, cur.text
	switch {
	case cutDate(p, c):
		return cur.start
	case cutWord(p, c):
		if f.brokenWord(lastWord(p), firstWord(c)) {
			b.dropLast()
		}
		return cur.start
	}
	b.add(" ")
	return cur.start
}

// brokenWord reports whether a hyphen at a line end broke one word
// ("documen-" + "tation") rather than joined two ("right-" + "sided"):
// the joined word occurs in the letter, or neither piece is a word of it
// and the second starts in lower case.
func (f *flow) brokenWord(head, tail string) bool {
	if len(f.low) == 0 {
		f.low = appendLower(f.low, f.src)
	}
	h, t := textpat.Lower(head), textpat.Lower(tail)
	if f.count(h+t, 1) > 0 {
		return true
	}
	// Each piece occurs once as the piece itself.
	first, _ := utf8.DecodeRuneInString(tail)
	return tail != "" && unicode.IsLower(first) && f.count(h, 2) < 2 && f.count(t, 2) < 2
}

// count is countWord over the lower-case source, up to limit: by
// scanning for the first questions, then from the words counted once.
func (f *flow) count(w string, limit int) int {
	if f.words == nil && f.scans < scansBeforeIndex {
		f.scans++
		return countWord(f.low, w, limit)
	}
	if f.words == nil {
		f.words = wordCounts(f.low)
	}
	return min(f.words[w], limit)
}

// cutDate reports a number cut after its separator: "10/14/" + "2016".
func cutDate(p, c string) bool {
	n := len(p)
	return n >= 2 && (p[n-1] == '/' || p[n-1] == '-') && isDigit(p[n-2]) && c != "" && isDigit(c[0])
}

// cutWord reports a word hyphenated at the line end: "Electro-" +
// "diagnostic".
func cutWord(p, c string) bool {
	n := len(p)
	if n < 2 || p[n-1] != '-' || c == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p[:n-1])
	f, _ := utf8.DecodeRuneInString(c)
	return unicode.IsLetter(r) && unicode.IsLetter(f)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lastWord returns the letters before the final hyphen of s.
func lastWord(s string) string {
	s = strings.TrimSuffix(s, "-")
	i := strings.LastIndexFunc(s, notLetter)
	return s[i+1:]
}

// firstWord returns the leading letters of s.
func firstWord(s string) string {
	i := strings.IndexFunc(s, notLetter)
	if i < 0 {
		return s
	}
	return s[:i]
}
