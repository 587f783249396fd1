package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/internal/testenv"
)

// facts are the values of a letter that rendering must keep: read the
// rendered letter again and they come back the same. Spans, pages and
// the guideline preambles before "Decision based on" are left out: the
// rendering moves the text and writes each guideline as its citation
// statements.
type facts struct {
	CaseNumber, Priority string
	Dates                [5]string
	Licensure, Specialty []string
	Age                  int
	Sex                  string
	InjuryDates          []string
	Diagnoses            []string
	Items                []itemFacts
}

type itemFacts struct {
	Header, Outcome, Service string
	Quantity                 string
	Partial                  [3]string
	Claims, Maximus          string
	Citations                []string
	Conclusion               string
	RationaleQuantities      []string
}

func factsOf(l *extract.Letter) facts {
	d := l.Dates
	f := facts{
		CaseNumber: val(l.CaseNumber), Priority: val(l.Priority),
		Dates:     [5]string{val(d.Assigned), val(d.Injury), val(d.Decision), val(d.URDenial), val(d.ApplicationReceived)},
		Licensure: values(l.Reviewer.Licensure), Specialty: values(l.Reviewer.Specialty),
		Sex: val(l.Claimant.Sex), InjuryDates: values(l.Claimant.InjuryDates),
	}
	if l.Claimant.Age != nil {
		f.Age = l.Claimant.Age.Value
	}
	for _, dg := range l.Diagnoses {
		f.Diagnoses = append(f.Diagnoses, dg.Value)
	}
	for i := range l.Items {
		f.Items = append(f.Items, itemFactsOf(&l.Items[i]))
	}
	return f
}

func itemFactsOf(it *extract.Item) itemFacts {
	x := itemFacts{Header: val(it.Header), Outcome: val(it.Outcome), Conclusion: val(it.Rationale.Conclusion),
		Claims: val(it.Guidelines.ClaimsAdministrator), Maximus: val(it.Guidelines.Maximus)}
	if it.Service != nil {
		x.Service = it.Service.Value
	}
	if it.Quantity != nil {
		x.Quantity = quantityKey(*it.Quantity)
	}
	if p := it.Partial; p != nil {
		x.Partial = [3]string{val(p.Original), val(p.Authorized), val(p.Remaining)}
	}
	for _, c := range it.Guidelines.Citations {
		x.Citations = append(x.Citations, c.By+" "+c.Source+": "+c.Value)
	}
	for _, q := range it.Rationale.Quantities {
		x.RationaleQuantities = append(x.RationaleQuantities, quantityKey(q))
	}
	return x
}

func quantityKey(q extract.Quantity) string {
	return strconv.FormatFloat(q.Value, 'f', -1, 64) + " " + string(q.Unit)
}

func val(f *extract.Fact[string]) string {
	if f == nil {
		return ""
	}
	return f.Value
}

// realLetters returns the seed and the 130 real letters, read once.
func realLetters(t testing.TB) []*extract.Letter {
	t.Helper()
	dir := filepath.Join(testenv.RealLetters(t), "txt")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no letters in %s: %v", dir, err)
	}
	sort.Strings(paths)
	paths = append([]string{filepath.Join("..", "testdata", "letters", "seed.txt")}, paths...)
	return readAll(t, paths)
}

func readAll(t testing.TB, paths []string) []*extract.Letter {
	t.Helper()
	letters := make([]*extract.Letter, len(paths))
	err := extract.Each(paths, extract.Options{}, 0, func(r extract.Result) error {
		if r.Err != nil {
			return r.Err
		}
		letters[r.Index] = r.Letter
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return letters
}

// parallel runs fn on every index with one worker per CPU.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// roundTrip renders every letter in a format, reads each result back
// with read and compares the facts.
func roundTrip(t *testing.T, format string, read func(name string, data []byte) (*extract.Letter, error)) {
	letters := realLetters(t)
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	failures := make([]string, len(letters))
	parallel(len(letters), func(i int) {
		failures[i] = roundTripOne(r, format, letters[i], read)
	})
	failed := 0
	for i, f := range failures {
		if f != "" {
			failed++
			t.Errorf("%s: %s", letters[i].Source.Path, f)
		}
	}
	t.Logf("%s round trip: %d of %d letters keep their facts", format, len(letters)-failed, len(letters))
}

func roundTripOne(r *Renderer, format string, l *extract.Letter, read func(string, []byte) (*extract.Letter, error)) string {
	var buf bytes.Buffer
	if err := r.Letter(&buf, format, Entry{Letter: l}); err != nil {
		return err.Error()
	}
	back, err := read(LetterID(l)+"."+format, buf.Bytes())
	if err != nil {
		return err.Error()
	}
	if diff := cmp.Diff(factsOf(l), factsOf(back)); diff != "" {
		if os.Getenv("IMRKIT_KEEP") != "" {
			os.WriteFile(filepath.Join(os.TempDir(), LetterID(l)+"."+format), buf.Bytes(), 0o644)
		}
		return fmt.Sprintf("facts differ after rendering to %s (-original +read back):\n%s", format, diff)
	}
	return ""
}

// readExtract reads a rendered letter as imr extract does (for PDF, with
// the Go engine).
func readExtract(name string, data []byte) (*extract.Letter, error) {
	return extract.Read(name, data, extract.Options{})
}

// readPoppler reads a rendered PDF with poppler's pdftotext.
func readPoppler(name string, data []byte) (*extract.Letter, error) {
	return extract.Read(name, data, extract.Options{PDFEngine: "pdftotext"})
}

func TestRoundTripText(t *testing.T) { roundTrip(t, Text, readExtract) }

func TestRoundTripPDF(t *testing.T) { roundTrip(t, PDF, readExtract) }

func TestRoundTripPDFPoppler(t *testing.T) {
	pdfTool(t, "pdftotext")
	roundTrip(t, PDF, readPoppler)
}
