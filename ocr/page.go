package ocr

import (
	"bufio"
	"bytes"
	"errors"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Page is one page read by OCR: its text laid out as lines, its words,
// and its size in points. Err is set when the page could not be read.
type Page struct {
	Number        int
	Width, Height float64
	Text          string
	Words         []Word // in text order
	Err           error
}

// Word is one recognized word: its byte span in Page.Text, its box and
// tesseract's confidence (0 to 100).
type Word struct {
	Text       string
	Start, End int
	Box        Box
	Conf       float64
}

// Box is a rectangle on the page in points, origin bottom left.
type Box struct {
	X0, Y0, X1, Y1 float64
}

// Locate returns the word at byte offset off of the page text, if any.
func (p *Page) Locate(off int) (Word, bool) {
	i := sort.Search(len(p.Words), func(i int) bool { return p.Words[i].End > off })
	if i < len(p.Words) && p.Words[i].Start <= off {
		return p.Words[i], true
	}
	return Word{}, false
}

// raw is a word as tesseract's TSV gives it, in pixels.
type raw struct {
	block, par, line       int
	left, top, width, high int
	conf                   float64
	text                   string
}

func (w raw) right() int      { return w.left + w.width }
func (w raw) lineKey() [3]int { return [3]int{w.block, w.par, w.line} }
func (w raw) runeWidth() float64 {
	return float64(w.width) / float64(max(utf8.RuneCountInString(w.text), 1))
}

// parseTSV reads tesseract's TSV: the words (level 5) and the page size
// in pixels (level 1).
func parseTSV(tsv []byte) ([]raw, int, int, error) {
	var words []raw
	w, h := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for first := true; sc.Scan(); first = false {
		f := strings.Split(sc.Text(), "\t")
		if first || len(f) < 12 {
			continue
		}
		n := make([]int, 10)
		for i := range n {
			n[i], _ = strconv.Atoi(f[i])
		}
		switch n[0] {
		case 1:
			w, h = n[8], n[9]
		case 5:
			conf, _ := strconv.ParseFloat(f[10], 64)
			if text := strings.TrimSpace(f[11]); text != "" {
				words = append(words, raw{block: n[2], par: n[3], line: n[4], left: n[6], top: n[7], width: n[8], high: n[9], conf: conf, text: text})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, 0, 0, err
	}
	if w == 0 || h == 0 {
		return nil, 0, 0, errors.New("tesseract: no page in the TSV output")
	}
	return words, w, h, nil
}

// row is one laid-out line: words left to right.
type row struct {
	words    []raw
	top, bot int
}

func (r *row) center() float64 { return float64(r.top+r.bot) / 2 }

// layout sets Text and Words from the raw words; scale turns pixels into
// points.
func (p *Page) layout(words []raw, scale float64) {
	words = clean(words)
	if len(words) == 0 {
		return
	}
	rows := mergeRows(tessLines(words))
	cw := charWidth(words)
	margin := words[0].left
	for _, w := range words {
		margin = min(margin, w.left)
	}
	pitch := rowPitch(rows)
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
			if gap := float64(r.top - rows[i-1].top); pitch > 0 && gap > 1.7*pitch {
				b.WriteByte('\n')
			}
		}
		p.writeRow(&b, r, cw, margin, scale)
	}
	p.Text = b.String()
}

// writeRow writes a row: indentation and column gaps as spaces.
func (p *Page) writeRow(b *strings.Builder, r row, cw float64, margin int, scale float64) {
	for i, w := range r.words {
		if i == 0 {
			b.WriteString(strings.Repeat(" ", int(math.Round(float64(w.left-margin)/cw))))
		} else if n := int(math.Round(float64(w.left-r.words[i-1].right()) / cw)); n >= 3 {
			b.WriteString(strings.Repeat(" ", n))
		} else {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w.text)
		p.Words = append(p.Words, Word{Text: w.text, Start: start, End: b.Len(), Conf: w.conf, Box: Box{
			X0: float64(w.left) * scale, X1: float64(w.right()) * scale,
			Y0: p.Height - float64(w.top+w.high)*scale, Y1: p.Height - float64(w.top)*scale,
		}})
	}
}

// tessLines groups words into tesseract's lines, in its reading order.
func tessLines(words []raw) []row {
	var rows []row
	for _, w := range words {
		if n := len(rows); n > 0 && rows[n-1].words[0].lineKey() == w.lineKey() {
			r := &rows[n-1]
			r.words = append(r.words, w)
			r.top, r.bot = min(r.top, w.top), max(r.bot, w.top+w.high)
			continue
		}
		rows = append(rows, row{words: []raw{w}, top: w.top, bot: w.top + w.high})
	}
	return rows
}

// mergeRows puts side-by-side lines into one row: OCR often reads a
// table's label column and value column as separate blocks. Rows are
// then sorted top to bottom and their words left to right.
func mergeRows(lines []row) []row {
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].top < lines[j].top })
	var rows []row
	for _, l := range lines {
		if k := besideRow(rows, l); k >= 0 {
			r := &rows[k]
			r.words = append(r.words, l.words...)
			r.top, r.bot = min(r.top, l.top), max(r.bot, l.bot)
			continue
		}
		rows = append(rows, l)
	}
	for i := range rows {
		sort.SliceStable(rows[i].words, func(a, b int) bool { return rows[i].words[a].left < rows[i].words[b].left })
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].center() < rows[j].center() })
	return rows
}

