package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("check", "FILE...|DIR|-", stderr)
	var ef extractFlags
	ef.register(fs)
	format := fs.String("format", "text", "output format: text, json or sarif")
	minSev := fs.String("min-severity", "info", "report findings of this severity and above: info, warning or error")
	config := fs.String("config", "", "configuration file that enables, disables or re-grades checks")
	baseline := fs.String("baseline", "", "JSON output of an earlier run: the findings it lists are not reported")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	w, ok := checkWriters[*format]
	least, err := check.ParseSeverity(*minSev)
	if !ok || err != nil || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	cfg, base, opt, err := checkSetup(&ef, *config, *baseline)
	if err != nil {
		reportSetup(stderr, err)
		return 2
	}
	reports, failed := checkFiles(fs.Args(), stdin, cfg, opt, ef.jobs, stderr)
	if base != nil {
		reports = base.Filter(reports)
	}
	reports = check.AtLeast(reports, least)
	if err := w(stdout, reports); err != nil {
		fmt.Fprintln(stderr, "imr check:", err)
		return 2
	}
	return checkStatus(failed, reports)
}

// checkSetup loads the configuration, the baseline and the extraction
// options; the checks use the lexicon the letters are read with.
func checkSetup(ef *extractFlags, config, baseline string) (*check.Config, *check.Baseline, extract.Options, error) {
	opt, err := ef.options()
	if err != nil {
		return nil, nil, opt, err
	}
	cfg := &check.Config{}
	if config != "" {
		if cfg, err = check.LoadConfig(config); err != nil {
			return nil, nil, opt, err
		}
	}
	cfg.Lexicon = opt.Lexicon
	var base *check.Baseline
	if baseline != "" {
		if base, err = check.LoadBaseline(baseline); err != nil {
			return nil, nil, opt, err
		}
	}
	return cfg, base, opt, nil
}

// reportSetup prints a setup error: the errors of a configuration or
// baseline file one a line, as path:line:col: message.
func reportSetup(stderr io.Writer, err error) {
	var list check.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(stderr, e)
		}
		return
	}
	fmt.Fprintln(stderr, "imr check:", err)
}

// checkFiles checks the letters named by args ("-" is standard input).
// A path that cannot be read is reported and the others are checked.
func checkFiles(args []string, stdin io.Reader, cfg *check.Config, opt extract.Options, jobs int, stderr io.Writer) ([]check.Report, int) {
	if len(args) == 1 && args[0] == "-" {
		letters, failed := readLetters(args, stdin, opt, jobs, stderr)
		var reports []check.Report
		for _, l := range letters {
			reports = append(reports, cfg.Report(l))
		}
		return reports, failed
	}
	paths, failed := checkInputs(args, stderr)
	var reports []check.Report
	extract.Each(paths, opt, jobs, func(r extract.Result) error {
		if r.Err != nil {
			fmt.Fprintln(stderr, "imr check:", r.Err)
			failed++
			return nil
		}
		reports = append(reports, cfg.Report(r.Letter))
		return nil
	})
	return reports, failed
}

// checkInputs expands each argument into the files to read, reporting
// those that cannot be found.
func checkInputs(args []string, stderr io.Writer) ([]string, int) {
	var paths []string
	failed := 0
	for _, a := range args {
		ps, err := extract.Inputs([]string{a})
		if err != nil {
			fmt.Fprintln(stderr, "imr check:", err)
			failed++
			continue
		}
		paths = append(paths, ps...)
	}
	return paths, failed
}

// checkStatus is 2 when an input could not be read, 1 when findings are
// left, else 0.
func checkStatus(failed int, reports []check.Report) int {
	switch {
	case failed > 0:
		return 2
	case check.Count(reports) > 0:
		return 1
	}
	return 0
}

var checkWriters = map[string]func(io.Writer, []check.Report) error{
	"text": check.WriteText,
	"json": check.WriteJSON,
	"sarif": func(w io.Writer, rs []check.Report) error {
		return check.WriteSARIF(w, rs, check.Tool{Name: "imr check", Version: version, InformationURI: "https://github.com/imrkit/imrkit"})
	},
}

// The render and report commands add the findings of imr check to
// letters when asked (--with-findings).
func init() { checkLetter = check.Run }
