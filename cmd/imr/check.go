package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/version"
	"github.com/spf13/cobra"
)

func init() { register(newCheckCmd) }

// checkFlags are check's flags.
type checkFlags struct {
	letterFlags
	format, minSeverity *enum
	config, baseline    string
	quiet               bool
}

func newCheckCmd(e *env) *cobra.Command {
	f := &checkFlags{format: newEnum("text", "text", "json", "sarif"), minSeverity: newEnum("info", "info", "warning", "error")}
	c := &cobra.Command{
		Use:   "check [flags] FILE...|DIR|-",
		Short: "Find contradictions in letters (text, JSON, SARIF)",
		Long: `Check finds contradictions inside IMR letters: counts the rationale does not
judge, outcomes against conclusions, another service, body part, side,
strength or guideline chapter, dates out of order, and more.

Letters are checked in parallel (-j) and their findings written in input
order; text findings are written as each letter finishes, JSON and SARIF
as one document at the end. A summary goes to standard error.

Exit status: 0 clean, 1 findings at or above --min-severity, 2 usage
errors or inputs that could not be read.`,
		Example: `  imr check testdata/letters/seed.txt
  imr check --format sarif letters/ > imr.sarif
  imr check --min-severity error -j 4 letters/`,
		Args: needLetters,
		RunE: func(_ *cobra.Command, args []string) error { return runCheck(e, f, args) },
	}
	f.register(c)
	fs := c.Flags()
	enumVar(c, fs, f.format, "format", "output format")
	enumVar(c, fs, f.minSeverity, "min-severity", "report findings of this severity and above")
	fs.StringVar(&f.config, "config", "", "TOML file that enables, disables or re-grades checks")
	fs.StringVar(&f.baseline, "baseline", "", "JSON output of an earlier run: the findings it lists are not reported")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar, summary or notes on skipped files: findings and errors only")
	c.MarkFlagFilename("config", "toml")
	c.MarkFlagFilename("baseline", "json")
	return c
}

func runCheck(e *env, f *checkFlags, args []string) error {
	cfg, base, err := checkSetup(f)
	if err != nil {
		return err
	}
	r, err := f.reading(e, args, f.quiet)
	if err != nil {
		return err
	}
	r.opt.Lexicon = cfg.Lexicon
	r.opt.NoDiagnoses = true // no check reads the diagnoses
	least, _ := check.ParseSeverity(f.minSeverity.value)
	out := &checkOutput{format: f.format.value, stdout: e.stdout, stderr: e.stderr, bar: checkBar(e, f.quiet, len(r.in.paths)), start: time.Now()}
	if out.bar != nil {
		r.stderr = barLine{e.stderr} // a failed file's line replaces the bar's, which is drawn again
	}
	err = eachLetter(r, checkWork(cfg), func(_ *extract.Letter, rep check.Report) error {
		rs := []check.Report{rep}
		if base != nil {
			rs = base.Filter(rs)
		}
		return out.add(check.AtLeast(rs, least), r)
	})
	if err == nil {
		err = out.finish(r)
	}
	if err != nil {
		return err
	}
	if !f.quiet {
		fmt.Fprintln(e.stderr, checkSummary(r, out.reports))
	}
	return checkStatus(r, out.reports)
}

// checkSetup loads the configuration and the baseline; the checks and
// the reading use the same lexicon.
func checkSetup(f *checkFlags) (*check.Config, *check.Baseline, error) {
	lex, err := loadLexicon(f.lexicon)
	if err != nil {
		return nil, nil, err
	}
	cfg := &check.Config{}
	if f.config != "" {
		if cfg, err = check.LoadConfig(f.config); err != nil {
			return nil, nil, setupError(err)
		}
	}
	cfg.Lexicon = lex
	var base *check.Baseline
	if f.baseline != "" {
		if base, err = check.LoadBaseline(f.baseline); err != nil {
			return nil, nil, setupError(err)
		}
	}
	return cfg, base, nil
}

// checkWork checks a letter in a worker. A text in no known layout is
// not called clean: it fails, as it does in a corpus build.
func checkWork(cfg *check.Config) func(*extract.Letter) (check.Report, error) {
	return func(l *extract.Letter) (check.Report, error) {
		if l.Source.Layout == extract.LayoutUnknown {
			return check.Report{}, fmt.Errorf("%s: not checked: not an IMR determination letter (no known layout)", l.Source.Path)
		}
		return cfg.Report(l), nil
	}
}

