// Command icd10gen writes the compact ICD-10-CM data file that package
// lexicon embeds, from the FY2017 code set in the shared reference folder
// (icd10cm.tsv, categories.tsv, chapters.tsv). It runs at go generate
// time only; the binary never reads the reference folder.
//
// The file is gzip-compressed UTF-8 text in three sections, each line
// tab-separated:
//
//	C <chapter> <first> <last> <name>       one per chapter
//	K <category> <chapter> <description>    one per 3-character category
//	<code> <description>                    one per billable code
//	S <word> <stem>                         a description word whose snowball stem differs
//
// Usage:
//
//	icd10gen -ref DIR -out FILE
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
)

func main() {
	ref := flag.String("ref", "", "the icd10cm reference folder (defaults to $IMRKIT_SHARED/reference/icd10cm)")
	out := flag.String("out", "data/icd10/icd10cm.gz", "the data file to write")
	flag.Parse()
	if *ref == "" {
		*ref = filepath.Join(os.Getenv("IMRKIT_SHARED"), "reference", "icd10cm")
	}
	if err := run(*ref, *out); err != nil {
		fmt.Fprintln(os.Stderr, "icd10gen:", err)
		os.Exit(1)
	}
}

func run(ref, out string) error {
	var text strings.Builder
	words := map[string]bool{}
	if err := eachRow(filepath.Join(ref, "chapters.tsv"), 4, func(f []string) {
		fmt.Fprintf(&text, "C\t%s\t%s\t%s\t%s\n", f[0], f[1], f[2], f[3])
	}); err != nil {
		return err
	}
	if err := eachRow(filepath.Join(ref, "categories.tsv"), 5, func(f []string) {
		fmt.Fprintf(&text, "K\t%s\t%s\t%s\n", f[0], f[3], f[2])
	}); err != nil {
		return err
	}
	n := 0
	if err := eachRow(filepath.Join(ref, "icd10cm.tsv"), 3, func(f []string) {
		if f[1] != "1" {
			return
		}
		n++
		fmt.Fprintf(&text, "%s\t%s\n", f[0], f[2])
		for _, w := range strings.FieldsFunc(strings.ToLower(f[2]), notLetter) {
			words[w] = true
		}
	}); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("%s: no billable codes", filepath.Join(ref, "icd10cm.tsv"))
	}
	writeStems(&text, words)
	return writeGzip(out, text.String())
}

func notLetter(r rune) bool { return r < 'a' || r > 'z' }

// writeStems lists the words whose stem is not the word itself, sorted.
func writeStems(b *strings.Builder, words map[string]bool) {
	var ws []string
	for w := range words {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		if s := english.Stem(w, false); s != w {
			fmt.Fprintf(b, "S\t%s\t%s\n", w, s)
		}
	}
}

// eachRow calls fn with the fields of each row after the header, which
// must have n fields.
func eachRow(path string, n int, fn func([]string)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != n {
			return fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(f), n)
		}
		if line > 1 {
			fn(f)
		}
	}
	return sc.Err()
}

// writeGzip writes text compressed, with no name or time in the header,
// so the same input gives the same bytes.
func writeGzip(path, text string) error {
	var b bytes.Buffer
	z, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := z.Write([]byte(text)); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
