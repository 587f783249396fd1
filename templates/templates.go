// Package templates holds the default templates of package render,
// embedded in the binary. A user's template folder (imr render
// --templates DIR) is read through the same fs.FS code: a file there
// replaces the file of the same name here.
//
//   - letter.txt.tmpl: the letter as plain text (text/template)
//   - letter.md.tmpl: the letter as Markdown; the same output, read as
//     blocks, lays out the PDF (text/template)
//   - letter.html.tmpl: the letter as one self-contained HTML page
//     (html/template)
//   - report.md.tmpl: the report over many letters, Markdown and PDF
//   - report.html.tmpl: the report as HTML
//
// What each template receives is documented in package render.
package templates

import "embed"

// FS holds the default templates.
//
//go:embed *.tmpl
var FS embed.FS
