package extract

import "encoding/json"

// Schema names the JSON output contract of a Letter.
const Schema = "imrkit/letter/v1"

// Layouts a letter can be read as.
const (
	LayoutFDL2016 = "fdl-2016"    // Final Determination Letter with a header table (2016-17)
	LayoutFDL2014 = "fdl-2014"    // Final Determination Letter without a header table (2014-15)
	LayoutNotice  = "notice-2013" // Notice of Independent Medical Review Determination (2013)
	LayoutUnknown = "unknown"
)

// Outcomes of a disputed item.
const (
	Upheld     = "upheld"     // the UR denial stands: not medically necessary
	Overturned = "overturned" // the treatment is medically necessary
)

// Rationale conclusions that fit the two outcomes; anything else is
// kept as written.
const (
	NotNecessary = "not medically necessary"
	Necessary    = "medically necessary"
)

// Span is a byte range of the normalized text, end exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Within reports whether s lies inside o, its edges included.
func (s Span) Within(o Span) bool { return s.Start >= o.Start && s.End <= o.End }

// Fact is one value read off a letter: the value in normal form, the text
// as written, its span in the normalized text and its page (1-based).
// Text always equals the normalized text sliced by the span.
type Fact[T any] struct {
	Value T      `json:"value"`
	Text  string `json:"text"`
	Span
	Page int `json:"page"`
	// OCRConfidence is the lowest OCR confidence (0 to 100, tesseract's)
	// of the words the fact covers; nil where no word of it was read by
	// OCR (text layers, text and Word input).
	OCRConfidence *float64 `json:"ocr_confidence"`
}

// Str is a string that encodes as JSON null when empty.
type Str string

// MarshalJSON writes null for the empty string.
func (s Str) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads a string or null.
func (s *Str) UnmarshalJSON(b []byte) error {
	var p *string
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*s = ""
	if p != nil {
		*s = Str(*p)
	}
	return nil
}

// Letter is everything read off one IMR determination letter.
type Letter struct {
	Schema     string        `json:"schema"`
	Source     Source        `json:"source"`
	Text       string        `json:"text,omitempty"`
	CaseNumber *Fact[string] `json:"case_number"`
	Priority   *Fact[string] `json:"priority"`
	Dates      Dates         `json:"dates"`
	Reviewer   Reviewer      `json:"reviewer"`
	Claimant   Claimant      `json:"claimant"`
	Diagnoses  []Diagnosis   `json:"diagnoses"`
	Items      []Item        `json:"items"`
	// Mentions are the mentions of the header and the summary, read
	// only when asked for (Options.Mentions, FindMentions).
	Mentions *LetterMentions `json:"mentions,omitempty"`

	// Warnings says what of the source could not be read (a damaged
	// stream, a truncated file, a page of images): a letter with
	// warnings may lack text. Absent from the JSON when there are none.
	Warnings []Warning `json:"warnings,omitempty"`

	// Sections holds the spans of the letter's parts, keyed by the
	// Section constants; a part the letter lacks is absent.
	Sections map[string]Span `json:"-"`

	doc *document
}

// Section keys of Letter.Sections.
const (
	SectionHeader    = "header"    // case number and dates
	SectionReviewer  = "reviewer"  // how the determination was made
	SectionSummary   = "summary"   // clinical case summary
	SectionDecisions = "decisions" // disputed items, guidelines and rationales
)

// Warning is a part of the source file that could not be read, and its
// page (1-based; 0 for the whole file).
type Warning struct {
	Message string `json:"message"`
	Page    int    `json:"page"`
}

// Source describes the input a letter was read from.
type Source struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Pages  int    `json:"pages"`
	Layout string `json:"layout"`
	Imrkit string `json:"imrkit,omitempty"` // the version of imrkit that read it (package version)
}

// Dates are the header dates, as YYYY-MM-DD values.
type Dates struct {
	Assigned            *Fact[string] `json:"assigned"`
	Injury              *Fact[string] `json:"injury"`
	Decision            *Fact[string] `json:"decision"`
	URDenial            *Fact[string] `json:"ur_denial"`
	ApplicationReceived *Fact[string] `json:"application_received"`
}

