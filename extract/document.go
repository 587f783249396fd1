package extract

// document is the normalized text of a letter with its maps back to the
// source and to pages.
type document struct{}
