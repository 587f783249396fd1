package check

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseConfig(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		disabled map[string]bool
		severity map[string]Severity
		errs     []string // each "line:col: message fragment"
	}{
		{
			name:     "empty",
			text:     "# nothing\n\n",
			disabled: map[string]bool{},
			severity: map[string]Severity{},
		},
		{
			name:     "disable and re-grade",
			text:     "[duplicate-text]\nenabled = false\n\n[guideline-mismatch]\nseverity = \"error\" # a comment\n",
			disabled: map[string]bool{CodeDuplicate: true},
			severity: map[string]Severity{CodeGuideline: Error},
		},
		{
			name:     "bare severity word, enabled true",
			text:     "[age-mismatch]\nenabled = true\nseverity = info\n",
			disabled: map[string]bool{},
			severity: map[string]Severity{CodeAge: Info},
		},
		{
			name: "unknown check",
			text: "[quantity]\nenabled = false\n",
			errs: []string{`1:2: unknown check "quantity"`},
		},
		{
			name: "unknown key",
			text: "[sex-mismatch]\n  level = \"error\"\n",
			errs: []string{`2:3: unknown key "level" in [sex-mismatch]`},
		},
		{
			name: "bad values, all reported",
			text: "[sex-mismatch]\nenabled = no\nseverity = \"fatal\"\n",
			errs: []string{"2:11: enabled: want true or false", `3:12: severity: want "info", "warning" or "error"`},
		},
		{
			name: "key twice and table twice",
			text: "[date-order]\nenabled = false\nenabled = true\n[date-order]\n",
			errs: []string{`3:1: key "enabled" given twice`, `4:2: check "date-order" given twice`},
		},
		{
			name: "key outside a table",
			text: "severity = \"error\"\n",
			errs: []string{`1:1: key "severity" outside a [check] table`},
		},
		{
			name: "stray line and unclosed header",
			text: "[outcome-conflict\nwhatever\n",
			errs: []string{"1:1: table header", `2:1: want [check] or key = value, got "whatever"`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseConfig("imrcheck.toml", []byte(tc.text))
			if len(tc.errs) > 0 {
				checkErrors(t, err, tc.errs)
				return
			}
			if err != nil {
				t.Fatalf("ParseConfig: %v", err)
			}
			if diff := cmp.Diff(tc.disabled, c.Disabled); diff != "" {
				t.Errorf("Disabled differs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.severity, c.Severity); diff != "" {
				t.Errorf("Severity differs (-want +got):\n%s", diff)
			}
		})
	}
}

// checkErrors requires an ErrorList whose errors, in order, start with
// the file name and hold the wanted fragments.
func checkErrors(t *testing.T, err error, want []string) {
	t.Helper()
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error = %v, want an ErrorList", err)
	}
	if len(list) != len(want) {
		t.Fatalf("%d errors, want %d:\n%v", len(list), len(want), err)
	}
	for i, e := range list {
		if got := e.Error(); !strings.HasPrefix(got, "imrcheck.toml:"+want[i]) {
			t.Errorf("error %d = %q, want prefix %q", i, got, "imrcheck.toml:"+want[i])
		}
	}
}

// TestConfigRun applies a configuration to the seed letter: a disabled
// check finds nothing, a re-graded one keeps its findings at the new
// grade.
func TestConfigRun(t *testing.T) {
	c, err := ParseConfig("imrcheck.toml", []byte("[duplicate-text]\nenabled = false\n[quantity-mismatch]\nseverity = \"info\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := c.Report(readSeed(t))
	if len(r.Findings) != 1 || r.Findings[0].Code != CodeQuantity || r.Findings[0].Severity != Info {
		t.Errorf("findings = %+v, want one quantity-mismatch graded info", r.Findings)
	}
}
