package main

import (
	"os"
	"testing"
)

// asImrEnv makes the test binary run as imr with its arguments and exit:
// the workers of corpus build --isolate (os.Executable is the test
// binary) and the read-only test's run as another user start it so.
const asImrEnv = "IMRKIT_TEST_AS_IMR"

func TestMain(m *testing.M) {
	if os.Getenv(asImrEnv) != "" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
