package extract

import (
	"slices"
	"strings"

	"github.com/imrkit/imrkit/internal/textpat"
)

// The labels that open an item's paragraphs.
const (
	caLabel  = "Claims Administrator guideline:"
	maxLabel = "MAXIMUS guideline:"
	ratLabel = "Decision rationale:"
)

// The patterns of guideline texts run folded.
var (
	noneCited = patternOf(`(?i)did not cite any (?:medical )?evidence|did not base (?:their|its) decision on any`).StartsWith("d").Needing("did not ").Within(0)
	basedOn   = patternOf(`(?i)Decision based on\s+`).StartsWith("d").Needing("decision based on").Within(0)
)

// items reads the disputed items of the decisions part.
func (p *parser) items() {
	in, ok := p.section(SectionDecisions)
	if !ok {
		in = Span{0, len(p.text)}
	}
	paras := p.parasIn(in)
	starts := p.itemStarts(paras)
	if len(starts) > 0 {
		p.l.Items = make([]Item, 0, len(starts))
	}
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

// parasIn returns the paragraphs inside a span: a run of p.paras, which
// are in order and do not overlap.
func (p *parser) parasIn(in Span) []Span {
	i, _ := slices.BinarySearchFunc(p.paras, in.Start, func(s Span, start int) int { return s.Start - start })
	j := i
	for j < len(p.paras) && p.paras[j].End <= in.End {
		j++
	}
	return p.paras[i:j:j]
}

// itemStarts returns the indexes of the item paragraphs: those ending in
// an outcome and followed by a guideline or rationale paragraph.
func (p *parser) itemStarts(paras []Span) []int {
	var out []int
	for i, s := range paras {
		if !isItem(p.at(s)) || strings.HasPrefix(p.at(s), ratLabel) {
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
	t = trimStops(t)
	return endsOutcome(t, "upheld") || endsOutcome(t, "overturned")
}

// trimStops is strings.TrimRight(s, ". "): it drops the full stops and
// spaces that end s.
func trimStops(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	return s
}

// endsOutcome reports whether t ends with the outcome word w (lower-case
// ASCII letters), in any case, after a colon and maybe white space. The
// last byte is checked first, for most lines end otherwise.
func endsOutcome(t, w string) bool {
	n := len(t)
	return n > len(w) && t[n-1]|0x20 == w[len(w)-1] && strings.EqualFold(t[n-len(w):], w) && strings.HasSuffix(strings.TrimRight(t[:n-len(w)], " \n"), ":")
}

func (p *parser) labelled(s Span) bool {
	t := p.at(s)
	return strings.HasPrefix(t, caLabel) || strings.HasPrefix(t, maxLabel) || strings.HasPrefix(t, ratLabel)
}

// item reads one item from its paragraphs: the item line, then the
// guidelines and the rationale.
func (p *parser) item(paras []Span) Item {
	var it Item
	head := paras[0]
	it.Block = Span{head.Start, paras[len(paras)-1].End}
	m, text := p.itemLine(head)
	f := fact(p, m, toLower(p.at(m), Upheld, Overturned))
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

// trailingIsRe is a final "is" and the white space before it.
var trailingIsRe = patternOf(`\s+is$`)

// trailingIs returns where a final "is" and the white space before it
// start in s, or -1. Only a text that ends with "is" is searched.
func trailingIs(s string) int {
	if !strings.HasSuffix(s, "is") {
		return -1
	}
	if m := trailingIsRe.Find(s); m != nil {
		return m[0]
	}
	return -1
}

// itemHeader sets the header, partial certification, service and
// quantity from the text before the outcome.
func (p *parser) itemHeader(it *Item, text Span) {
	if part, rest, ok := p.partial(text); ok {
		it.Partial = part
		text = rest
	}
	if i := trailingIs(p.at(text)); i >= 0 {
		text.End = text.Start + i
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
		case strings.HasPrefix(t, caLabel):
			it.Guidelines.ClaimsAdministrator = p.guideline(p.labelBody(caLabel, paras, i))
		case strings.HasPrefix(t, maxLabel):
			it.Guidelines.Maximus = p.guideline(p.labelBody(maxLabel, paras, i))
		case strings.HasPrefix(t, ratLabel):
			body := p.labelBody(ratLabel, paras, i)
			body.End = paras[len(paras)-1].End
			p.rationale(it, body)
			return
		}
	}
}

// labelBody returns the text after a paragraph's label and the white
// space after it, through the paragraphs that follow it up to the next
// labelled one.
func (p *parser) labelBody(label string, paras []Span, i int) Span {
	s := Span{paras[i].Start + skipSpace(p.at(paras[i]), len(label)), paras[i].End}
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
	lower := p.lowerAt(body)
	if m, ok := p.noneCited(body, lower); ok {
		s := p.sentenceAround(m, body)
		f := fact(p, s, "none cited")
		return &f
	}
	if i := strings.Index(lower, "decision based on"); i >= 0 {
		m, _ := p.matchFolded(basedOn, Span{body.Start + i, body.End}, 0)
		body.Start = m.End
	}
	return p.str(trimPunct(p.text, body))
}

// noneCited finds the sentence that says no evidence was cited.
func (p *parser) noneCited(body Span, lower string) (Span, bool) {
	if !textpat.ContainsAny(lower, "did not cite", "did not base") {
		return Span{}, false
	}
	return p.matchFolded(noneCited, body, 0)
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
