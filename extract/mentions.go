package extract

import (
	"strconv"
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
	"github.com/imrkit/imrkit/lexicon"
)

// Mentions are what one part of a letter names that a check compares,
// each with its span: services and drugs, body parts, counts, dates,
// ages, and the words that tell the claimant's sex. They are read only
// when asked for (Options.Mentions, or Letter.FindMentions): the lexicon
// search over the whole text costs several times the rest of the
// extraction.
type Mentions struct {
	Services  []ServiceMention `json:"services"`
	BodyParts []BodyPart       `json:"body_parts"`
	Counts    []Quantity       `json:"counts"`
	Dates     []DateMention    `json:"dates"`
	Ages      []Fact[int]      `json:"ages"`
	Sex       []SexMention     `json:"sex"`
}

// ServiceMention is a service or drug named in the text: its value is
// the lexicon concept's ID.
type ServiceMention struct {
	Fact[string]
	Kind     string `json:"kind"` // "service" or "drug"
	Category Str    `json:"category"`
	Strength Str    `json:"strength"` // a drug's strength written just after it: "10/325mg", "5%"
	Form     Str    `json:"form"`     // a drug's form named just after it: "tablet", "gel", "patch"
}

// BodyPart is a body part named in the text: its value is the lexicon
// concept's ID.
type BodyPart struct {
	Fact[string]
	Side    Str      `json:"side"` // "left", "right", "bilateral" or null
	Regions []string `json:"regions"`
}

// Roles of a date.
const (
	DateInjury     = "injury"      // the date of an injury
	DateURDecision = "ur_decision" // the date of a utilization review's decision
	DateRFA        = "rfa"         // the date of a request for authorization
	DateExam       = "exam"        // a visit, examination, note or report
	DateSurgery    = "surgery"     // the date of an operation
	DateOther      = "other"
)

// DateMention is a date written in the text, as YYYY-MM-DD, with the role
// the words before it in its sentence give it.
type DateMention struct {
	Fact[string]
	Role string `json:"role"`
}

// SexMention is a word that tells the claimant's sex: a sex word (male,
// woman) or a pronoun (he, her). "He/she", the letters' word for the
// reviewer, is none.
type SexMention struct {
	Fact[string]        // "male" or "female"
	By           string `json:"by"` // "word" or "pronoun"
}

// LetterMentions are the mentions of the letter's parts outside the
// items.
type LetterMentions struct {
	Header  Mentions `json:"header"`
	Summary Mentions `json:"summary"`
}

// ItemMentions are the mentions of the parts of one item.
type ItemMentions struct {
	ItemLine            Mentions `json:"item_line"`
	ClaimsAdministrator Mentions `json:"claims_administrator"`
	Maximus             Mentions `json:"maximus"`
	Rationale           Mentions `json:"rationale"`
}

// Judged is the request a rationale's conclusion judges: the service,
// body part and count named in "the request for X is (not) medically
// necessary" and its variants. Its span is the phrase that names X.
type Judged struct {
	Span
	Page     int             `json:"page"`
	Text     string          `json:"text"`
	Service  *ServiceMention `json:"service"`
	BodyPart *BodyPart       `json:"body_part"`
	Count    *Quantity       `json:"count"`
}

// FindMentions reads the mentions of every part of the letter and what
// each rationale judges, with a lexicon (nil: lexicon.Default()); it
// does nothing when they were read already.
func (l *Letter) FindMentions(lex *lexicon.Lexicon) { l.FindMentionsOf(lex, AllMentions) }

// MentionKinds are the kinds of mention FindMentionsOf reads, a bit set.
type MentionKinds uint8

// The kinds of mention.
const (
	MentionServices  MentionKinds = 1 << iota // services and drugs
	MentionBodyParts                          // body parts with their side
	MentionCounts                             // counts with their unit
	MentionDates                              // dates with their role
	MentionAges                               // ages
	MentionSex                                // sex words and pronouns
	AllMentions      = MentionServices | MentionBodyParts | MentionCounts | MentionDates | MentionAges | MentionSex
)

