package extract

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
)

// WriteJSON writes the letters as one indented JSON array, whatever
// their number, so that a reader of the output needs one shape.
func WriteJSON(w io.Writer, letters []*Letter) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	if letters == nil {
		letters = []*Letter{}
	}
	return e.Encode(letters)
}

// WriteJSONL writes one letter per line (see json.go).
func WriteJSONL(w io.Writer, letters []*Letter) error {
	kept := jsonlBufs.Get().(*[]byte)
	buf, err := writeJSONL(w, letters, *kept)
	*kept = buf[:0]
	jsonlBufs.Put(kept)
	return err
}

// writeJSONL writes the letters' lines, each made in buf, and returns
// the buffer for the next call.
func writeJSONL(w io.Writer, letters []*Letter, buf []byte) ([]byte, error) {
	for _, l := range letters {
		b, err := appendLetterJSON(buf[:0], l)
		if errors.Is(err, errNotFinite) {
			b, err = json.Marshal(l)
			b = append(b, '\n')
		}
		if err != nil {
			return buf, err
		}
		if _, err := w.Write(b); err != nil {
			return buf, err
		}
		buf = b
	}
	return buf, nil
}

// jsonlBufs keeps the buffers WriteJSONL writes lines into, for the next
// call: imr extract calls it once a letter.
var jsonlBufs = sync.Pool{New: func() any { return new([]byte) }}

// CSVHeader names the columns of WriteCSV: the letter's fields, then the
// item's.
var CSVHeader = []string{
	"path", "sha256", "layout", "pages", "case_number", "priority", "date_assigned", "date_of_injury",
	"decision_date", "ur_denial_date", "application_received", "reviewer_licensure", "reviewer_specialty",
	"age", "sex", "injury_dates", "diagnoses", "item", "header", "outcome", "service", "service_concept",
	"service_category", "quantity", "quantity_unit", "quantity_text", "partial_original", "partial_authorized",
	"partial_remaining", "ca_guideline", "maximus_guideline", "citations", "rationale_start", "rationale_end",
	"rationale_page", "rationale_conclusion", "rationale_quantity", "rationale_quantity_unit",
}

// WriteCSV writes one row per item, the letter's fields repeated on each;
// a letter without items gets one row with the item columns empty. Lists
// are joined with "; ".
func WriteCSV(w io.Writer, letters []*Letter, header bool) error {
	cw := csv.NewWriter(w)
	if header {
		if err := cw.Write(CSVHeader); err != nil {
			return err
		}
	}
	for _, l := range letters {
		for _, row := range CSVRows(l) {
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// CSVRows returns the rows of one letter in the columns of CSVHeader.
func CSVRows(l *Letter) [][]string {
	head := letterColumns(l)
	if len(l.Items) == 0 {
		return [][]string{append(head, make([]string, len(CSVHeader)-len(head))...)}
	}
	var rows [][]string
	for i := range l.Items {
		row := append(append([]string{}, head...), itemColumns(i, &l.Items[i])...)
		rows = append(rows, row)
	}
	return rows
}

func letterColumns(l *Letter) []string {
	d := l.Dates
	var diag []string
	for _, x := range l.Diagnoses {
		diag = append(diag, x.Value)
	}
	age := ""
	if l.Claimant.Age != nil {
		age = strconv.Itoa(l.Claimant.Age.Value)
	}
	return []string{
		l.Source.Path, l.Source.SHA256, l.Source.Layout, strconv.Itoa(l.Source.Pages), val(l.CaseNumber), val(l.Priority),
		val(d.Assigned), val(d.Injury), val(d.Decision), val(d.URDenial), val(d.ApplicationReceived),
		join(l.Reviewer.Licensure), join(l.Reviewer.Specialty), age, val(l.Claimant.Sex),
		join(l.Claimant.InjuryDates), strings.Join(diag, "; "),
	}
}

func itemColumns(i int, it *Item) []string {
	var service, concept, category, qty, unit, qtext string
	if it.Service != nil {
		service, concept, category = it.Service.Value, string(it.Service.Concept), string(it.Service.Category)
	}
	if it.Quantity != nil {
		qty, unit, qtext = number(it.Quantity.Value), string(it.Quantity.Unit), it.Quantity.Text
	}
	var orig, auth, rem string
	if p := it.Partial; p != nil {
		orig, auth, rem = val(p.Original), val(p.Authorized), val(p.Remaining)
	}
	var cites []string
	for _, c := range it.Guidelines.Citations {
		cites = append(cites, c.Value)
	}
	r := it.Rationale
	rq, ru := "", ""
	if len(r.Quantities) > 0 {
		rq, ru = number(r.Quantities[0].Value), string(r.Quantities[0].Unit)
	}
	return []string{
		strconv.Itoa(i + 1), val(it.Header), val(it.Outcome), service, concept, category, qty, unit, qtext,
		orig, auth, rem, val(it.Guidelines.ClaimsAdministrator), val(it.Guidelines.Maximus), strings.Join(cites, "; "),
		strconv.Itoa(r.Start), strconv.Itoa(r.End), strconv.Itoa(r.Page), val(r.Conclusion), rq, ru,
	}
}

func val(f *Fact[string]) string {
	if f == nil {
		return ""
	}
	return f.Value
}

func join(fs []Fact[string]) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Value)
	}
	return strings.Join(out, "; ")
}

func number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
