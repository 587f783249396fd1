package check

import (
	"sort"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
)

// Codes of the checks, the same words as the gold annotations' kinds.
const (
	CodeQuantity   = "quantity-mismatch"
	CodeStrength   = "strength-mismatch"
	CodeOutcome    = "outcome-conflict"
	CodeService    = "service-mismatch"
	CodeBodyPart   = "body-part-mismatch"
	CodeLaterality = "laterality-mismatch"
	CodeGuideline  = "guideline-mismatch"
	CodeDate       = "date-mismatch"
	CodeDateOrder  = "date-order"
	CodeSex        = "sex-mismatch"
	CodeAge        = "age-mismatch"
	CodeDuplicate  = "duplicate-text"
)

// Check describes one kind of check.
type Check struct {
	Code     string   // the code of its findings
	Severity Severity // the grade of its findings; a weaker finding may be graded lower
	Summary  string   // what it finds, in one line

	run func(*letter) []Finding
}

// eachItem runs the tests on each item in turn and keeps, for each item,
// the finding of the first test that makes one.
func (d *letter) eachItem(tests ...func(i int) (Finding, bool)) []Finding {
	var out []Finding
	for i := range d.Items {
		for _, test := range tests {
			if f, ok := test(i); ok {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// checks are every check, in the order they run.
var checks = []Check{
	{CodeQuantity, Error, "the count in an item line differs from the count its rationale judges", checkQuantity},
	{CodeStrength, Error, "a drug's strength differs between mentions of the same item", checkStrength},
	{CodeOutcome, Error, "the outcome (Upheld, Overturned) disagrees with the rationale's conclusion", checkOutcome},
	{CodeService, Error, "the rationale concludes about another treatment, test or drug than the item", checkService},
	{CodeBodyPart, Error, "the rationale concludes about another body part than the item", checkBodyPart},
	{CodeLaterality, Error, "one body part is given two sides (left, right)", checkLaterality},
	{CodeGuideline, Warning, "the MAXIMUS guideline cited is for another body region or treatment than the item", checkGuideline},
	{CodeDate, Error, "a date of injury or of the UR denial differs between the header and the text", checkDates},
	{CodeDateOrder, Error, "dates out of order: an event before the injury, a request after its review, a decision before assignment", checkDateOrder},
	{CodeSex, Warning, "the claimant's sex word disagrees with the pronouns used for the claimant", checkSex},
	{CodeAge, Error, "two statements of the claimant's age or birth date disagree", checkAge},
	{CodeDuplicate, Warning, "a sentence or paragraph repeated by mistake", checkDuplicate},
	{CodePartialRead, Error, "the source file could only be read in part (damaged or truncated), so facts may be missing", checkPartialRead},
}

// Checks returns a description of every check, in the order they run.
func Checks() []Check {
	out := make([]Check, len(checks))
	copy(out, checks)
	for i := range out {
		out[i].run = nil
	}
	return out
}

// known reports whether code names a check.
func known(code string) bool {
	for _, c := range checks {
		if c.Code == code {
			return true
		}
	}
	return false
}

// Config chooses the checks that run and grades their findings. The zero
// value runs every check at its own grades with the embedded lexicon.
type Config struct {
	// Lexicon decides what counts as the same service, drug or body
	// region; nil means lexicon.Default(). Use the one the letter was
	// read with.
	Lexicon *lexicon.Lexicon
	// Disabled holds the codes of checks that do not run.
	Disabled map[string]bool
	// Severity re-grades every finding of a code.
	Severity map[string]Severity
}

// Run checks a letter with the default configuration.
func Run(l *extract.Letter) []Finding {
	var c Config
	return c.Run(l)
}

// Run checks a letter and returns its findings in the order of their
// first evidence, with the page, line and column of every evidence
// filled in. It returns nil for a consistent letter.
func (c *Config) Run(l *extract.Letter) []Finding {
	d := newLetter(l, c.lexicon())
	var out []Finding
	for _, k := range checks {
		if c != nil && c.Disabled[k.Code] {
			continue
		}
		for _, f := range k.run(d) {
			if s, ok := c.severity(k.Code); ok {
				f.Severity = s
			}
			out = append(out, f)
		}
	}
	place(l, out)
	sortFindings(out)
	return out
}

func (c *Config) lexicon() *lexicon.Lexicon {
	if c == nil || c.Lexicon == nil {
		return lexicon.Default()
	}
	return c.Lexicon
}

func (c *Config) severity(code string) (Severity, bool) {
	if c == nil {
		return 0, false
	}
	s, ok := c.Severity[code]
	return s, ok
}

// place fills in the printable place of every evidence.
func place(l *extract.Letter, fs []Finding) {
	for i := range fs {
		for k := range fs[i].Evidence {
			e := &fs[i].Evidence[k]
			p, q := l.Position(e.Start), l.Position(max(e.Start, e.End-1))
			e.Page, e.Line, e.Column, e.PageLine = p.Page, p.Line, p.Column, p.PageLine
			e.EndLine, e.EndColumn = q.Line, q.Column+1
			e.Text = l.Slice(e.Span)
		}
	}
}

// sortFindings orders findings by their first evidence, then code.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].start(), fs[j].start()
		if a != b {
			return a < b
		}
		return fs[i].Code < fs[j].Code
	})
}

// start is the offset of a finding's first evidence.
func (f Finding) start() int {
	if len(f.Evidence) == 0 {
		return -1
	}
	return f.Evidence[0].Start
}
