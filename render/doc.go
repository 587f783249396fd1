// Package render writes extracted IMR letters as normalized letters (text,
// Markdown, HTML, PDF) and writes compliance reports over many letters
// (PDF, HTML, Markdown).
//
// # The normalized letter
//
// A normalized letter has the letter's parts in the letter's order: the
// header facts, how the determination was made (the reviewer), the
// clinical case summary, and the decisions. Its paragraphs are the
// extractor's normalized paragraphs, wrapped lines joined. Header dates are
// written MM/DD/YYYY. Each item shows its line as the letter writes it
// with its outcome, its count written one way ("14 sessions"), its
// guidelines cut into one "Decision based on ..." statement per citation
// and parsed into citations, and its rationale. The decisions open with a
// table of the items: service, outcome, count and the citations MAXIMUS
// based its decision on. On request (Options.WithFindings) an appendix
// lists the findings with their evidence and page, line and column.
//
// The text and PDF forms read back: extract.Read on them gives the same
// facts as the original letter (case number, dates, priority, reviewer,
// claimant, diagnoses, and per item the header, outcome, service,
// quantity, partial certification, guideline values, citations, rationale
// conclusion and counts). What they leave out is the text a guideline
// gives before its first "Decision based on" ("The Claims Administrator
// based their decision on recommendation(s) outside of the MTUS
// Guidelines."), which the extractor's guideline value leaves out too.
// A PDF with the findings appendix reads back with the appendix inside the
// last item's rationale.
//
// # Templates
//
// Each output comes from a template file of package templates, run with
// Option("missingkey=error"): letter.txt.tmpl, letter.md.tmpl and
// letter.html.tmpl for letters, report.md.tmpl and report.html.tmpl for
// reports. The PDF is laid out from the Markdown template's output, so one
// template serves both. A user's folder (Options.TemplateDir or
// Options.Templates) replaces the files it holds and keeps the others; a
// folder that does not exist, a link out of it and a file that is not
// regular are errors. New loads every template and runs it once on sample
// data, so an unknown field fails at once as a *TemplateError:
// "path:line:col: message".
//
// # What a letter template receives
//
// A *LetterData:
//
//	.ID                      case number, else the input's base name without extension
//	.Source                  extract.Source: .Path, .SHA256, .Pages, .Layout
//	.Header.Fields           []Field{.Label, .Value}: "Case Number:", "Date Assigned:",
//	                         "Date of Injury:", "Decision Date:", "UR Denial Date:",
//	                         "Priority:", "Application Received:" (those the letter has)
//	.Header.Notes            []string: other paragraphs before the first section
//	.Reviewer.Paragraphs     []string: the reviewer part, without heading and credential lines
//	.Reviewer.Licensure      []string: states of licensure
//	.Reviewer.Specialty      []string: certifications and specialties
//	.Summary                 []string: the clinical case summary, without its heading
//	.Decisions.Intro         []string: paragraphs before the first item
//	.Decisions.Upheld        int, and .Decisions.Overturned
//	.Decisions.Items         []Item:
//	    .Number              1-based
//	    .Line                the item line as written, without its outcome
//	    .Header              the request (for a partial certification, the remaining portion)
//	    .Service .Concept .Category   the treatment and its lexicon concept and category ("" if none)
//	    .Outcome             "Upheld", "Overturned" or ""
//	    .Quantity            "14 sessions", "60", or ""
//	    .Partial             nil, or *Partial{.Original, .Authorized, .Remaining}
//	    .Claims .Maximus     Guideline{.Statements []string, .NoneCited bool, .Citations []Citation}
//	                         Citation{.Value, .Text, .Source, .Chapter, .Year, .Sections, .Pages}
//	    .Rationale           []string: paragraphs, without the "Decision rationale:" label
//	    .Conclusion          "not medically necessary", "medically necessary", other, or ""
//	    .Findings            []Finding of this item (only with findings)
//	.WithFindings            bool: the appendix was asked for
//	.Findings                []Finding, letter-wide first, then by item, severity, code:
//	    .Code .Severity .Message   severity is "error", "warning" or "info"
//	    .Item                1-based item number, 0 for the letter
//	    .Where               "item 2" or "letter"
//	    .Evidence            []Evidence{.Role, .Text, .Page, .Line, .Column, .Where}
//	.Letter                  the *extract.Letter itself
//
// # What a report template receives
//
// A *ReportData:
//
//	.Title                   Options.Title, else "IMR compliance report"
//	.Letters .Items .Findings   totals
//	.Outcomes .Categories .Diagnoses .Codes .Severities   []Count{.Label, .N, .Percent, .Width}:
//	                         items by outcome and by service category, findings by
//	                         code and by severity; Percent is of the total, Width of
//	                         the largest count (for bar lengths)
//	.Entries                 []ReportEntry{.ID, .Path, .Items, .Upheld, .Overturned, .Findings}
//
// # Functions
//
// Templates may call md (escape for Markdown), wrap (wrap at the text
// width with an indent of 0 to 200 spaces), upper, lower, join, percent, plain (one line for
// a directive), inc, add, and for SVG charts barY, barsHeight and
// scaleBar; see templateFuncs. A range over a number written in the
// template above 1,000 is an error when it is loaded (checkRanges); a
// template that runs longer than Options.TemplateTimeout on one letter,
// or writes more than 64 MiB, is stopped with an error and not run again
// (execute).
//
// # The Markdown the PDF reads
//
// Headings (#, ##, ###; the outline follows them), paragraphs (two
// trailing spaces break a line), lists (-, 1.; nested by two spaces),
// tables (a header row, then |---|), rules, fenced code, and ```chart
// fences of "label | number" lines drawn as bar charts. Inline: **bold**,
// *italic*, `code`, backslash escapes. HTML comments carry what Markdown
// cannot say: <!-- title: T -->, <!-- subject: S -->, <!-- keywords: K -->,
// <!-- author: A -->, <!-- header: LEFT | RIGHT --> (the running header,
// on every page), <!-- outline: T --> (bookmark text of the next heading),
// <!-- keep --> ... <!-- /keep --> (keep on one page with the start of what
// follows) and <!-- pagebreak -->.
//
// # Output folders
//
// WriteFiles (render --out DIR) names each file by the letter's ID and
// never writes over an input of the run. Nor does it write over a file
// it did not write, unless FileOptions.Force: what it wrote is listed in
// the folder's manifest, ".imrkit-render.sha256" (sha256sum's format), and
// a listed file may be replaced only while it has the SHA-256 listed, so
// an edited output is kept too. Such a letter fails with ErrExists and
// the others go on. Outputs decides the names for callers that write
// files themselves.
//
// # PDF
//
// PDFs are US Letter with the Go fonts embedded (subset, Unicode), a
// title, subject, keywords and creator, an outline entry per heading,
// the running header, and footers that make each page a record: the
// source file's name and SHA-256 (letters), the render time and the
// imrkit version, and "Page N of M". The document information dictionary
// (SourceFile, SourceSHA256, ImrkitVersion, RenderTime) and the XMP
// metadata (namespace https://github.com/imrkit/imrkit/ns/render/1.0/)
// carry the same. The render time is Options.Date, else the time
// SOURCE_DATE_EPOCH gives, else now: with SOURCE_DATE_EPOCH set, the same
// input gives the same bytes (catalogs are sorted, fonts subset the same
// way). A page break never falls inside a sentence: a paragraph that does
// not fit is cut after its last sentence that does.
package render
