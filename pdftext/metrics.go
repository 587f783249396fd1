package pdftext

import "strings"

// Widths of the printable ASCII glyphs (0x20 to 0x7e) of the standard
// fonts, in thousandths of the font size, for fonts that carry no /Widths.
// Bold and italic faces use the widths of the regular face: close enough
// to place words.
var (
	helveticaWidths = [95]uint16{
		278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
	}
	timesWidths = [95]uint16{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
	}
)

// standardWidths fills w with the widths of a standard font named base
// (a subset prefix such as "ABCDEF+" is ignored), in text space units.
func standardWidths(base string, w *[256]float64) {
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:]
	}
	var table *[95]uint16
	def := 0.5
	switch {
	case strings.HasPrefix(base, "Courier"):
		def = 0.6
	case strings.HasPrefix(base, "Times"):
		table, def = &timesWidths, 0.5
	default:
		table, def = &helveticaWidths, 0.556
	}
	for c := range w {
		w[c] = def
		if table != nil && c >= 0x20 && c < 0x7f {
			w[c] = float64(table[c-0x20]) / 1000
		}
	}
}