// FindMentionsOf is FindMentions reading only the kinds asked for, for a
// caller that compares some of them (check does not read counts or
// ages): the lists of the others are left empty. What each rationale
// judges is read whatever the kinds.
func (l *Letter) FindMentionsOf(lex *lexicon.Lexicon, kinds MentionKinds) {
	if l.Mentions != nil || l.doc == nil {
		return
	}
	if lex == nil {
		lex = lexicon.Default()
	}
	p := &parser{text: l.doc.text, doc: l.doc, lex: lex, l: l}
	defer p.release()
	p.mentions(kinds)
}

// mentions fills in the mentions of the letter's parts.
func (p *parser) mentions(kinds MentionKinds) {
	m := &LetterMentions{}
	m.Header = p.mentionsIn(p.l.Sections[SectionHeader], kinds)
	m.Summary = p.mentionsIn(p.l.Sections[SectionSummary], kinds)
	p.l.Mentions = m
	for i := range p.l.Items {
		it := &p.l.Items[i]
		// What the rationale judges is read from its services and body
		// parts.
		im := &ItemMentions{Rationale: p.mentionsIn(it.Rationale.Span, kinds|MentionServices|MentionBodyParts)}
		if it.Header != nil {
			im.ItemLine = p.mentionsIn(itemLine(it), kinds)
		}
		if g := it.Guidelines.ClaimsAdministrator; g != nil {
			im.ClaimsAdministrator = p.mentionsIn(g.Span, kinds)
		}
		if g := it.Guidelines.Maximus; g != nil {
			im.Maximus = p.mentionsIn(g.Span, kinds)
		}
		it.Mentions = im
		it.Rationale.Judged = p.judged(it, im.Rationale)
	}
}

// itemLine is the span of an item line: its header, and for a partial
// certification the original request and the authorized part before it.
func itemLine(it *Item) Span {
	s := it.Header.Span
	if it.Partial != nil && it.Partial.Original != nil && it.Partial.Original.Start < s.Start {
		s.Start = it.Partial.Original.Start
	}
	return s
}

// mentionsIn reads the mentions of the given kinds in one part.
func (p *parser) mentionsIn(in Span, kinds MentionKinds) Mentions {
	m := Mentions{Services: []ServiceMention{}, BodyParts: []BodyPart{}, Counts: []Quantity{}, Dates: []DateMention{}, Ages: []Fact[int]{}, Sex: []SexMention{}}
	if in.Len() <= 0 {
		return m
	}
	if kinds&(MentionServices|MentionBodyParts) != 0 {
		found := p.lex.FindEach(p.at(in), serviceKinds, bodyPartKinds)
		if kinds&MentionServices != 0 {
			m.Services = p.serviceMentions(in, found[0])
		}
		if kinds&MentionBodyParts != 0 {
			m.BodyParts = p.bodyParts(in, found[1])
		}
	}
	if kinds&MentionCounts != 0 {
		m.Counts = p.countMentions(in)
	}
	if kinds&MentionDates != 0 {
		m.Dates = p.dateMentions(in)
	}
	if kinds&MentionAges != 0 {
		m.Ages = p.ageMentions(in)
	}
	if kinds&MentionSex != 0 {
		m.Sex = p.sexMentions(in)
	}
	return m
}

// The kinds of the lexicon's concepts the mentions of a part hold, found
// in one pass over the part's words.
var (
	serviceKinds  = []lexicon.Kind{lexicon.KindService, lexicon.KindDrug}
	bodyPartKinds = []lexicon.Kind{lexicon.KindBodyPart}
)

// serviceMentions reads the services and drugs the lexicon found in a
// part, with a drug's strength and form.
func (p *parser) serviceMentions(in Span, found []lexicon.Match) []ServiceMention {
	out := make([]ServiceMention, 0, len(found))
	for _, x := range found {
		s := Span{in.Start + x.Start, in.Start + x.End}
		m := ServiceMention{Fact: fact(p, s, x.Concept.ID), Kind: string(x.Concept.Kind), Category: Str(x.Concept.Category)}
		if x.Concept.Kind == lexicon.KindDrug {
			m.Strength, m.Form = p.strengthForm(s.End, in.End)
		}
		out = append(out, m)
	}
	return out
}

