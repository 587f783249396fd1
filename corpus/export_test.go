package corpus

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// TestExport exports a corpus in every format and reads each table back:
// the same rows as the database, and the same letters for Parquet.
func TestExport(t *testing.T) {
	db := openTest(t)
	src := t.TempDir()
	build(t, db, replicate(t, src, 40), Options{Check: fakeCheck})
	os.WriteFile(filepath.Join(src, "broken.pdf"), []byte("%PDF-1.4\nbroken"), 0o644)
	build(t, db, []string{filepath.Join(src, "broken.pdf")}, Options{})
	for _, format := range Formats {
		dir := t.TempDir()
		counts, err := db.Export(t.Context(), dir, format)
		if err != nil {
			t.Fatalf("Export(%s): %v", format, err)
		}
		for _, c := range counts {
			want := count(t, db.SQL(), "SELECT count(*) FROM "+c.Key)
			got := readBack(t, filepath.Join(dir, c.Key+"."+format), format)
			if c.N != want || got != want || want == 0 {
				t.Errorf("Export(%s) %s: wrote %d rows, read back %d, database has %d (want the same, not 0)",
					format, c.Key, c.N, got, want)
			}
		}
	}
}

// readBack counts the rows of an exported file, reading every value.
func readBack(t *testing.T, path, format string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	switch format {
	case "csv":
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return len(recs) - 1
	case "parquet":
		return readParquet(t, f)
	}
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for ; sc.Scan(); n++ {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("%s:%d: %v", path, n+1, err)
		}
	}
	return n
}

func readParquet(t *testing.T, f *os.File) int {
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatalf("%s: %v", f.Name(), err)
	}
	r := parquet.NewReader(pf)
	rows := make([]parquet.Row, 64)
	n := 0
	for {
		k, err := r.ReadRows(rows)
		n += k
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatalf("%s: %v", f.Name(), err)
		}
	}
}

// TestParquetTextBounds checks that text columns carry no min and max
// values (parquet-go keeps them whole until the file closes, so an
// export's memory grew with the corpus) while number columns keep theirs.
func TestParquetTextBounds(t *testing.T) {
	db := openTest(t)
	build(t, db, replicate(t, t.TempDir(), 5), Options{})
	dir := t.TempDir()
	if _, err := db.Export(t.Context(), dir, "parquet"); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "letters.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	schema := pf.Schema()
	for i, c := range pf.Metadata().RowGroups[0].Columns {
		leaf, _ := schema.Lookup(c.MetaData.PathInSchema...)
		text := leaf.Node.Type().Kind() == parquet.ByteArray
		hasBounds := len(c.MetaData.Statistics.MaxValue) > 0
		if c.MetaData.Statistics.NullCount == c.MetaData.NumValues {
			continue // all NULL (part, pages of a file of several): no bounds to keep
		}
		if text == hasBounds {
			t.Errorf("column %d %v: text %v, bounds %v; want bounds on numbers only", i, c.MetaData.PathInSchema, text, hasBounds)
		}
	}
}
