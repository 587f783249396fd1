package corpus

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/parquet-go/parquet-go"
)

// csvWriter writes a header line, then one record a row.
type csvWriter struct {
	w      *csv.Writer
	record []string
	err    error
}

func newCSVWriter(w io.Writer, cols []column) *csvWriter {
	c := &csvWriter{w: csv.NewWriter(w), record: make([]string, len(cols))}
	for i, col := range cols {
		c.record[i] = col.name
	}
	c.err = c.w.Write(c.record)
	return c
}

func (c *csvWriter) write(row []any) error {
	if c.err != nil {
		return c.err
	}
	for i, v := range row {
		c.record[i] = text(v)
	}
	return c.w.Write(c.record)
}

func (c *csvWriter) close() error {
	c.w.Flush()
	return c.w.Error()
}

// text formats a value of the database as CSV does: NULL is empty.
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case []byte:
		return string(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// jsonlWriter writes one JSON object a row, keys in column order.
type jsonlWriter struct {
	w    io.Writer
	cols []column
	buf  []byte
}

func newJSONLWriter(w io.Writer, cols []column) *jsonlWriter {
	return &jsonlWriter{w: w, cols: cols}
}

func (j *jsonlWriter) write(row []any) error {
	b := append(j.buf[:0], '{')
	for i, v := range row {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, j.cols[i].name)
		b = append(b, ':')
		val, err := jsonValue(j.cols[i].name, v)
		if err != nil {
			return err
		}
		b = append(b, val...)
	}
	b = append(b, '}', '\n')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

// jsonValue encodes a value; the json column holds JSON already.
func jsonValue(name string, v any) ([]byte, error) {
	if s, ok := v.(string); ok && name == "json" && json.Valid([]byte(s)) {
		return []byte(s), nil
	}
	return json.Marshal(v)
}

func (j *jsonlWriter) close() error { return nil }

// parquetWriter writes typed columns, one row group per parquetGroup
// bytes of values so memory stays flat however large the table. Text
// columns carry no page bounds (min and max values): parquet-go keeps
// each row group's bounds whole until the file closes, and those of the
// letters' JSON alone grew an export of 20,000 letters by 150 MiB; bounds
// of free text prune nothing anyway.
type parquetWriter struct {
	w      *parquet.GenericWriter[any]
	leaves []parquet.LeafColumn // of cols, in column order
	cols   []column
	row    parquet.Row
	size   int
}

const parquetGroup = 8 << 20

func newParquetWriter(w io.Writer, cols []column) *parquetWriter {
	group := parquet.Group{}
	opts := []parquet.WriterOption{parquet.Compression(pageCodec)}
	for _, c := range cols {
		group[c.name] = parquetNode(c)
		if c.kind != "INTEGER" && c.kind != "REAL" {
			opts = append(opts, parquet.SkipPageBounds(c.name))
		}
	}
	schema := parquet.NewSchema("row", group)
	opts = append(opts, schema)
	p := &parquetWriter{w: parquet.NewGenericWriter[any](w, opts...), cols: cols}
	for _, c := range cols {
		leaf, _ := schema.Lookup(c.name)
		p.leaves = append(p.leaves, leaf)
	}
	p.row = make(parquet.Row, len(cols))
	return p
}

// parquetNode is the Parquet type of a column: UTF-8 strings, 64-bit
// integers and doubles, optional where the column may be NULL.
func parquetNode(c column) parquet.Node {
	var n parquet.Node
	switch c.kind {
	case "INTEGER":
		n = parquet.Int(64)
	case "REAL":
		n = parquet.Leaf(parquet.DoubleType)
	default:
		n = parquet.String()
	}
	if c.notNull {
		return parquet.Required(n)
	}
	return parquet.Optional(n)
}

func (p *parquetWriter) write(row []any) error {
	for i, v := range row {
		leaf := p.leaves[i]
		pv, err := parquetValue(p.cols[i], v)
		if err != nil {
			return err
		}
		def := leaf.MaxDefinitionLevel
		if pv.IsNull() {
			def = 0
		}
		p.row[leaf.ColumnIndex] = pv.Level(0, def, leaf.ColumnIndex)
		p.size += len(text(v))
	}
	if _, err := p.w.WriteRows([]parquet.Row{p.row}); err != nil {
		return err
	}
	if p.size < parquetGroup {
		return nil
	}
	p.size = 0
	return p.w.Flush()
}

// parquetValue converts a database value to the column's type.
func parquetValue(c column, v any) (parquet.Value, error) {
	switch v := v.(type) {
	case nil:
		if c.notNull {
			return parquet.Value{}, fmt.Errorf("column %s: NULL in a NOT NULL column", c.name)
		}
		return parquet.NullValue(), nil
	case []byte:
		return parquet.ValueOf(string(v)), nil
	case int64:
		if c.kind == "REAL" {
			return parquet.ValueOf(float64(v)), nil
		}
		return parquet.ValueOf(v), nil
	}
	return parquet.ValueOf(v), nil
}

func (p *parquetWriter) close() error { return p.w.Close() }
