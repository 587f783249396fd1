// Command testsummary reads the output of "go test -json" on standard
// input and writes what a person needs from it: the output of each
// failed test, one line per package, and at the end every skipped test
// with the reason it gave. It exits 1 when a test or a build failed.
// scripts/test.sh runs it.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of go test -json (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

// Build failures come as build-output and build-fail events (Go 1.24).

// summary collects the events of a run.
type summary struct {
	output  map[string][]string // by package and test
	skipped []string            // "pkg TestX: reason"
	failed  []string            // package and test keys, in order
	pkgs    []string            // "ok  pkg 1.2s" lines
	passed  int                 // tests and subtests that passed
	failing int                 // tests and subtests that failed
	bad     bool
}

func main() {
	s, err := read(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(2)
	}
	s.write(os.Stdout)
	if s.bad {
		os.Exit(1)
	}
}

func read(r io.Reader) (*summary, error) {
	s := &summary{output: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			// go test writes build errors as plain text
			s.output[""] = append(s.output[""], sc.Text())
			continue
		}
		s.add(e)
	}
	return s, sc.Err()
}

func (s *summary) add(e event) {
	key := e.Package + " " + e.Test
	switch e.Action {
	case "output":
		s.output[key] = append(s.output[key], e.Output)
	case "build-output":
		s.output[""] = append(s.output[""], strings.TrimSuffix(e.Output, "\n"))
	case "build-fail":
		s.bad = true
	case "skip":
		if e.Test != "" {
			s.skipped = append(s.skipped, fmt.Sprintf("%s %s: %s", e.Package, e.Test, reason(s.output[key])))
		}
	case "fail":
		s.bad = true
		s.failed = append(s.failed, key)
		if e.Test != "" {
			s.failing++
		}
		if e.Test == "" {
			s.pkgs = append(s.pkgs, fmt.Sprintf("FAIL %s", e.Package))
		}
	case "pass":
		if e.Test != "" {
			s.passed++
		}
		if e.Test == "" {
			s.pkgs = append(s.pkgs, fmt.Sprintf("ok   %s %.1fs", e.Package, e.Elapsed))
		}
	}
}

// reason is what a skipped test said: its output without go test's own
// lines.
func reason(lines []string) string {
	var out []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return "(no reason given)"
	}
	return strings.Join(out, " ")
}

func (s *summary) write(w io.Writer) {
	for _, l := range s.output[""] {
		fmt.Fprintln(w, l)
	}
	for _, key := range s.failed {
		if strings.HasSuffix(key, " ") && len(s.output[key]) == 0 {
			continue
		}
		fmt.Fprintf(w, "--- %s\n%s", strings.TrimSpace(key), strings.Join(s.output[key], ""))
	}
	sort.Strings(s.pkgs)
	for _, p := range s.pkgs {
		fmt.Fprintln(w, p)
	}
	fmt.Fprintf(w, "\n%d tests skipped", len(s.skipped))
	if len(s.skipped) == 0 {
		fmt.Fprintln(w, ".")
	} else {
		fmt.Fprintln(w, ", each with its reason:")
		for _, l := range s.skipped {
			fmt.Fprintln(w, "  "+l)
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed, %d skipped\n", s.passed, s.failing, len(s.skipped))
}
