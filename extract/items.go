package extract

import (
	"regexp"
	"strings"
)

var (
	trailingIs = regexp.MustCompile(`\s+is$`)
	caLabel    = regexp.MustCompile(`^Claims Administrator guideline:\s*`)
	maxLabel   = regexp.MustCompile(`^MAXIMUS guideline:\s*`)
	ratLabel   = regexp.MustCompile(`^Decision rationale:\s*`)
	noneCited  = regexp.MustCompile(`(?i)did not cite any (?:medical )?evidence|did not base (?:their|its) decision on any`)
	basedOn    = regexp.MustCompile(`(?i)Decision based on\s+`)
)

// items reads the disputed items of the decisions part.
func (p *parser) items() {
	in, ok := p.section(SectionDecisions)
	if !ok {
		in = Span{0, len(p.text)}
	}
	paras := p.parasIn(in)
	starts := p.itemStarts(paras)
	for k, i := range starts {
		end := len(paras)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		p.l.Items = append(p.l.Items, p.item(paras[i:end]))
	}
	if len(p.l.Items) == 0 {
		p.noticeItems()
	}
}

// parasIn returns the paragraphs inside a span.
func (p *parser) parasIn(in Span) []Span {
	var out []Span
	for _, s := range p.paras {
		if s.Start >= in.Start && s.End <= in.End {
			out = append(out, s)
		}
	}
	return out
}

// itemStarts returns the indexes of the item paragraphs: those ending in
// an outcome and followed by a guideline or rationale paragraph.
func (p *parser) itemStarts(paras []Span) []int {
	var out []int
	for i, s := range paras {
		if !isItem(p.at(s)) || ratLabel.MatchString(p.at(s)) {
			continue
		}
		if i+1 < len(paras) && !p.labelled(paras[i+1]) && !isItem(p.at(paras[i+1])) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// isItem reports whether a paragraph ends in ": Upheld" or ":
// Overturned", before running the full pattern.
func isItem(t string) bool {
	t = strings.TrimRight(t, ". ")
	n := len(t)
	for _, w := range []string{"upheld", "overturned"} {
		if n > len(w) && strings.EqualFold(t[n-len(w):], w) && strings.HasSuffix(strings.TrimRight(t[:n-len(w)], " \n"), ":") {
			return true
		}
	}
	return false
}

func (p *parser) labelled(s Span) bool {
	t := p.at(s)
	return caLabel.MatchString(t) || maxLabel.MatchString(t) || ratLabel.MatchString(t)
}

// item reads one item from its paragraphs: the item line, then the
// guidelines and the rationale.
func (p *parser) item(paras []Span) Item {
	var it Item
	head := paras[0]
	it.Block = Span{head.Start, paras[len(paras)-1].End}
	m, text := p.itemLine(head)
	f := fact(p, m, strings.ToLower(p.at(m)))
	it.Outcome = &f
	p.itemHeader(&it, text)
	p.itemGuidelines(&it, paras[1:])
	p.citations(&it)
	p.noRationale(&it)
	return it
}

// noRationale gives an item without a rationale an empty span at its
// end, on its page.
func (p *parser) noRationale(it *Item) {
	if it.Rationale.Page == 0 {
		it.Rationale.Span = Span{it.Block.End, it.Block.End}
		it.Rationale.Page = p.doc.page(it.Block.End)
	}
}

// itemLine splits an item paragraph into its outcome word and the text
// before the colon that precedes it.
func (p *parser) itemLine(head Span) (outcome, text Span) {
	t := strings.TrimRight(p.at(head), ". ")
	w := strings.LastIndexAny(t, " :\n") + 1
	outcome = Span{head.Start + w, head.Start + len(t)}
	colon := strings.LastIndexByte(t[:w], ':')
	return outcome, trimSpan(p.text, Span{head.Start, head.Start + colon})
}

// itemHeader sets the header, partial certification, service and
// quantity from the text before the outcome.
func (p *parser) itemHeader(it *Item, text Span) {
	if part, rest, ok := p.partial(text); ok {
		it.Partial = part
		text = rest
	}
	if m := trailingIs.FindStringIndex(p.at(text)); m != nil {
		text.End = text.Start + m[0]
	}
	text = trimSpan(p.text, text)
	it.Header = p.str(text)
	it.Quantity, it.Service = p.request(text)
}

// itemGuidelines reads the labelled paragraphs after the item line.
func (p *parser) itemGuidelines(it *Item, paras []Span) {
	for i := 0; i < len(paras); i++ {
		t := p.at(paras[i])
		switch {
		case caLabel.MatchString(t):
			it.Guidelines.ClaimsAdministrator = p.guideline(p.labelBody(caLabel, paras, i))
		case maxLabel.MatchString(t):
			it.Guidelines.Maximus = p.guideline(p.labelBody(maxLabel, paras, i))
		case ratLabel.MatchString(t):
			body := p.labelBody(ratLabel, paras, i)
			body.End = paras[len(paras)-1].End
			p.rationale(it, body)
			return
		}
	}
}

// labelBody returns the text after a paragraph's label, through the
// paragraphs that follow it up to the next labelled one.
func (p *parser) labelBody(label *regexp.Regexp, paras []Span, i int) Span {
	m, _ := p.match(label, paras[i], 0)
	s := Span{m.End, paras[i].End}
	for k := i + 1; k < len(paras) && !p.labelled(paras[k]); k++ {
		if label == ratLabel {
			break
		}
		s.End = paras[k].End
	}
	return s
}

// guideline makes the guideline fact: the text after "Decision based
// on", or "none cited".
func (p *parser) guideline(body Span) *Fact[string] {
	if body.Len() == 0 {
		return nil
	}
	lower := lowerASCII(p.at(body))
	if m, ok := p.noneCited(body, lower); ok {
		s := p.sentenceAround(m, body)
		f := fact(p, s, "none cited")
		return &f
	}
	if i := strings.Index(lower, "decision based on"); i >= 0 {
		m, _ := p.match(basedOn, Span{body.Start + i, body.End}, 0)
		body.Start = m.End
	}
	return p.str(trimPunct(p.text, body))
}

// noneCited finds the sentence that says no evidence was cited.
func (p *parser) noneCited(body Span, lower string) (Span, bool) {
	if !containsAny(lower, "did not cite", "did not base") {
		return Span{}, false
	}
	return p.match(noneCited, body, 0)
}

// sentenceAround widens m to the sentence that holds it, within in.
func (p *parser) sentenceAround(m, in Span) Span {
	start := in.Start
	for i := m.Start - 1; i > in.Start; i-- {
		if p.text[i] == ' ' && p.text[i-1] == '.' {
			start = i + 1
			break
		}
	}
	end := p.sentenceEnd(m.End, in.End)
	return trimPunct(p.text, Span{start, end})
}
