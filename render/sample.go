package render

import "github.com/imrkit/imrkit/extract"

// sampleLetter is template data with every field set, to run the
// templates once when they are loaded.
func sampleLetter() *LetterData {
	f := Finding{Code: "quantity-mismatch", Severity: "warning", Message: "item asks for 14 sessions, rationale judges 12",
		Item: 1, Evidence: []Evidence{{Role: "header", Text: "QTY: 14.00", Page: 1, Line: 3, Column: 5}}}
	letterWide := f
	letterWide.Item = 0
	g := Guideline{Statements: []string{"Decision based on MTUS Chronic Pain Medical Treatment 2016."},
		Citations: []Citation{{Value: "MTUS Chronic Pain Medical Treatment 2016", Text: "Chronic Pain Medical Treatment 2016",
			Source: "MTUS", Chapter: "Chronic Pain Medical Treatment", Year: "2016", Sections: []string{"Opioids"}, Pages: []string{"80"}}}}
	it := Item{Number: 1, Line: "Cognitive behavioral therapy sessions QTY: 14.00", Header: "Cognitive behavioral therapy sessions QTY: 14.00",
		Service: "Cognitive behavioral therapy", Concept: "cbt", Category: "psychological", Outcome: "Upheld", Quantity: "14 sessions",
		Partial: &Partial{Original: "20 sessions", Authorized: "6 sessions", Remaining: "14 sessions"}, Claims: g, Maximus: g,
		Rationale: []string{"The request is not medically necessary."}, Conclusion: "not medically necessary", Findings: []Finding{f}}
	return &LetterData{
		ID:     "CM00-0000000",
		Source: extract.Source{Path: "sample.txt", Pages: 1, Layout: extract.LayoutFDL2016},
		Header: Header{Fields: []Field{{Label: "Case Number:", Value: "CM00-0000000"}}, Notes: []string{"A note."}},
		Reviewer: Reviewer{Paragraphs: []string{"MAXIMUS Federal Services sent the complete case file to an expert reviewer."},
			Licensure: []string{"California"}, Specialty: []string{"Family Practice"}},
		Summary:      []string{"The injured worker is a 48 year old male."},
		Decisions:    Decisions{Intro: []string{"The Final Determination was based on decisions:"}, Items: []Item{it}, Upheld: 1},
		WithFindings: true,
		Findings:     []Finding{letterWide, f},
		Letter:       &extract.Letter{Schema: extract.Schema, Source: extract.Source{Path: "sample.txt"}},
	}
}

// sampleReport is report data with every field set.
func sampleReport(opt Options) *ReportData {
	l := sampleLetter()
	d := newReportData(nil, opt)
	c := scale([]Count{{Label: "Upheld", N: 1}})
	d.Letters, d.Items, d.Findings = 1, 1, 2
	d.Outcomes, d.Categories, d.Codes, d.Severities, d.Diagnoses = c, c, c, c, c
	d.Entries = []ReportEntry{{ID: l.ID, Path: l.Source.Path, Items: 1, Upheld: 1, Findings: l.Findings}}
	return d
}
