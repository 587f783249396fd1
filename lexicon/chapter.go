package lexicon

// Chapter returns the first guideline chapter a citation names, as in
// "MTUS Shoulder Complaints 2004, Section(s): Special Studies".
func (l *Lexicon) Chapter(text string) (Match, bool) {
	ms := l.Chapters(text)
	if len(ms) == 0 {
		return Match{}, false
	}
	return ms[0], true
}

// Chapters returns the guideline chapters a citation names, left to
// right. The source the text names last before a chapter ("MTUS",
// "ACOEM", "ODG" or "Official Disability Guidelines"; "Non-MTUS" names
// none) decides between chapters of the same words ("Elbow Disorders" is
// both an MTUS and an ACOEM chapter), and a chapter of another source is
// not read while a source is named: in "MTUS Postsurgical Treatment 2009,
// Section(s): Knee", "Knee" is a section, not the ODG chapter.
func (l *Lexicon) Chapters(text string) []Match {
	if l == nil || l.ix == nil {
		return nil
	}
	return l.chapters(text)
}

// chaptersOf is Chapters without the cache.
func (l *Lexicon) chaptersOf(text string) []Match {
	m := newMatcher(l.ix, text)
	defer m.release()
	source := ""
	for i := 0; i < len(m.toks); {
		if s, n := m.source(i); n > 0 {
			source = s
			i += n
			continue
		}
		h, ok := m.chapter(i, source)
		if !ok {
			i++
			continue
		}
		m.found = append(m.found, h)
		i = h.last + 1
	}
	return m.matches(make([]Match, 0, len(m.found)), m.found)
}

// source reads a guideline source named at token i, returning it and the
// number of tokens that name it, or 0.
func (m *matcher) source(i int) (string, int) {
	t := &m.toks[i]
	switch {
	case t.text == "MTUS" && i > 0 && m.toks[i-1].lower == "non":
		return "", 1
	case t.text == "MTUS" || t.text == "ACOEM" || t.text == "ODG":
		return t.text, 1
	case m.words(i, "official", "disability", "guidelines"):
		return "ODG", 3
	case m.words(i, "other", "medical", "treatment", "guidelines"):
		return "", 4
	}
	return "", 0
}

// words reports whether the tokens from i are the given lower-case words,
// as written or as stemmed. A stem starts with its word's first letter,
// so a token of another first letter is not stemmed.
func (m *matcher) words(i int, ws ...string) bool {
	if i+len(ws) > len(m.toks) {
		return false
	}
	for j, w := range ws {
		t := &m.toks[i+j]
		if t.lower != w && (t.lower[0] != w[0] || t.stemmed() != stem(w, true)) {
			return false
		}
	}
	return true
}

// chapter returns the longest chapter starting at token i that fits the
// source: the same source when one is named, any otherwise.
func (m *matcher) chapter(i int, source string) (hit, bool) {
	var b hit
	found := false
	m.walk(i, 0, i, 0, func(h hit) {
		c := m.ix.concepts[h.concept]
		if c.Kind != KindChapter || source != "" && c.Source != source {
			return
		}
		if !found || m.ix.better(h, b) {
			b, found = h, true
		}
	})
	return b, found
}
