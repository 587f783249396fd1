// Package schema holds the JSON Schema of imrkit's public output
// contract, imrkit/letter/v1, embedded so programs can validate letters
// without the source tree.
package schema

import _ "embed"

// LetterV1 is the JSON Schema (draft 2020-12) of one letter as
// `imr extract` writes it.
//
//go:embed letter.v1.json
var LetterV1 []byte
