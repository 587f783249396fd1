package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestSummary(t *testing.T) {
	in := `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"    a_test.go:9: no shared folder: set IMRKIT_SHARED\n"}
{"Action":"output","Package":"p","Test":"TestA","Output":"--- SKIP: TestA (0.00s)\n"}
{"Action":"skip","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestB","Output":"    b_test.go:3: got 1, want 2\n"}
{"Action":"fail","Package":"p","Test":"TestB"}
{"Action":"fail","Package":"p","Elapsed":0.5}
{"Action":"pass","Package":"q","Test":"TestC"}
{"Action":"pass","Package":"q","Elapsed":1.25}
`
	s, err := read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	s.write(&b)
	for _, want := range []string{
		"--- p TestB\n    b_test.go:3: got 1, want 2",
		"FAIL p", "ok   q 1.2s",
		"1 tests skipped, each with its reason:\n  p TestA: a_test.go:9: no shared folder: set IMRKIT_SHARED",
		"\n1 passed, 1 failed, 1 skipped\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
	if !s.bad {
		t.Errorf("a failed test did not make the summary bad")
	}
}
