package corpus

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Bar draws a build's progress on a terminal as one line redrawn in
// place: files done, rate, time left and failures. Failed files are
// printed above it as they come.
type Bar struct {
	w     io.Writer
	drawn time.Time
	last  Progress
}

// NewBar returns a bar that draws on w, a terminal.
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }

// barRedraw is the time between two redraws.
const barRedraw = 100 * time.Millisecond

// Update takes the progress after one more file; use it as
// Options.Progress.
func (b *Bar) Update(p Progress) {
	b.last = p
	if p.Err != nil {
		fmt.Fprintf(b.w, "\r\033[K%s: %v\n", p.Path, p.Err)
		b.draw()
		return
	}
	if time.Since(b.drawn) >= barRedraw {
		b.draw()
	}
}

// Finish draws the final state and ends the line.
func (b *Bar) Finish() {
	b.draw()
	fmt.Fprintln(b.w)
}

func (b *Bar) draw() {
	b.drawn = time.Now()
	fmt.Fprintf(b.w, "\r\033[K%s", BarLine(b.last.Summary, 30))
}

// BarLine is the text of a progress bar width characters wide:
// "[=====>    ] 1200/5000 24% 310/s ETA 12s 3 failed".
func BarLine(s Summary, width int) string {
	done, total := s.Done(), max(s.Files, 1)
	filled := min(width, width*done/total)
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	if filled > 0 && filled < width {
		bar = bar[:filled-1] + ">" + bar[filled:]
	}
	rate, eta := 0.0, "?"
	if secs := s.Elapsed.Seconds(); secs > 0 && done > 0 {
		rate = float64(done) / secs
		eta = time.Duration(float64(s.Files-done) / rate * float64(time.Second)).Round(time.Second).String()
	}
	line := fmt.Sprintf("[%s] %d/%d %d%% %.0f/s ETA %s", bar, done, s.Files, 100*done/total, rate, eta)
	if s.Failed > 0 {
		line += fmt.Sprintf(" %d failed", s.Failed)
	}
	return line
}

// String is the summary of a finished build:
// "130 files: 128 ok, 2 failed, 0 skipped in 3.2s (40 files/s)", with
// ", 3 duplicates (the same letter as another file; kept once, the PDF
// first)" after the skipped files when there are any, and ", 2 stored
// before now duplicates of a file of this build (...)" when the build
// read a letter stored before from another file that is kept instead.
func (s Summary) String() string {
	rate := 0.0
	if secs := s.Elapsed.Seconds(); secs > 0 {
		rate = float64(s.Done()) / secs
	}
	dup := ""
	if s.Duplicates > 0 {
		dup = fmt.Sprintf(", %d duplicates (the same letter as another file; kept once, the PDF first)", s.Duplicates)
	}
	if s.Replaced > 0 {
		dup += fmt.Sprintf(", %d stored before now duplicates of a file of this build (a PDF is kept over its text)", s.Replaced)
	}
	ok := fmt.Sprintf("%d ok", s.OK)
	if s.Letters != s.OK {
		ok += fmt.Sprintf(" (%d letters)", s.Letters)
	}
	return fmt.Sprintf("%d files: %s, %d failed, %d skipped%s in %s (%.0f files/s)",
		s.Files, ok, s.Failed, s.Skipped, dup, s.Elapsed.Round(time.Millisecond), rate)
}
