package eval

import (
	"path/filepath"
	"strings"

	"github.com/imrkit/imrkit/extract"
)

// Files extracts each file and scores it against the gold of the same
// case number (the extracted one, else the file name). Files without gold
// are counted in Unmatched; extraction errors are returned and the rest
// go on.
func Files(paths []string, gold map[string]*Gold, opt extract.Options) (*Score, []string, []error) {
	s := NewScore()
	var unmatched []string
	var errs []error
	for _, p := range paths {
		l, err := extract.ReadFile(p, opt)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !s.Add(gold, p, l) {
			unmatched = append(unmatched, p)
		}
	}
	return s, unmatched, errs
}

// Add scores the letter read from path against its gold (the gold of
// the file's name, else of its case number) and reports whether it had
// one.
func (s *Score) Add(gold map[string]*Gold, path string, l *extract.Letter) bool {
	g, name := goldFor(gold, path, l)
	if g == nil {
		return false
	}
	s.Compare(name, g, l)
	return true
}

func goldFor(gold map[string]*Gold, path string, l *extract.Letter) (*Gold, string) {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if g, ok := gold[base]; ok {
		return g, base
	}
	if l.CaseNumber != nil {
		if g, ok := gold[l.CaseNumber.Value]; ok {
			return g, l.CaseNumber.Value
		}
	}
	return nil, base
}
