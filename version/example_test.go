package version_test

import (
	"fmt"

	"github.com/imrkit/imrkit/version"
)

// Under go test the binary carries no module version.
func ExampleString() {
	fmt.Println(version.String())
	// Output: devel
}
