package corpus

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
)

// Rate counts the items of a group by outcome.
type Rate struct {
	Key        string `json:"key"`
	Items      int    `json:"items"`
	Upheld     int    `json:"upheld"`
	Overturned int    `json:"overturned"`
}

// OverturnRate is the share of the group's items overturned, 0 to 1.
func (r Rate) OverturnRate() float64 {
	if r.Items == 0 {
		return 0
	}
	return float64(r.Overturned) / float64(r.Items)
}

// Count is the number of rows of one kind.
type Count struct {
	Key string `json:"key"`
	N   int    `json:"n"`
}

// Stats are the outcome rates and finding counts of a corpus. An item
// counts once in each group it belongs to: under each guideline source
// and chapter the IMR reviewer (MAXIMUS) cited for it, and under each of
// the reviewer's specialties; under the ICD-10-CM chapter of its letter's
// primary diagnosis (see ByDiagnosis). A group a row lacks is "(none)".
type Stats struct {
	Files       int     `json:"files"`
	Failed      int     `json:"failed"`
	Letters     int     `json:"letters"`
	Total       Rate    `json:"total"`
	ByCategory  []Rate  `json:"by_service_category"`
	BySource    []Rate  `json:"by_guideline_source"`
	ByChapter   []Rate  `json:"by_guideline_chapter"`
	BySpecialty []Rate  `json:"by_reviewer_specialty"`
	ByYear      []Rate  `json:"by_year"`
	ByICD10     []Rate  `json:"by_icd10_chapter"`
	Findings    []Count `json:"findings_by_code"`
}

const rateColumns = `count(*), coalesce(sum(i.outcome = 'upheld'), 0), coalesce(sum(i.outcome = 'overturned'), 0)`

// rateQueries give the groups of Stats, most items first.
var rateQueries = map[string]string{
	"total":    `SELECT 'all', ` + rateColumns + ` FROM items i`,
	"category": `SELECT coalesce(i.service_category, '(none)') AS k, ` + rateColumns + ` FROM items i GROUP BY k`,
	"source": `SELECT coalesce(c.source, '(none)') AS k, ` + rateColumns + ` FROM items i LEFT JOIN
		(SELECT DISTINCT letter_id, item, source FROM citations WHERE cited_by = 'maximus') c USING (letter_id, item) GROUP BY k`,
	"chapter": `SELECT coalesce(c.chapter, '(none)') AS k, ` + rateColumns + ` FROM items i LEFT JOIN
		(SELECT DISTINCT letter_id, item, source || coalesce(' ' || chapter, '') AS chapter FROM citations
		WHERE cited_by = 'maximus') c USING (letter_id, item) GROUP BY k`,
	"specialty": `SELECT coalesce(r.value, '(none)') AS k, ` + rateColumns + ` FROM items i LEFT JOIN reviewers r
		ON r.letter_id = i.letter_id AND r.kind = 'specialty' GROUP BY k`,
	"year": `SELECT coalesce(CAST(l.year AS TEXT), '(none)') AS k, ` + rateColumns + ` FROM items i
		JOIN letters l ON l.id = i.letter_id GROUP BY k`,
	ByICD10Chapter:  primaryDiagnosis("CAST(d.icd10_chapter AS TEXT)"),
	ByICD10Category: primaryDiagnosis("d.icd10_category"),
}

// Groupings of ByDiagnosis.
const (
	ByICD10Chapter  = "icd10-chapter"
	ByICD10Category = "icd10-category"
)

// primaryDiagnosis groups the items by a column of their letter's primary
// diagnosis: the first it lists that has a code other than an external
// cause (chapter 20, never primary).
func primaryDiagnosis(col string) string {
	return `SELECT coalesce(` + col + `, '(none)') AS k, ` + rateColumns + ` FROM items i LEFT JOIN diagnoses d
		ON d.letter_id = i.letter_id AND d.n = (SELECT min(n) FROM diagnoses p
		WHERE p.letter_id = i.letter_id AND p.icd10_code IS NOT NULL AND p.icd10_chapter <> 20) GROUP BY k`
}

