package textpat

// The methods of regexp.Regexp that code written for regexps uses, with
// their names and answers, so that a Pattern stands where a Regexp
// stood. n limits the matches as it does for regexp (n < 0: all).

// FindStringSubmatchIndex is Find.
func (pt *Pattern) FindStringSubmatchIndex(s string) []int { return pt.Find(s) }

// FindStringIndex returns the offsets of the leftmost match.
func (pt *Pattern) FindStringIndex(s string) []int {
	if m := pt.Find(s); m != nil {
		return m[:2:2]
	}
	return nil
}

// FindString returns the text of the leftmost match, "" for none.
func (pt *Pattern) FindString(s string) string {
	if m := pt.Find(s); m != nil {
		return s[m[0]:m[1]]
	}
	return ""
}

// FindStringSubmatch returns the texts of the leftmost match and its
// groups ("" for a group that took no part), nil for none.
func (pt *Pattern) FindStringSubmatch(s string) []string {
	m := pt.Find(s)
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// FindAllStringSubmatchIndex is FindAll, limited to n matches.
func (pt *Pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return limit(pt.FindAll(s), n)
}

// FindAllStringIndex returns the offsets of the matches.
func (pt *Pattern) FindAllStringIndex(s string, n int) [][]int {
	ms := limit(pt.FindAll(s), n)
	for i, m := range ms {
		ms[i] = m[:2:2]
	}
	return ms
}

// FindAllString returns the texts of the matches.
func (pt *Pattern) FindAllString(s string, n int) []string {
	var out []string
	for _, m := range limit(pt.FindAll(s), n) {
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

// limit returns the first n matches (all for n < 0), nil for none.
func limit(ms [][]int, n int) [][]int {
	if n >= 0 && len(ms) > n {
		ms = ms[:n]
	}
	if len(ms) == 0 {
		return nil
	}
	return ms
}