// besideRow returns the recent row that l sits beside (vertically
// centred on it, horizontally apart), or -1.
func besideRow(rows []row, l row) int {
	for k := len(rows) - 1; k >= 0 && k >= len(rows)-4; k-- {
		r := rows[k]
		h := float64(max(r.bot-r.top, l.bot-l.top))
		if math.Abs(r.center()-l.center()) > h/2 {
			continue
		}
		if apart(r.words, l.words) {
			return k
		}
	}
	return -1
}

// apart reports whether no word of a overlaps a word of b horizontally.
func apart(a, b []raw) bool {
	for _, x := range a {
		for _, y := range b {
			if x.left < y.right() && y.left < x.right() {
				return false
			}
		}
	}
	return true
}

// charWidth is the median width of a character, in pixels.
func charWidth(words []raw) float64 {
	ws := make([]float64, 0, len(words))
	for _, w := range words {
		if utf8.RuneCountInString(w.text) >= 3 {
			ws = append(ws, w.runeWidth())
		}
	}
	if len(ws) == 0 {
		return 10
	}
	sort.Float64s(ws)
	return max(ws[len(ws)/2], 1)
}

// rowPitch is the median distance between the tops of adjacent rows.
func rowPitch(rows []row) float64 {
	var d []float64
	for i := 1; i < len(rows); i++ {
		if g := rows[i].top - rows[i-1].top; g > 0 {
			d = append(d, float64(g))
		}
	}
	if len(d) == 0 {
		return 0
	}
	sort.Float64s(d)
	return d[(len(d)-1)/2]
}

// clean drops table rules and repairs what formats make certain.
func clean(words []raw) []raw {
	out := words[:0]
	for _, w := range words {
		w.text = repair(w.text)
		if w.text != "" {
			out = append(out, w)
		}
	}
	return out
}

var (
	// rule is a word drawn by a table's lines: bars and their lookalikes.
	rule = regexp.MustCompile(`^[|¦‖│]+$`)
	// caseNumber and date are tokens whose shape leaves only digits
	// where OCR may read the letters l, I, O or o.
	caseNumber = regexp.MustCompile(`^(CM[0-9lIOo]{2}-[0-9lIOo]{7})([.,;:)]?)$`)
	date       = regexp.MustCompile(`^([0-9lIOo]{1,2}[/-][0-9lIOo]{1,2}[/-][0-9lIOo]{2,4})([.,;:)]?)$`)
	digits     = strings.NewReplacer("l", "1", "I", "1", "O", "0", "o", "0")
	ligatures  = strings.NewReplacer("ﬁ", "fi", "ﬂ", "fl", "ﬀ", "ff", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")
)

// repair returns a word's text with ligatures spelt out, confusable
// letters in case numbers and dates read as digits, and a state's name
// read with I and l confused given its spelling (repairName); a table
// rule gives "". A bar stuck to a word (|Decision) is cut off.
func repair(s string) string {
	s = ligatures.Replace(s)
	if rule.MatchString(s) {
		return ""
	}
	s = strings.Trim(s, "|")
	if m := caseNumber.FindStringSubmatch(s); m != nil {
		return m[1][:2] + digits.Replace(m[1][2:]) + m[2]
	}
	if m := date.FindStringSubmatch(s); m != nil && strings.ContainsAny(m[1], "0123456789") {
		return digits.Replace(m[1]) + m[2]
	}
	return repairNames(s)
}
