package serve

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/render"
)

// reviewPage is what review.html receives.
type reviewPage struct {
	Name, SHA, Case, Layout string
	URL                     string    // the review page's path
	Siblings                []sibling // the letters of its claim file, when it holds several
	PageCount               int
	Corpus                  bool
	Pages                   []textPage
	Legend                  []kindCount
	Doubtful                int // facts OCR read with a low confidence
	Diagnoses               []fact
	Items                   []itemRow
	Findings                []findingView
	Errors, Warnings, Infos int
	Dismissed               int
	Triage                  bool   // dismissals can be recorded
	Baseline                string // the file they go to
	User                    string
	Notice                  string
}

// sibling is a link to one letter of a claim file.
type sibling struct {
	N       int
	Case    string
	URL     string
	Current bool // the letter on the page
}

type textPage struct {
	Number   int
	Segments []segment
}

// segment is a stretch of text covered by the same facts and evidence.
type segment struct {
	Text  string
	Class string // "f k-date ev", or "" for plain text
	Title string // the facts' values and pages, one a line
	Ev    string // the IDs of the findings it is evidence of
	ID    string // an anchor: "item-2" where item 2's line starts
}

type kindCount struct {
	Kind string
	N    int
}

type itemRow struct {
	N                                        int
	Header, Outcome, Service, Concept        string
	Quantity, Judged, Conclusion, JudgedNote string
	Differ                                   bool // the judged count is not the requested one
	Guidelines                               []string
	Findings                                 int
}

type findingView struct {
	ID       string // "f3": the index in the report
	Index    int
	Code     string
	Severity string
	Message  string
	Where    string
	Evidence []evidenceView
	State    string // open, confirmed or dismissed
	By, At   string
	Note     string
}

type evidenceView struct {
	Role, Text string
	Page, Line int
}

// review reads an uploaded or pasted letter and shows its review page.
func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	d, err := s.readLetter(w, r, "letter")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	http.Redirect(w, r, letterURL(d.SHA), http.StatusSeeOther)
}

