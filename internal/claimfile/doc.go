// Package claimfile makes, for tests, the claim files letters arrive in:
// several letters rendered as PDFs and joined into one with qpdf, as a
// claim file scanned as one PDF holds them.
package claimfile
