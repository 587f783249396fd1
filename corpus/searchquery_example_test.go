package corpus_test

import (
	"fmt"

	"github.com/imrkit/imrkit/corpus"
)

// Terms as letters write them become phrases FTS5 matches as written.
func ExamplePhrases() {
	q, err := corpus.Phrases(`Norco 10/325 OR "red flag" x-ray`)
	fmt.Println(q, err)
	// Output: Norco "10/325" OR "red flag" "x-ray" <nil>
}
