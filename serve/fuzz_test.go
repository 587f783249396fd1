package serve

import (
	"strings"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

// FuzzLayout lays out any text as the review page does: no panic, and
// the segments of the pages put together are the normalized text, so
// nothing is lost or shown twice whatever the facts' spans.
func FuzzLayout(f *testing.F) {
	f.Add(string(seed(f)))
	f.Add("Case Number: CM16-0000001\nDate of Injury: 01/02/2015\n\n<script>x</script> 12 sessions\f page two")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		l := extract.Parse("fuzz.txt", text, extract.Options{})
		d, err := newLetter(l, nil, &check.Config{})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, p := range layout(d, marks(d)) {
			for _, s := range p.Segments {
				b.WriteString(s.Text)
			}
		}
		if got := b.String(); got != l.NormalizedText() {
			t.Errorf("layout of %q gives %q, want the normalized text %q", text, got, l.NormalizedText())
		}
	})
}
