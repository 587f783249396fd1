package check

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// A configuration file switches checks off and re-grades them. It is a
// small subset of TOML: one table per check code, with the keys enabled
// (true or false) and severity ("info", "warning" or "error"); comments
// start with #.
//
//	# imr check configuration
//	[duplicate-text]
//	enabled = false
//
//	[guideline-mismatch]
//	severity = "error"
//
// Loading is strict: an unknown code or key, a key given twice, a bad
// value or a line that is none of these is an error with its line and
// column, and every error is reported.

// FileError is an error in a file the user gives (a configuration or a
// baseline), at a line and column (1-based, columns in bytes).
type FileError struct {
	Path   string
	Line   int
	Column int
	Msg    string
}

func (e *FileError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
}

// ErrorList is the errors of a file, in order.
type ErrorList []*FileError

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].Line < l[j].Line })
	return l
}

// LoadConfig reads a configuration file.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, data)
}

// ParseConfig reads a configuration from data; path names it in errors.
// It returns the configuration read and an ErrorList of every problem.
func ParseConfig(path string, data []byte) (*Config, error) {
	p := configParser{path: path, c: &Config{Disabled: map[string]bool{}, Severity: map[string]Severity{}}, seen: map[string]bool{}}
	for i, line := range strings.Split(string(data), "\n") {
		p.line(i+1, strings.TrimSuffix(line, "\r"))
	}
	return p.c, p.errs.Err()
}

type configParser struct {
	path    string
	c       *Config
	errs    ErrorList
	section string          // the check code of the current table
	badHead bool            // the current table's header was wrong
	seen    map[string]bool // tables and "table.key" pairs given
}

func (p *configParser) errorf(line, col int, format string, args ...any) {
	p.errs = append(p.errs, &FileError{p.path, line, col, fmt.Sprintf(format, args...)})
}

// line reads one line of the file.
func (p *configParser) line(n int, text string) {
	body := stripComment(text)
	trimmed := strings.TrimSpace(body)
	col := 1 + len(body) - len(strings.TrimLeft(body, " \t"))
	switch {
	case trimmed == "":
	case strings.HasPrefix(trimmed, "["):
		p.table(n, col, trimmed)
	default:
		p.pair(n, col, body)
	}
}

// stripComment drops a comment that starts outside quotes.
func stripComment(s string) string {
	quoted := false
	for i, c := range s {
		switch {
		case c == '"':
			quoted = !quoted
		case c == '#' && !quoted:
			return s[:i]
		}
	}
	return s
}

// table reads a "[code]" line.
func (p *configParser) table(n, col int, t string) {
	if !strings.HasSuffix(t, "]") {
		p.errorf(n, col, "table header %q lacks its closing ]", t)
		p.section, p.badHead = "", true
		return
	}
	name := strings.TrimSpace(t[1 : len(t)-1])
	p.section, p.badHead = "", true
	switch {
	case !known(name):
		p.errorf(n, col+1, "unknown check %q (want one of %s)", name, strings.Join(codes(), ", "))
	case p.seen[name]:
		p.errorf(n, col+1, "check %q given twice", name)
	default:
		p.seen[name] = true
		p.section, p.badHead = name, false
	}
}

// pair reads a "key = value" line.
func (p *configParser) pair(n, col int, body string) {
	eq := strings.IndexByte(body, '=')
	if eq < 0 {
		p.errorf(n, col, "want [check] or key = value, got %q", strings.TrimSpace(body))
		return
	}
	key := strings.TrimSpace(body[:eq])
	raw := strings.TrimSpace(body[eq+1:])
	vcol := eq + 2 + len(body[eq+1:]) - len(strings.TrimLeft(body[eq+1:], " \t"))
	switch {
	case p.section == "" && !p.badHead:
		p.errorf(n, col, "key %q outside a [check] table", key)
	case p.section == "":
		// The table's header was wrong and has been reported.
	case p.seen[p.section+"."+key]:
		p.errorf(n, col, "key %q given twice in [%s]", key, p.section)
	default:
		p.seen[p.section+"."+key] = true
		p.value(n, col, vcol, key, raw)
	}
}

// value sets a key of the current table.
func (p *configParser) value(n, kcol, vcol int, key, raw string) {
	switch key {
	case "enabled":
		switch raw {
		case "true":
			delete(p.c.Disabled, p.section)
		case "false":
			p.c.Disabled[p.section] = true
		default:
			p.errorf(n, vcol, "enabled: want true or false, got %s", raw)
		}
	case "severity":
		s, err := ParseSeverity(strings.Trim(raw, `"`))
		if err != nil || raw == "" {
			p.errorf(n, vcol, "severity: want \"info\", \"warning\" or \"error\", got %s", raw)
			return
		}
		p.c.Severity[p.section] = s
	default:
		p.errorf(n, kcol, "unknown key %q in [%s] (want enabled or severity)", key, p.section)
	}
}

// codes lists the check codes.
func codes() []string {
	out := make([]string, len(checks))
	for i, c := range checks {
		out[i] = c.Code
	}
	return out
}
