package lexicon

// Unit returns the singular unit noun a word counts ("sessions" gives
// "session", "tabs" gives "tablet", "120grams" gives "gram"). Strengths
// and volumes such as "mg" and "ml" are no unit.
func (l *Lexicon) Unit(word string) (string, bool) {
	ms := l.Find(word, KindUnit)
	if len(ms) == 0 {
		return "", false
	}
	return ms[0].Concept.Name, true
}