// strengthForm reads a drug's strength ("10/325mg", "5 %", "0.1 mg")
// and form ("tablets", "gel") written just after its name.
func (p *parser) strengthForm(i, limit int) (Str, Str) {
	s := p.text[i:limit]
	j := skipSpace(s, 0)
	k := j
	for k < len(s) && (isDigit(s[k]) || s[k] == '.' || s[k] == '/' || s[k] == ',') {
		k++
	}
	var strength Str
	if k > j {
		u := skipSpace(s, k)
		for _, w := range []string{"mcg", "mg/ml", "mg", "ml", "%", "gm", "g"} {
			if e := litFold(s, u, w); e >= 0 && (e == len(s) || !textpat.IsWord(s[e]) || w == "%") {
				strength, j = Str(strings.ReplaceAll(s[j:e], " ", "")), e
				break
			}
		}
	}
	j = skipSpace(s, j)
	for _, w := range dosageForms {
		if e := litFold(s, j, w); e >= 0 && (e == len(s) || !textpat.IsWord(s[e]) || s[e] == 's') {
			return strength, Str(w)
		}
	}
	return strength, ""
}

// dosageForms are the forms of a drug a letter names after it.
var dosageForms = []string{"tablet", "tab", "capsule", "cap", "patch", "gel", "cream", "ointment", "lotion", "solution", "spray", "injection", "suspension", "film"}

// bodyParts reads the body parts the lexicon found in a part, with their
// side and regions.
func (p *parser) bodyParts(in Span, found []lexicon.Match) []BodyPart {
	out := make([]BodyPart, 0, len(found))
	for _, x := range found {
		s := Span{in.Start + x.Start, in.Start + x.End}
		regions := append([]string{}, p.lex.Region(x.Concept)...)
		out = append(out, BodyPart{Fact: fact(p, s, x.Concept.ID), Side: Str(x.Laterality), Regions: regions})
	}
	return out
}

// countMentions reads the counts of sessions, visits and treatments, the
// "#N" and the "QTY: N" counts of a part.
func (p *parser) countMentions(in Span) []Quantity {
	out := append([]Quantity{}, p.sessionCounts(in)...)
	for _, q := range append(p.hashCounts(in), p.qtyCounts(in)...) {
		out = append(out, Quantity{Fact: fact(p, q.text, q.value), Unit: Str(q.unit)})
	}
	return out
}

// dateMentions reads every date of a part, with its role.
func (p *parser) dateMentions(in Span) []DateMention {
	out := []DateMention{}
	low := p.lower()
	for i := in.Start; i < in.End; i++ {
		if i > in.Start && textpat.IsWord(p.text[i-1]) || !mayOpenDate(low, i) {
			continue
		}
		e := dateAt(low[:in.End], i)
		// "320.5-30-16mg" is a strength, not a date.
		if e < 0 || e < in.End && textpat.IsWord(p.text[e]) || i > 1 && p.text[i-1] == '.' && isDigit(p.text[i-2]) {
			continue
		}
		s := Span{i, e}
		if v, ok := parseDate(p.at(s)); ok {
			out = append(out, DateMention{Fact: fact(p, s, v), Role: p.dateRole(s, in)})
			i = e
		}
	}
	return out
}

