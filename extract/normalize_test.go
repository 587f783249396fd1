package extract

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"reflow", "The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16. The\ninjured worker was treated.\n", "The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16. The injured worker was treated.\n"},
		{"blank line", "First paragraph.\n\nSecond paragraph.\n", "First paragraph.\n\nSecond paragraph.\n"},
		{"header table", "Case Number:          CM16-0213037\nDate Assigned:        11/09/2016                      Date of Injury:      10/13/2016\nPriority:             Standard                        Application          11/03/2016\n                                                      Received:\n\nHOW IT WAS MADE\n",
			"Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nDate of Injury: 10/13/2016\nPriority: Standard\nApplication Received: 11/03/2016\n\nHOW IT WAS MADE\n"},
		{"outcome alone", "Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS:\n11/11/2016:\nUpheld\nClaims Administrator guideline: none.\n",
			"Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016: Upheld\n\nClaims Administrator guideline: none.\n"},
		{"item after rationale", "the request is not medically necessary.\nX-rays of the lumbar spine: Upheld\n", "the request is not medically necessary.\n\nX-rays of the lumbar spine: Upheld\n"},
		{"split date", "injured on 10/14/\n2016 at work.\n", "injured on 10/14/2016 at work.\n"},
		{"compound hyphen", "pain on the right-\nsided wrist and the right side.\n", "pain on the right-sided wrist and the right side.\n"},
		{"broken word", "there is no documen-\ntation of the visit.\n", "there is no documentation of the visit.\n"},
		{"form feed inside paragraph", "the treating physician\n\frecommended therapy.\n", "the treating physician recommended therapy.\n"},
		{"heading", "CLINICAL CASE SUMMARY\nThe expert reviewer developed the summary:\n", "CLINICAL CASE SUMMARY\n\nThe expert reviewer developed the summary:\n"},
		{"double spaced", "One line of the first paragraph \n\ngoes on here. \n\n \n\nA second paragraph \n\nends here. \n\n", "One line of the first paragraph goes on here.\n\nA second paragraph ends here.\n"},
		{"trailing spaces and tabs", "Some  words\twith   gaps.  \n", "Some words with gaps.\n"},
		{"crlf", "Line one.\r\n\r\nLine two.\r\n", "Line one.\n\nLine two.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := normalize(tt.in)
			if d.text != tt.want {
				t.Errorf("normalize(%q) =\n%q\nwant\n%q", tt.in, d.text, tt.want)
			}
			checkSourceMap(t, d)
		})
	}
}

// checkSourceMap requires every copied run to match the source.
func checkSourceMap(t *testing.T, d *document) {
	t.Helper()
	for _, s := range d.segs {
		if d.text[s.norm:s.norm+s.n] != d.source[s.src:s.src+s.n] {
			t.Errorf("segment %+v: %q is not %q", s, d.text[s.norm:s.norm+s.n], d.source[s.src:s.src+s.n])
		}
	}
}

func TestPages(t *testing.T) {
	d := normalize("Page one text.\n\fPage two text.\n\fPage three.\n\f")
	for _, tt := range []struct {
		word string
		page int
	}{{"one", 1}, {"two", 2}, {"three", 3}} {
		off := indexOf(d.text, tt.word)
		if got := d.page(off); got != tt.page {
			t.Errorf("page(%q) = %d, want %d", tt.word, got, tt.page)
		}
	}
	if d.pageCount() != 3 {
		t.Errorf("pageCount() = %d, want 3", d.pageCount())
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
