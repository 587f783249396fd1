package lexicon

// Default returns the embedded vocabulary.
func Default() *Lexicon { return &Lexicon{byID: map[string]*Concept{}} }
