package check

import (
	"github.com/imrkit/imrkit/extract"
)

// Report is the findings of one letter file, as the writers print them
// and a baseline matches them.
type Report struct {
	File     string    // the path the letter was read from, as given
	SHA256   string    // of the file's bytes
	Case     string    // the case number the letter states, or ""
	Findings []Finding // in the order of their first evidence
}

// Report checks a letter and returns its findings with the file they
// came from.
func (c *Config) Report(l *extract.Letter) Report {
	r := Report{File: l.Source.Path, SHA256: l.Source.SHA256, Findings: c.Run(l)}
	if l.CaseNumber != nil {
		r.Case = l.CaseNumber.Value
	}
	return r
}

// AtLeast returns the findings of the reports graded s or higher, the
// reports with none left out.
func AtLeast(rs []Report, s Severity) []Report {
	var out []Report
	for _, r := range rs {
		var keep []Finding
		for _, f := range r.Findings {
			if f.Severity >= s {
				keep = append(keep, f)
			}
		}
		if len(keep) > 0 {
			r.Findings = keep
			out = append(out, r)
		}
	}
	return out
}

// Count returns the number of findings of the reports.
func Count(rs []Report) int {
	n := 0
	for _, r := range rs {
		n += len(r.Findings)
	}
	return n
}