// Stats computes the corpus's statistics.
func (d *DB) Stats(ctx context.Context) (*Stats, error) {
	s := &Stats{}
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM files), (SELECT count(*) FROM files
		WHERE status = 'failed'), (SELECT count(*) FROM letters)`).Scan(&s.Files, &s.Failed, &s.Letters)
	if err != nil {
		return nil, fmt.Errorf("%s: stats: %w", d.path, err)
	}
	total, err := d.rates(ctx, "total")
	if err != nil {
		return nil, err
	}
	s.Total = total[0]
	for _, g := range []struct {
		name string
		dst  *[]Rate
	}{{"category", &s.ByCategory}, {"source", &s.BySource}, {"chapter", &s.ByChapter},
		{"specialty", &s.BySpecialty}, {"year", &s.ByYear}, {ByICD10Chapter, &s.ByICD10}} {
		if *g.dst, err = d.rates(ctx, g.name); err != nil {
			return nil, err
		}
	}
	s.Findings, err = d.findingCounts(ctx)
	return s, err
}

// ByDiagnosis gives the outcome rates of the items by the ICD-10-CM
// chapter (ByICD10Chapter, keys "1" to "21") or category
// (ByICD10Category, "M54") of their letter's primary diagnosis, the
// first it lists that has a code other than an external cause (chapter
// 20); an item whose letter has none is "(none)". Each item counts once, so the groups add up to the total.
func (d *DB) ByDiagnosis(ctx context.Context, by string) ([]Rate, error) {
	if by != ByICD10Chapter && by != ByICD10Category {
		return nil, fmt.Errorf("stats by %q: want %s or %s", by, ByICD10Chapter, ByICD10Category)
	}
	return d.rates(ctx, by)
}

// rates runs one of rateQueries.
func (d *DB) rates(ctx context.Context, name string) ([]Rate, error) {
	q := rateQueries[name]
	if name != "total" {
		q += " ORDER BY 2 DESC, 1"
	}
	rows, err := d.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("%s: stats by %s: %w", d.path, name, err)
	}
	defer rows.Close()
	var out []Rate
	for rows.Next() {
		var r Rate
		if err := rows.Scan(&r.Key, &r.Items, &r.Upheld, &r.Overturned); err != nil {
			return nil, fmt.Errorf("%s: stats by %s: %w", d.path, name, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (d *DB) findingCounts(ctx context.Context) ([]Count, error) {
	rows, err := d.db.QueryContext(ctx, "SELECT code, count(*) FROM findings GROUP BY code ORDER BY 2 DESC, 1")
	if err != nil {
		return nil, fmt.Errorf("%s: finding counts: %w", d.path, err)
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Key, &c.N); err != nil {
			return nil, fmt.Errorf("%s: finding counts: %w", d.path, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// WriteText writes the statistics as aligned tables.
func (s *Stats) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "files\t%d\t(%d failed)\n", s.Files, s.Failed)
	fmt.Fprintf(tw, "letters\t%d\t\n", s.Letters)
	writeRates(tw, "all items", []Rate{s.Total})
	writeRates(tw, "service category", s.ByCategory)
	writeRates(tw, "guideline source", s.BySource)
	writeRates(tw, "guideline chapter", s.ByChapter)
	writeRates(tw, "reviewer specialty", s.BySpecialty)
	writeRates(tw, "year", s.ByYear)
	writeRates(tw, "ICD-10-CM chapter of the primary diagnosis", s.ByICD10)
	fmt.Fprintf(tw, "\nfinding\tcount\n")
	for _, c := range s.Findings {
		fmt.Fprintf(tw, "%s\t%d\n", c.Key, c.N)
	}
	return tw.Flush()
}

func writeRates(w io.Writer, title string, rates []Rate) {
	fmt.Fprintf(w, "\n%s\titems\tupheld\toverturned\toverturn rate\n", title)
	for _, r := range rates {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.1f%%\n", r.Key, r.Items, r.Upheld, r.Overturned, 100*r.OverturnRate())
	}
}
