package pdftext

import "math"

// matrix is a PDF transformation [a b c d e f]: a point (x, y) maps to
// (a*x + c*y + e, b*x + d*y + f).
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// apply maps the point (x, y).
func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// pageMatrix maps user space to the page as shown: origin at the top left,
// y down, after a /Rotate of 0, 90, 180 or 270 degrees. It also returns
// the width and height shown.
func pageMatrix(x0, y0, x1, y1 float64, rotate int) (matrix, float64, float64) {
	w, h := x1-x0, y1-y0
	switch rotate {
	case 90:
		return matrix{0, 1, 1, 0, -y0, -x0}, h, w
	case 180:
		return matrix{-1, 0, 0, 1, x1, -y0}, w, h
	case 270:
		return matrix{0, -1, -1, 0, y1, x1}, h, w
	}
	return matrix{1, 0, 0, -1, -x0, y1}, w, h
}

// scaleY is the length of the unit y vector under m: the factor a font
// size is drawn at (math.Hypot, without its cost for unrotated text).
func (m matrix) scaleY() float64 {
	switch {
	case m[2] == 0:
		return math.Abs(m[3])
	case m[3] == 0:
		return math.Abs(m[2])
	}
	return math.Hypot(m[2], m[3])
}
