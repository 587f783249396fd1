package render

import "strconv"

// Table metrics.
const (
	tableSize    = 8.5
	tableLeading = 11.0
	cellPad      = 4.0
	colGap       = 10.0 // after each column, so text columns stay apart
	maxLeast     = 0.4  // a column's longest word claims at most this share of the width
)

// tableLayout is a table's column widths and its rows' wrapped cells.
type tableLayout struct {
	widths []float64
	rows   [][][]textLine // row, cell, lines
	height []float64      // of each row
}

// layoutTable sizes the columns: each its natural width when all fit,
// else its longest word plus a share of the room left in proportion to
// what it lacks.
func (w *pdfWriter) layoutTable(b *block) *tableLayout {
	cols := 0
	for _, r := range b.rows {
		cols = max(cols, len(r))
	}
	natural, least := make([]float64, cols), make([]float64, cols)
	for ri, r := range b.rows {
		for c, cl := range r {
			words := w.words(cl, rowStyle(ri), tableSize)
			natural[c] = max(natural[c], lineWidth(words)+2*cellPad+colGap)
			for _, wd := range words {
				least[c] = max(least[c], min(wd.width+2*cellPad+colGap, bodyW*maxLeast))
			}
		}
	}
	t := &tableLayout{widths: columnWidths(natural, least, bodyW)}
	for ri, r := range b.rows {
		row, h := make([][]textLine, cols), 1
		for c := range cols {
			if c < len(r) {
				row[c] = wrapWords(w.words(r[c], rowStyle(ri), tableSize), t.widths[c]-2*cellPad-colGap)
			}
			h = max(h, len(row[c]))
		}
		t.rows = append(t.rows, row)
		t.height = append(t.height, float64(h)*tableLeading+2*cellPad/2+2)
	}
	return t
}

// rowStyle sets the header row in bold.
func rowStyle(row int) style {
	if row == 0 {
		return bold
	}
	return 0
}

func lineWidth(words []word) float64 {
	x := 0.0
	for i, wd := range words {
		x += wd.width
		if i+1 < len(words) {
			x += wd.space
		}
	}
	return x
}

// columnWidths shares total among columns.
func columnWidths(natural, least []float64, total float64) []float64 {
	sumN, sumL := 0.0, 0.0
	for i := range natural {
		sumN += natural[i]
		sumL += least[i]
	}
	out := make([]float64, len(natural))
	for i := range natural {
		switch {
		case sumN <= total:
			out[i] = natural[i]
		case sumL >= total || sumN == sumL:
			out[i] = least[i] * total / sumL
		default:
			out[i] = least[i] + (natural[i]-least[i])*(total-sumL)/(sumN-sumL)
		}
	}
	return out
}

func (w *pdfWriter) tableHeight(b *block) float64 {
	return w.rowsHeight(b, len(b.rows)) + paragraphSpace + 2
}

// rowsHeight is the height of a table's first n rows.
func (w *pdfWriter) rowsHeight(b *block, n int) float64 {
	t := w.layoutTable(b)
	h := 0.0
	for i := 0; i < n && i < len(t.height); i++ {
		h += t.height[i]
	}
	return h
}

// drawTable draws a table row by row; a row that does not fit starts a
// new page, where the header row is drawn again.
func (w *pdfWriter) drawTable(b *block) {
	t := w.layoutTable(b)
	for i := range t.rows {
		need := t.height[i]
		if i == 0 && len(t.rows) > 1 {
			need += t.height[1]
		}
		if need > w.room() && !w.fresh {
			w.newPage()
			if i > 0 {
				w.drawRow(t, 0)
			}
		}
		w.drawRow(t, i)
	}
	w.y += paragraphSpace + 2
}

// drawRow draws row i at the current height.
func (w *pdfWriter) drawRow(t *tableLayout, i int) {
	h := t.height[i]
	if i == 0 {
		w.f.SetFillColor(232, 232, 232)
		w.f.Rect(marginX, w.y, sum(t.widths), h, "F")
	}
	x := marginX
	for c, lines := range t.rows[i] {
		y := w.y + cellPad/2 + 1
		for _, l := range lines {
			w.drawLine(l, x+cellPad, y+tableLeading*0.78, tableSize)
			y += tableLeading
		}
		x += t.widths[c]
	}
	w.f.SetDrawColor(190, 190, 190)
	w.f.SetLineWidth(0.4)
	w.f.Line(marginX, w.y+h, marginX+sum(t.widths), w.y+h)
	w.y += h
	w.fresh = false
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// Chart metrics.
const (
	barHeight = 10.0
	barStep   = 15.0
)

func (w *pdfWriter) chartHeight(b *block) float64 {
	h := float64(len(b.bars))*barStep + paragraphSpace + 4
	if b.title != "" {
		h += bodyLeading + 2
	}
	return h
}

// drawChart draws a horizontal bar chart: labels on the left, bars
// scaled to the largest value, each value after its bar.
func (w *pdfWriter) drawChart(b *block) {
	if w.chartHeight(b) > w.room() && !w.fresh {
		w.newPage()
	}
	if b.title != "" {
		w.drawLine(textLine{words: w.words([]span{{b.title, bold}}, 0, bodySize)}, marginX, w.y+bodyLeading*0.78, bodySize)
		w.y += bodyLeading + 2
	}
	labelW, top := 0.0, 0.0
	for _, br := range b.bars {
		labelW = max(labelW, w.fonts.width(br.label, 0, tableSize))
		top = max(top, br.value)
	}
	labelW = min(labelW+8, bodyW*0.4)
	area := bodyW - labelW - 40
	for _, br := range b.bars {
		w.drawBar(br, labelW, area, top)
	}
	w.y += paragraphSpace + 4
	w.fresh = false
}

// drawBar draws one bar of a chart.
func (w *pdfWriter) drawBar(br bar, labelW, area, top float64) {
	base := w.y + barHeight*0.85
	w.fonts.use(0, tableSize)
	label := fitText(w, br.label, labelW-8)
	w.f.Text(marginX, base, label)
	length := 0.0
	if top > 0 {
		length = area * br.value / top
	}
	w.f.SetFillColor(70, 110, 160)
	if length > 0 {
		w.f.Rect(marginX+labelW, w.y, length, barHeight, "F")
	}
	w.f.Text(marginX+labelW+length+4, base, strconv.FormatFloat(br.value, 'f', -1, 64))
	w.y += barStep
}

// fitText shortens s with an ellipsis to fit width at the table size.
func fitText(w *pdfWriter, s string, width float64) string {
	if w.fonts.width(s, 0, tableSize) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && w.fonts.width(string(r)+"…", 0, tableSize) > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