// setupError lists the errors of a configuration or baseline file one a
// line, as path:line:col: message.
func setupError(err error) error {
	var list check.ErrorList
	if !errors.As(err, &list) {
		return err
	}
	msg := ""
	for i, e := range list {
		if i > 0 {
			msg += "\n"
		}
		msg += e.Error()
	}
	return errors.New(msg)
}

// checkOutput writes the findings: text as each letter comes, JSON and
// SARIF at the end.
type checkOutput struct {
	format  string
	stdout  io.Writer
	stderr  io.Writer
	bar     *corpus.Bar
	start   time.Time
	reports []check.Report
}

// add takes a letter's report, left out when it has no finding to show.
func (o *checkOutput) add(rs []check.Report, r *reading) error {
	o.reports = append(o.reports, rs...)
	if o.bar != nil {
		o.bar.Update(o.progress(r))
	}
	if o.format != "text" || len(rs) == 0 {
		return nil
	}
	if o.bar != nil {
		fmt.Fprint(o.stderr, "\r\033[K") // clear the bar's line; the next update draws it again
	}
	return check.WriteText(o.stdout, rs)
}

// progress is the run's state for the bar.
func (o *checkOutput) progress(r *reading) corpus.Progress {
	return corpus.Progress{Summary: corpus.Summary{Files: len(r.in.paths), OK: r.read, Failed: r.failed, Elapsed: time.Since(o.start)}}
}

func (o *checkOutput) finish(r *reading) error {
	if o.bar != nil {
		o.bar.Update(o.progress(r))
		o.bar.Finish()
	}
	switch o.format {
	case "json":
		return check.WriteJSON(o.stdout, o.reports)
	case "sarif":
		return check.WriteSARIF(o.stdout, o.reports, check.Tool{Name: "imr check", Version: version.String(), InformationURI: "https://github.com/imrkit/imrkit"})
	}
	return nil
}

// barLine writes each message over the progress bar's line.
type barLine struct{ w io.Writer }

func (b barLine) Write(p []byte) (int, error) {
	if _, err := io.WriteString(b.w, "\r\033[K"); err != nil {
		return 0, err
	}
	return b.w.Write(p)
}

// checkBarFrom is the number of letters from which check draws a
// progress bar on a terminal: shorter runs end before it would help.
const checkBarFrom = 20

// checkBar returns a progress bar when standard error is a terminal and
// the run is long, else nil.
func checkBar(e *env, quiet bool, files int) *corpus.Bar {
	if quiet || files < checkBarFrom || !isTerminal(e.stderr) {
		return nil
	}
	return corpus.NewBar(e.stderr)
}

// checkSummary is the line that ends a run: "imr check: 4 letters
// read, 3 findings (2 errors, 1 warning, 0 info), 1 file not read".
func checkSummary(r *reading, reports []check.Report) string {
	var n [3]int
	for _, rep := range reports {
		for _, f := range rep.Findings {
			if int(f.Severity) < len(n) {
				n[f.Severity]++
			}
		}
	}
	s := fmt.Sprintf("imr check: %s read, %s (%s, %s, %d info)", count(r.read, "letter"),
		count(n[check.Error]+n[check.Warning]+n[check.Info], "finding"),
		count(n[check.Error], "error"), count(n[check.Warning], "warning"), n[check.Info])
	if r.partial > 0 {
		s += fmt.Sprintf(", %d read in part", r.partial)
	}
	if k := r.failed + r.in.notRead(); k > 0 {
		s += ", " + count(k, "file") + " not read"
	}
	if r.in.hidden > 0 {
		s += ", " + count(r.in.hidden, "hidden file") + " skipped"
	}
	return s
}

// count writes n and the noun, plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkStatus is the run's end: an error when inputs were not read,
// errFindings when findings are left, else nil.
func checkStatus(r *reading, reports []check.Report) error {
	if err := r.done(); err != nil {
		return err
	}
	if check.Count(reports) > 0 {
		return errFindings
	}
	return nil
}

// The render and report commands add the findings of imr check to
// letters when asked (--with-findings).
func init() { checkLetter = check.Run }