// mayOpenDate reports whether a date may open at offset i of the lower
// case text: a digit or the first three letters of a month's name.
func mayOpenDate(low string, i int) bool {
	if isDigit(low[i]) {
		return true
	}
	if i+3 > len(low) {
		return false
	}
	switch low[i : i+3] {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// roleWords give a date its role when one of them comes shortly before it
// in its sentence; the nearest wins.
var roleWords = []struct{ word, role string }{
	{"date of injury", DateInjury}, {"injury", DateInjury}, {"injured", DateInjury}, {"doi", DateInjury},
	{"utilization review", DateURDecision}, {"ur ", DateURDecision}, {"non-certified", DateURDecision},
	{"noncertified", DateURDecision}, {"denied", DateURDecision}, {"modified", DateURDecision},
	{"request for authorization", DateRFA}, {"rfa", DateRFA},
	{"surgery", DateSurgery}, {"surgical", DateSurgery}, {"underwent", DateSurgery}, {"operative", DateSurgery},
	{"exam", DateExam}, {"evaluat", DateExam}, {"visit", DateExam}, {"progress", DateExam}, {"note", DateExam},
	{"report", DateExam}, {"seen", DateExam}, {"presented", DateExam}, {"follow", DateExam},
}

// afterWords make an event after the injury no date of injury: "a note
// three weeks after the injury on 3/2/16".
var afterWords = []string{"after the ", "after his ", "after her ", "since the ", "following the ", "post "}

// dateRole reads the role of a date from the nearest role word before it
// in its sentence, within 80 bytes.
func (p *parser) dateRole(s, in Span) string {
	start := max(in.Start, s.Start-80)
	if k := strings.LastIndexAny(p.text[start:s.Start], ".;\n"); k >= 0 {
		start += k + 1
	}
	before := p.lower()[start:s.Start]
	best, role := -1, DateOther
	for _, w := range roleWords {
		k := strings.LastIndex(before, w.word)
		if k <= best {
			continue
		}
		if w.role == DateInjury && afterInjury(before[:k]) {
			continue
		}
		best, role = k, w.role
	}
	return role
}

// afterInjury reports whether text ends with words that put an event
// after the injury named next.
func afterInjury(before string) bool {
	for _, w := range afterWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// ageMentions reads the ages stated in a part.
func (p *parser) ageMentions(in Span) []Fact[int] {
	out := []Fact[int]{}
	for _, m := range p.near(ageRe, in, 0, 12, 12, "year", "yr", "y/o", "age") {
		g := 1
		if m[2] < 0 {
			g = 2
		}
		s := Span{m[2*g], m[2*g+1]}
		if n, err := strconv.Atoi(p.at(s)); err == nil && n >= 10 && n <= 110 {
			out = append(out, fact(p, s, n))
		}
	}
	return out
}

// sexMentions reads the sex words and the pronouns of a part, in order.
func (p *parser) sexMentions(in Span) []SexMention {
	out := []SexMention{}
	for _, f := range p.sexWords(in) {
		out = append(out, SexMention{Fact: f, By: "word"})
	}
	he, she := p.pronouns(in)
	for _, s := range he {
		out = append(out, SexMention{Fact: fact(p, s, "male"), By: "pronoun"})
	}
	for _, s := range she {
		out = append(out, SexMention{Fact: fact(p, s, "female"), By: "pronoun"})
	}
	sortByStart(out)
	return out
}

// sortByStart orders sex mentions by their start.
func sortByStart(xs []SexMention) {
	for i := 1; i < len(xs); i++ {
		for k := i; k > 0 && xs[k].Start < xs[k-1].Start; k-- {
			xs[k], xs[k-1] = xs[k-1], xs[k]
		}
	}
}

// judged reads what a rationale's conclusion judges: the phrase after
// "the request for" in the concluding sentence, else the sentence's
// subject before its verdict, and the first service, body part and count
// named in it.
func (p *parser) judged(it *Item, r Mentions) *Judged {
	c := it.Rationale.Conclusion
	if c == nil {
		return nil
	}
	sent := p.sentenceOf(c.Span, it.Rationale.Span)
	phrase := Span{sent.Start, c.Start}
	if gs := p.near(reqFor, phrase, 0, 12, 40, "request for", "request of", "requested", "request is for", "original request,"); len(gs) > 0 {
		phrase.Start = gs[len(gs)-1][1]
	}
	if m := reqVerb.Find(p.at(phrase)); m != nil && m[0] > 0 {
		phrase.End = phrase.Start + m[0]
	}
	phrase = trimSpan(p.text, phrase)
	if phrase.Len() == 0 {
		return nil
	}
	j := &Judged{Span: phrase, Page: p.doc.page(phrase.Start), Text: p.at(phrase)}
	for k := range r.Services {
		if r.Services[k].Within(phrase) {
			j.Service = &r.Services[k]
			break
		}
	}
	for k := range r.BodyParts {
		if r.BodyParts[k].Within(phrase) {
			j.BodyPart = &r.BodyParts[k]
			break
		}
	}
	if q, ok := p.count(phrase); ok {
		f := Quantity{Fact: fact(p, q.text, q.value), Unit: Str(q.unit)}
		j.Count = &f
	}
	return j
}
