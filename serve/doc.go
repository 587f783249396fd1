// Package serve is the review page QA reviewers work in: an HTTP server
// (net/http, server-rendered html/template pages, a little plain
// JavaScript, every asset embedded) that reads a letter, shows what was
// read and what is wrong, and records the reviewer's triage.
//
// # Pages and API
//
//	GET  /                      the upload form (and the corpus search, with a database)
//	POST /review                form field "letter" (a file, or pasted text): the review page
//	GET  /letter/{sha256}       the review page of a letter read before or stored in the corpus
//	GET  /letter/{sha256}/facts.json | findings.sarif | normalized.pdf
//	POST /letter/{sha256}/triage  form fields finding (its index), action (confirm, dismiss,
//	                            restore) and note
//	GET  /corpus                search and filter the corpus (with Options.DB)
//	POST /api/extract           multipart field "file": the letter's JSON, as imr extract writes it
//	POST /api/check             multipart field "file": the findings' JSON, as imr check --format json
//	GET  /api/letters?q=...     the corpus letters that match, as JSON
//
// The review page lays the normalized text out as the letter's pages and
// marks every fact of the letter's JSON (package extract's
// imrkit/letter/v1) that has a span, by kind. Facts are found by walking
// the JSON, not the Go types, so a fact added to the letter later (an
// ICD-10 code on a diagnosis, the count a rationale judges) shows on
// the page without a change here.
//
// # Triage
//
// Dismissing a finding appends its record to the baseline file
// (Options.Baseline) in the format of check.WriteJSON, which
// check.LoadBaseline and imr check --baseline read: the command line
// hides what the page dismissed. Confirming (a real problem) or
// restoring a finding removes its record. The file is rewritten whole,
// through a new file renamed over it, by one server at a time.
// Who did what and when, with the note, goes to a log beside the
// baseline (the baseline's path with ".notes.jsonl" added), one JSON
// object a line, since the baseline format has no room for it.
//
// # Hostile input
//
// Uploads are read in memory, never to disk, up to Options.MaxUpload
// bytes. Reading and checking a letter runs at most Options.Parsers at a
// time, each for at most Options.ParseTimeout, plus Options.OCRPageTimeout
// for each page of a scan OCR reads; a letter that runs out of time, or
// whose request ends, has its OCR stopped (extract.Options.Context) and
// keeps its slot until its work ends, so stalled reads cannot pile up.
// Facts OCR read with a confidence below 60 are outlined on the review
// page. A file named .pdf that is not a PDF is refused. Letter text is
// only ever written through html/template. Every page sets a
// Content-Security-Policy that allows scripts, styles and images from the
// server alone, and no inline script. POSTs from another origin are refused (net/http's
// CrossOriginProtection: the Sec-Fetch-Site and Origin headers). No
// request names a file: letters are named by their SHA-256, and the
// corpus is read only through SQL parameters.
package serve