// readLetter reads, checks and keeps the letters a request sends, and
// returns the first: a file that holds several (a claim file) gives each
// its own page, keyed by the file's SHA-256 and #N, with links from one
// to the others.
func (s *Server) readLetter(w http.ResponseWriter, r *http.Request, field string) (*letter, error) {
	u, err := s.readUpload(w, r, field)
	if err != nil {
		return nil, err
	}
	var ds []*letter
	err = s.limited(w, r, u.name, func(j job) error {
		ls, err := s.extractLetters(u, j)
		if err != nil {
			return err
		}
		for i, l := range ls {
			d, err := newLetter(l, nil, s.checkConfig())
			if err != nil {
				return err
			}
			d.SHA = extract.PartName(d.SHA, i+1, len(ls))
			ds = append(ds, d)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		if len(ds) > 1 {
			d.Siblings = ds
		}
		s.letters.put(d)
	}
	return ds[0], nil
}

func (s *Server) checkConfig() *check.Config {
	return &check.Config{Lexicon: s.opt.Extract.Lexicon}
}

// shaPattern matches a letter's key: the SHA-256 of its file, and for a
// letter of a file that holds several (stored by corpus build), "#" and
// its place in the file.
var shaPattern = regexp.MustCompile(`^[0-9a-f]{64}(?:#[1-9][0-9]*)?$`)

// letterURL returns the path of a letter's review page, its key escaped
// ("#" is %23).
func letterURL(sha string) string { return "/letter/" + url.PathEscape(sha) }

// find returns a letter read before or stored in the corpus.
func (s *Server) find(r *http.Request) (*letter, error) {
	sha := r.PathValue("sha")
	if !shaPattern.MatchString(sha) {
		return nil, &httpError{http.StatusNotFound, "No such letter", "a letter is named by the SHA-256 of its file: 64 hexadecimal digits (and #N for the Nth letter of a file of several)"}
	}
	if d, ok := s.letters.get(sha); ok {
		return d, nil
	}
	if s.opt.DB == nil {
		return nil, &httpError{http.StatusNotFound, "Letter no longer held",
			"this letter was read before the server restarted, or many letters ago; upload it again"}
	}
	d, err := s.corpusLetter(r.Context(), sha)
	if err != nil {
		return nil, err
	}
	s.letters.put(d)
	return d, nil
}

func (s *Server) letterPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.find(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	p, err := s.reviewData(d)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.page(w, http.StatusOK, "review.html", p)
}

func (s *Server) reviewData(d *letter) (*reviewPage, error) {
	p := &reviewPage{Name: d.Source.Path, SHA: d.SHA, URL: letterURL(d.SHA), Case: d.Report.Case, Layout: d.Source.Layout,
		PageCount: d.Source.Pages, Corpus: d.Corpus, Triage: s.opt.Baseline != "", Baseline: s.opt.Baseline, User: s.opt.User}
	for i, x := range d.Siblings {
		p.Siblings = append(p.Siblings, sibling{N: i + 1, Case: x.Report.Case, URL: letterURL(x.SHA), Current: x == d})
	}
	if d.Source.Layout == "unknown" {
		p.Notice = "This does not read as an IMR determination letter: what could be found is shown."
	}
	fv, err := s.findingViews(d)
	if err != nil {
		return nil, err
	}
	p.Findings = fv
	for _, f := range fv {
		if f.State == "dismissed" {
			p.Dismissed++
			continue
		}
		switch f.Severity {
		case "error":
			p.Errors++
		case "warning":
			p.Warnings++
		default:
			p.Infos++
		}
	}
	p.Pages = layout(d, marks(d))
	p.Legend = legend(d.Facts)
	for _, f := range d.Facts {
		if f.doubtful() {
			p.Doubtful++
		}
	}
	p.Items = itemRows(d)
	for _, f := range d.Facts {
		if f.Kind == "diagnosis" {
			p.Diagnoses = append(p.Diagnoses, f)
		}
	}
	return p, nil
}

// findingViews lists the findings, errors first, each with its triage.
func (s *Server) findingViews(d *letter) ([]findingView, error) {
	states, err := s.triageStates(d)
	if err != nil {
		return nil, err
	}
	var out []findingView
	for i, f := range d.Report.Findings {
		v := findingView{ID: fmt.Sprintf("f%d", i), Index: i, Code: f.Code, Severity: f.Severity.String(),
			Message: f.Message, Where: where(f.Item), State: "open"}
		for _, e := range f.Evidence {
			v.Evidence = append(v.Evidence, evidenceView{Role: e.Role, Text: collapse(e.Text), Page: d.pageOf(e.Start), Line: e.Line})
		}
		if st, ok := states[i]; ok {
			v.State, v.By, v.At, v.Note = st.State, st.By, st.At, st.Note
		}
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(a, b findingView) int {
		return cmp.Compare(d.Report.Findings[b.Index].Severity, d.Report.Findings[a.Index].Severity)
	})
	return out, nil
}

func where(item int) string {
	if item < 0 {
		return "letter"
	}
	return fmt.Sprintf("item %d", item+1)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// mark is a span to show: a fact, a finding's evidence, or where an
// anchor starts.
type mark struct {
	span    extract.Span
	fact    *fact
	finding string
	anchor  string
}

func marks(d *letter) []mark {
	var out []mark
	for i := range d.Facts {
		f := &d.Facts[i]
		if f.Kind != "" && f.Span.Len() <= 400 {
			out = append(out, mark{span: f.Span, fact: f})
		}
	}
	for i, f := range d.Report.Findings {
		for _, e := range f.Evidence {
			out = append(out, mark{span: e.Span, finding: fmt.Sprintf("f%d", i)})
		}
	}
	for i, it := range d.Items {
		if it.Header != nil {
			out = append(out, mark{span: it.Header.Span, anchor: fmt.Sprintf("item-%d", i+1)})
		}
	}
	return out
}

// layout cuts the normalized text into its pages and each page into
// segments at every start and end of a mark.
func layout(d *letter, ms []mark) []textPage {
	text := d.NormalizedText()
	cuts := []int{0, len(text)}
	starts := pageStarts(text, d.pageOf)
	cuts = append(cuts, starts...)
	for _, m := range ms {
		if m.span.Start >= 0 && m.span.End <= len(text) && m.span.Start < m.span.End {
			cuts = append(cuts, m.span.Start, m.span.End)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var pages []textPage
	page := textPage{Number: d.pageOf(0)}
	next := 0
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if next < len(starts) && a == starts[next] {
			if len(page.Segments) > 0 {
				pages = append(pages, page)
			}
			page = textPage{Number: d.pageOf(a)}
			next++
		}
		page.Segments = appendSegment(page.Segments, newSegment(text[a:b], a, b, ms, d.pageOf))
	}
	return append(pages, page)
}

// pageStarts returns the offsets of the lines that open a new page.
func pageStarts(text string, pageOf func(int) int) []int {
	var out []int
	last := pageOf(0)
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
		if off < len(text) {
			if p := pageOf(off); p > last {
				out = append(out, off)
				last = p
			}
		}
	}
	return out
}

// newSegment describes the text from a to b by the marks that cover it.
func newSegment(text string, a, b int, ms []mark, pageOf func(int) int) segment {
	seg := segment{Text: text}
	var classes, titles, evs []string
	doubt := false
	for _, m := range ms {
		if m.span.Start > a || m.span.End < b {
			continue
		}
		switch {
		case m.anchor != "":
			if m.span.Start == a {
				seg.ID = m.anchor
			}
			continue
		case m.finding != "":
			evs = append(evs, m.finding)
			continue
		}
		classes = append(classes, "k-"+m.fact.Kind)
		titles = append(titles, describe(m.fact, pageOf))
		doubt = doubt || m.fact.doubtful()
	}
	if len(classes) > 0 {
		classes = append([]string{"f"}, compact(classes)...)
	}
	if doubt {
		classes = append(classes, "doubt")
	}
	if len(evs) > 0 {
		classes = append(classes, "ev")
	}
	seg.Class = strings.Join(classes, " ")
	seg.Title = strings.Join(compact(titles), "\n")
	seg.Ev = strings.Join(compact(evs), " ")
	return seg
}

// appendSegment joins plain text to plain text before it.
func appendSegment(segs []segment, s segment) []segment {
	if n := len(segs); n > 0 && s.Class == "" && s.ID == "" && segs[n-1].Class == "" && segs[n-1].ID == "" {
		segs[n-1].Text += s.Text
		return segs
	}
	return append(segs, s)
}

func compact(s []string) []string {
	out := []string{}
	for _, x := range s {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// describe is a fact's hover text: kind, value, page and other fields.
func describe(f *fact, pageOf func(int) int) string {
	parts := []string{fmt.Sprintf("%s: %s", f.Kind, f.Value), fmt.Sprintf("page %d", pageOf(f.Span.Start))}
	if f.OCR >= 0 {
		note := ""
		if f.doubtful() {
			note = ", read it again"
		}
		parts = append(parts, fmt.Sprintf("OCR confidence %.0f%s", f.OCR, note))
	}
	parts = append(parts, f.Extra...)
	return strings.Join(parts, " · ")
}

func legend(facts []fact) []kindCount {
	counts := map[string]int{}
	for _, f := range facts {
		if f.Kind != "" {
			counts[f.Kind]++
		}
	}
	var out []kindCount
	for k, n := range counts {
		out = append(out, kindCount{k, n})
	}
	slices.SortFunc(out, func(a, b kindCount) int { return strings.Compare(a.Kind, b.Kind) })
	return out
}

func itemRows(d *letter) []itemRow {
	var rows []itemRow
	for i, it := range d.Items {
		r := itemRow{N: i + 1, Header: factValue(it.Header), Outcome: factValue(it.Outcome)}
		if it.Service != nil {
			r.Service, r.Concept = it.Service.Value, strings.Trim(string(it.Service.Category)+" / "+string(it.Service.Concept), " /")
		}
		if it.Quantity != nil {
			r.Quantity = count(it.Quantity.Value, string(it.Quantity.Unit))
		}
		if it.Rationale.Conclusion != nil {
			r.Conclusion = it.Rationale.Conclusion.Value
		}
		r.Judged, r.JudgedNote = judged(d.Tree, i)
		r.Differ = r.Quantity != "" && r.Judged != "" && r.Quantity != r.Judged
		for _, c := range it.Guidelines.Citations {
			if c.By == extract.ByMaximus {
				r.Guidelines = append(r.Guidelines, c.Value)
			}
		}
		for _, f := range d.Report.Findings {
			if f.Item == i {
				r.Findings++
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// judged is the request the rationale judged: the letter's own fact
// for it where the JSON has one (rationale.judged), else the first
// count the rationale gives.
func judged(t tree, item int) (string, string) {
	if j, ok := lookup(t, "items", item, "rationale", "judged").(map[string]any); ok {
		return judgedText(j), ""
	}
	if q, ok := lookup(t, "items", item, "rationale", "quantities", 0).(map[string]any); ok {
		return judgedText(q), "the first count the rationale gives for the request"
	}
	return "", ""
}

func judgedText(m map[string]any) string {
	if _, ok := m["value"].(map[string]any); ok {
		return scalar(m["text"])
	}
	if v, ok := m["value"].(json.Number); ok {
		f, _ := v.Float64()
		return count(f, scalar(m["unit"]))
	}
	return strings.TrimSpace(scalar(m["value"]) + " " + scalar(m["unit"]))
}

// count writes a count as the rendered letter does: "14 sessions",
// "60" (a bare "unit" is left out).
func count(v float64, unit string) string {
	switch {
	case unit == "" || unit == "unit":
		return fmt.Sprintf("%g", v)
	case v != 1 && !strings.HasSuffix(unit, "s"):
		unit += "s"
	}
	return fmt.Sprintf("%g %s", v, unit)
}

func factValue(f *extract.Fact[string]) string {
	if f == nil {
		return ""
	}
	return f.Value
}

func (s *Server) factsJSON(w http.ResponseWriter, r *http.Request) {
	d, err := s.find(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := extract.WriteJSON(&b, []*extract.Letter{d.Letter}); err != nil {
		s.failErr(w, r, err)
		return
	}
	download(w, "application/json", fileStem(d)+".json", b.Bytes())
}

func (s *Server) findingsSARIF(w http.ResponseWriter, r *http.Request) {
	d, err := s.find(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := check.WriteSARIF(&b, []check.Report{d.Report}, check.Tool{Name: "imr check"}); err != nil {
		s.failErr(w, r, err)
		return
	}
	download(w, "application/sarif+json", fileStem(d)+".sarif", b.Bytes())
}

func (s *Server) normalizedPDF(w http.ResponseWriter, r *http.Request) {
	d, err := s.find(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := s.render.Letter(&b, "pdf", render.Entry{Letter: d.Letter, Findings: d.Report.Findings}); err != nil {
		s.failErr(w, r, err)
		return
	}
	download(w, "application/pdf", fileStem(d)+".pdf", b.Bytes())
}

// fileStem names downloads: the case number, else the SHA-256's start.
func fileStem(d *letter) string {
	if shaPattern.MatchString(d.SHA) && d.Report.Case == "" {
		return d.SHA[:12]
	}
	return strings.Trim(notFileWord.ReplaceAllString(d.Report.Case, "-"), "-")
}

var notFileWord = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

func download(w http.ResponseWriter, ctype, name string, data []byte) {
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Write(data)
}
