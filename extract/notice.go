package extract

import (
	"strconv"
	"strings"
)

// The 2013 Notice of Independent Medical Review Determination lists its
// decisions as numbered sentences, then explains each under "N)
// Regarding the request for X:".
var (
	determinedRe = patternOf(`(?is)^(?:(\d{1,2})\)\s*)?MAXIMUS Federal Services, Inc\.\s+has determined the request for\s+(.*?)\s+(?:is|are|was|were)\s+((not\s*)?medically\s+necessary(?:\s+and\s+appropriate)?)\.?$`)
	regardingRe  = patternOf(`(?is)^(\d{1,2})\)\s*Regarding the request for\s+(.*?)\s*:?$`)
	noticeCA     = patternOf(`(?i)^Medical Treatment Guideline\(s\) used by the Claims Administrator:?\s*`)
	noticeER     = patternOf(`(?i)^Medical Treatment Guideline\(s\) used by the Expert Reviewer:?\s*`)
	noticeRat    = patternOf(`(?i)^Rationale used by the Expert Reviewer:?\s*`)
	articleRe    = patternOf(`(?i)^(?:a|an|the)\s+`)
)

// noticeItems reads the items of a 2013 notice.
func (p *parser) noticeItems() {
	byNumber := map[int]int{}
	for _, para := range p.paras {
		g := determinedRe.Regexp().FindStringSubmatchIndex(p.at(para))
		if g == nil {
			continue
		}
		n := len(p.l.Items) + 1
		if g[2] >= 0 {
			n, _ = strconv.Atoi(p.text[para.Start+g[2] : para.Start+g[3]])
		}
		if _, dup := byNumber[n]; dup {
			continue
		}
		byNumber[n] = len(p.l.Items)
		p.l.Items = append(p.l.Items, p.determined(para, g))
	}
	p.regarding(byNumber)
	for i := range p.l.Items {
		p.noRationale(&p.l.Items[i])
	}
}

// determined makes an item from a numbered decision sentence.
func (p *parser) determined(para Span, g []int) Item {
	it := Item{Block: para}
	head := Span{para.Start + g[4], para.Start + g[5]}
	if m := articleRe.Regexp().FindStringIndex(p.at(head)); m != nil {
		head.Start += m[1]
	}
	p.itemHeader(&it, head)
	verdict := Span{para.Start + g[6], para.Start + g[7]}
	outcome := Overturned
	if g[8] >= 0 {
		outcome = Upheld
	}
	f := fact(p, verdict, outcome)
	it.Outcome = &f
	return it
}

// regarding reads the guidelines and rationale of each "N) Regarding the
// request for" block into the item of the same number, adding items the
// decision list lacks.
func (p *parser) regarding(byNumber map[int]int) {
	var starts []int
	for i, para := range p.paras {
		if regardingRe.Regexp().MatchString(p.at(para)) {
			starts = append(starts, i)
		}
	}
	for k, i := range starts {
		end := len(p.paras)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		p.regardingBlock(p.paras[i:end], byNumber)
	}
}

func (p *parser) regardingBlock(paras []Span, byNumber map[int]int) {
	g := regardingRe.Regexp().FindStringSubmatchIndex(p.at(paras[0]))
	n, _ := strconv.Atoi(p.text[paras[0].Start+g[2] : paras[0].Start+g[3]])
	idx, ok := byNumber[n]
	if !ok {
		it := Item{}
		head := Span{paras[0].Start + g[4], paras[0].Start + g[5]}
		if m := articleRe.Regexp().FindStringIndex(p.at(head)); m != nil {
			head.Start += m[1]
		}
		p.itemHeader(&it, head)
		p.l.Items = append(p.l.Items, it)
		idx = len(p.l.Items) - 1
		byNumber[n] = idx
	}
	it := &p.l.Items[idx]
	it.Block = Span{paras[0].Start, paras[len(paras)-1].End}
	p.noticeSections(it, paras[1:])
	if it.Outcome == nil && it.Rationale.Conclusion != nil {
		f := *it.Rationale.Conclusion
		f.Value = outcomeOf(f.Value)
		it.Outcome = &f
	}
	p.citations(it)
}

// noticeSections reads the labelled paragraphs of a notice item.
func (p *parser) noticeSections(it *Item, paras []Span) {
	for _, para := range paras {
		t := p.at(para)
		switch {
		case noticeCA.Regexp().MatchString(t):
			it.Guidelines.ClaimsAdministrator = p.guideline(p.labelRest(noticeCA, para))
		case noticeER.Regexp().MatchString(t):
			it.Guidelines.Maximus = p.guideline(p.labelRest(noticeER, para))
		case noticeRat.Regexp().MatchString(t):
			body := p.labelRest(noticeRat, para)
			body.End = paras[len(paras)-1].End
			p.rationale(it, body)
			return
		}
	}
}

func (p *parser) labelRest(label *pattern, para Span) Span {
	m, _ := p.match(label, para, 0)
	return Span{m.End, para.End}
}

// outcomeOf maps a rationale conclusion to the outcome it implies.
func outcomeOf(conclusion string) string {
	if conclusion == Necessary {
		return Overturned
	}
	if strings.HasPrefix(conclusion, "not") || conclusion == NotNecessary {
		return Upheld
	}
	return ""
}
