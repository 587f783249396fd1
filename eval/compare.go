package eval

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imrkit/imrkit/extract"
)

// Compare scores one extracted letter against its gold facts.
func (s *Score) Compare(name string, g *Gold, l *extract.Letter) {
	s.Letters++
	s.add(name, "case_number", -1, sameStr(g.CaseNumber, strFact(l.CaseNumber)), g.CaseNumber, strFact(l.CaseNumber))
	d := l.Dates
	for _, c := range []struct {
		field string
		want  *string
		got   *extract.Fact[string]
	}{
		{"date_assigned", g.DateAssigned, d.Assigned}, {"date_of_injury", g.DateOfInjury, d.Injury},
		{"decision_date", g.DecisionDate, d.Decision}, {"ur_denial_date", g.URDenialDate, d.URDenial},
		{"application_received", g.ApplicationReceived, d.ApplicationReceived}, {"priority", g.Priority, l.Priority},
		{"sex", g.Sex, l.Claimant.Sex},
	} {
		s.add(name, c.field, -1, sameStr(c.want, strFact(c.got)), c.want, strFact(c.got))
	}
	s.add(name, "reviewer_licensure", -1, sameList(g.ReviewerLicensure, values(l.Reviewer.Licensure)), g.ReviewerLicensure, values(l.Reviewer.Licensure))
	s.add(name, "reviewer_specialty", -1, sameList(g.ReviewerSpecialty, values(l.Reviewer.Specialty)), g.ReviewerSpecialty, values(l.Reviewer.Specialty))
	age := intFact(l.Claimant.Age)
	s.add(name, "age", -1, sameInt(g.Age, age), g.Age, age)
	dates := values(l.Claimant.InjuryDates)
	s.add(name, "summary_injury_dates", -1, sameSet(g.SummaryInjuryDates, dates), g.SummaryInjuryDates, dates)
	s.diagnoses(name, g.Diagnoses, l.Diagnoses)
	s.add(name, "item_count", -1, len(g.Items) == len(l.Items), len(g.Items), len(l.Items))
	for i, pair := range align(g.Items, l.Items) {
		s.item(name, i, &g.Items[i], pair)
	}
}

// item scores one gold item against its extracted match (nil if none).
func (s *Score) item(name string, i int, g *GoldItem, it *extract.Item) {
	var got extract.Item
	if it != nil {
		got = *it
	}
	header, outcome := strFact(got.Header), strFact(got.Outcome)
	s.add(name, "header", i, sameText(&g.Header, header), g.Header, header)
	s.add(name, "outcome", i, sameStr(&g.Outcome, outcome), g.Outcome, outcome)
	var service *string
	if got.Service != nil {
		service = &got.Service.Value
	}
	s.add(name, "service", i, sameText(&g.Service, service), g.Service, service)
	s.quantity(name, i, g, got.Quantity)
	s.add(name, "partial", i, samePartial(g.Partial, got.Partial), g.Partial, got.Partial)
	ca, mx := strFact(got.Guidelines.ClaimsAdministrator), strFact(got.Guidelines.Maximus)
	s.add(name, "ca_guideline", i, sameText(g.CAGuideline, ca), g.CAGuideline, ca)
	s.add(name, "maximus_guideline", i, sameText(g.MaximusGuideline, mx), g.MaximusGuideline, mx)
	concl := strFact(got.Rationale.Conclusion)
	s.add(name, "rationale_conclusion", i, sameText(g.RationaleConclusion, concl), g.RationaleConclusion, concl)
	var rq *float64
	if len(got.Rationale.Quantities) > 0 {
		rq = &got.Rationale.Quantities[0].Value
	}
	s.add(name, "rationale_quantity", i, sameNum(g.RationaleQuantity, rq), g.RationaleQuantity, rq)
}

// quantity scores the count, its text and its unit. Readers differed on
// refills ("Two refills of X #90": 2 refills or 90 units), so where the
// header speaks of refills either reading is right.
func (s *Score) quantity(name string, i int, g *GoldItem, q *extract.Quantity) {
	var v *float64
	var text, unit *string
	if q != nil {
		v, text = &q.Value, &q.Text
		if q.Unit != "" {
			u := string(q.Unit)
			unit = &u
		}
	}
	refills := strings.Contains(strings.ToLower(g.Header), "refill")
	s.add(name, "quantity", i, sameNum(g.Quantity, v) || (refills && v != nil), g.Quantity, v)
	s.add(name, "quantity_text", i, sameText(g.QuantityText, text) || (refills && text != nil), g.QuantityText, text)
	s.add(name, "unit", i, sameStr(g.Unit, unit) || (refills && unit != nil), g.Unit, unit)
}

// diagnoses scores the diagnosis phrases as a set.
func (s *Score) diagnoses(name string, want []string, got []extract.Diagnosis) {
	t := s.Fields["diagnoses"]
	have := map[string]int{}
	for _, d := range got {
		have[norm(d.Value)]++
	}
	for _, w := range want {
		if have[norm(w)] > 0 {
			have[norm(w)]--
			t.TP++
			continue
		}
		t.FN++
		s.Misses = append(s.Misses, Miss{Letter: name, Field: "diagnoses", Item: -1, Want: show(w), Got: "(missing)"})
	}
	for v, n := range have {
		for ; n > 0; n-- {
			t.FP++
			s.Misses = append(s.Misses, Miss{Letter: name, Field: "diagnoses", Item: -1, Want: "(none)", Got: show(v)})
		}
	}
	t.Total++
}

// The patterns of norm, compiled when first used, not at start-up.
var (
	spaceRe  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+`) })
	hyphenRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*([-/–])\s*`) })
)

// norm is the lenient form texts are compared in: lower case, one space,
// no hyphens (readers differ on words hyphenated at line ends), no space
// around slashes, no closing punctuation.
func norm(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-").Replace(s)
	s = hyphenRe().ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "-", "")
	s = spaceRe().ReplaceAllString(strings.TrimSpace(s), " ")
	return strings.TrimRight(s, ".,;: ")
}