// Reviewer is the expert reviewer's licensure and specialty lists.
type Reviewer struct {
	Licensure []Fact[string] `json:"licensure"`
	Specialty []Fact[string] `json:"specialty"`
}

// Claimant is what the case summary says of the injured worker.
type Claimant struct {
	Age         *Fact[int]     `json:"age"`
	Sex         *Fact[string]  `json:"sex"`
	InjuryDates []Fact[string] `json:"injury_dates"`
}

// Diagnosis is one diagnosis phrase as the summary lists it, with the
// lexicon concept it names where the lexicon knows it and its ICD-10-CM
// code (nil where no code fits).
type Diagnosis struct {
	Fact[string]
	Concept  string   `json:"concept,omitempty"`
	Category string   `json:"category,omitempty"`
	ICD10CM  *ICD10CM `json:"icd10cm"`
}

// ICD10CM is a diagnosis's ICD-10-CM code (FY2017): the code with its
// dot, the official description, the 3-character category, the chapter
// (1-21), how the phrase supports it (exact, derived or category) and
// whether the phrase is hedged ("possible", "rule out"), in which case
// the code is the sign or symptom it documents.
type ICD10CM struct {
	Code        string `json:"code"`
	Description string `json:"description"`
	Category    string `json:"category"`
	Chapter     int    `json:"chapter"`
	Match       string `json:"match"`
	Hedged      bool   `json:"hedged"`
}

// Item is one disputed treatment or service and its decision.
type Item struct {
	Header     *Fact[string] `json:"header"`
	Outcome    *Fact[string] `json:"outcome"`
	Service    *Service      `json:"service"`
	Quantity   *Quantity     `json:"quantity"`
	Partial    *Partial      `json:"partial"`
	Guidelines Guidelines    `json:"guidelines"`
	Rationale  Rationale     `json:"rationale"`
	// Mentions are the mentions of the item's parts, read only when
	// asked for.
	Mentions *ItemMentions `json:"mentions,omitempty"`

	// Block is the span of the whole item: its header line through the
	// end of its rationale.
	Block Span `json:"-"`
}

// Service is the treatment itself: the header without its count,
// frequency and duration words. Its span is the header's.
type Service struct {
	Fact[string]
	Concept  Str `json:"concept"`
	Category Str `json:"category"`
}

// Quantity is a count with the noun it counts ("session", "tablet").
type Quantity struct {
	Fact[float64]
	Unit Str `json:"unit"`
}

// Partial is a partial certification: what was requested, what the
// claims administrator authorized and the remaining portion under review.
type Partial struct {
	Original   *Fact[string] `json:"original"`
	Authorized *Fact[string] `json:"authorized"`
	Remaining  *Fact[string] `json:"remaining"`
}

// Guidelines are the guideline texts of an item and their parsed citations.
type Guidelines struct {
	ClaimsAdministrator *Fact[string] `json:"claims_administrator"`
	Maximus             *Fact[string] `json:"maximus"`
	Citations           []Citation    `json:"citations"`
}

// Citation sources.
const (
	SourceMTUS  = "MTUS"
	SourceACOEM = "ACOEM"
	SourceODG   = "ODG"
	SourceOther = "other"
)

// Who cited a guideline.
const (
	ByMaximus             = "maximus"
	ByClaimsAdministrator = "claims_administrator"
)

// Citation is one guideline citation. Its value is a normal form such as
// "MTUS Chronic Pain Medical Treatment Guidelines, p. 101".
type Citation struct {
	Fact[string]
	By       string   `json:"by"`
	Source   string   `json:"source"`
	Chapter  Str      `json:"chapter"`
	Region   Str      `json:"region"`
	Year     Str      `json:"year"`
	Sections []string `json:"sections"`
	Pages    []string `json:"pages"`
}

// Rationale is the decision rationale of an item: its span, the
// conclusion it reaches and the counts it gives for the request, the one
// it judges first.
type Rationale struct {
	Span
	Page       int           `json:"page"`
	Conclusion *Fact[string] `json:"conclusion"`
	Quantities []Quantity    `json:"quantities"`
	// Judged is the request the conclusion judges, read with the
	// mentions.
	Judged *Judged `json:"judged,omitempty"`
}
