package extract

import (
	"strings"
	"testing"
	"time"
)

// hyphenated returns a letter body of n prose lines, each ending in a
// word cut by a hyphen whose joined form the text never holds, so that
// every line end asks whether the pieces are one word.
func hyphenated(n int) string {
	cuts := [][2]string{{"physio", "therapy"}, {"electro", "diagnostic"}, {"documen", "tation"}, {"radi", "culopathy"}}
	var b strings.Builder
	b.WriteString("CLINICAL CASE SUMMARY\n")
	for i := range n {
		c := cuts[i%len(cuts)]
		if i > 0 {
			b.WriteString(cuts[(i-1)%len(cuts)][1])
			b.WriteString(" ")
		}
		b.WriteString("the injured worker reported ongoing symptoms and requests ")
		b.WriteString(c[0])
		b.WriteString("-\n")
	}
	b.WriteString("care.\n")
	return b.String()
}

// BenchmarkHyphenated reads a body of hyphenated lines at 1x and 10x
// the size and reports the ratio of their times: linear work gives
// about 10, and the goal is at most 15 (it was quadratic: 80,000 lines
// took 49 s). One op reads both sizes.
func BenchmarkHyphenated(b *testing.B) {
	small, large := []byte(hyphenated(8000)), []byte(hyphenated(80000))
	var ts, tl time.Duration
	for b.Loop() {
		ts += timeRead(b, small)
		tl += timeRead(b, large)
	}
	b.ReportMetric(float64(tl)/float64(ts), "10x/1x")
	b.ReportMetric(float64(len(large))/(1<<20), "MiB-10x")
}

func timeRead(b *testing.B, data []byte) time.Duration {
	start := time.Now()
	if _, err := Read("hyphenated.txt", data, Options{}); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}
