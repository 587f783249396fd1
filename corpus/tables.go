package corpus

import "strings"

// Table is one table of the corpus and its columns as exported, in
// schema order. The tables about a letter start with its sha256, which
// stands in the export for the database's letter_id.
type Table struct {
	Name    string
	Columns []string
}

// Tables lists the tables a corpus exports. The passages table and its
// full-text index are left out: their text is in each letter's JSON.
var Tables = []Table{
	{"files", []string{"path", "sha256", "size", "status", "error", "layout", "read_ms", "check_ms", "stored_at", "duplicate_of", "read"}},
	{"letters", []string{"sha256", "path", "layout", "pages", "case_number", "priority", "date_assigned",
		"date_of_injury", "decision_date", "ur_denial_date", "application_received", "year",
		"reviewer_licensure", "reviewer_specialty", "age", "sex", "items", "upheld", "overturned", "findings",
		"sections", "json", "letter_key", "part", "parts", "first_page", "last_page"}},
	{"reviewers", []string{"sha256", "kind", "n", "value"}},
	{"diagnoses", []string{"sha256", "n", "value", "concept", "category", "span_start", "span_end", "page",
		"icd10_code", "icd10_category", "icd10_chapter", "icd10_match", "icd10_hedged"}},
	{"items", []string{"sha256", "item", "header", "outcome", "service", "service_concept", "service_category",
		"quantity", "quantity_unit", "partial", "partial_original", "partial_authorized", "partial_remaining",
		"ca_guideline", "maximus_guideline", "rationale_conclusion", "rationale_quantity", "rationale_start",
		"rationale_end", "rationale_page", "block_start", "block_end"}},
	{"citations", []string{"sha256", "item", "n", "cited_by", "source", "chapter", "region", "year", "sections",
		"pages", "value"}},
	{"findings", []string{"sha256", "n", "code", "severity", "item", "message", "evidence"}},
}

// letterTables are the tables a letter writes, letters first.
var letterTables = []Table{
	Tables[1], Tables[2], Tables[3], Tables[4], Tables[5], Tables[6],
	{"passages", []string{"sha256", "item", "kind", "body"}},
}

// ofLetter reports whether the table's rows belong to a letter through
// letter_id.
func (t Table) ofLetter() bool { return t.Name != "files" && t.Name != "letters" }

// dbColumns are the table's columns in the database.
func (t Table) dbColumns() []string {
	if t.ofLetter() {
		return append([]string{"letter_id"}, t.Columns[1:]...)
	}
	return t.Columns
}

// insert is the INSERT statement of a table, in dbColumns order.
func (t Table) insert() string {
	cols := t.dbColumns()
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")
	return "INSERT INTO " + t.Name + " (" + strings.Join(cols, ", ") + ") VALUES (" + marks + ")"
}

// query selects the table as exported, in the order rows were stored.
func (t Table) query() string {
	if !t.ofLetter() {
		return "SELECT " + strings.Join(t.Columns, ", ") + " FROM " + t.Name + " ORDER BY rowid"
	}
	cols := []string{"l.sha256"}
	for _, c := range t.Columns[1:] {
		cols = append(cols, "t."+c)
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM " + t.Name + " t JOIN letters l ON l.id = t.letter_id ORDER BY t.rowid"
}
