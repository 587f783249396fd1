package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("extract", "FILE...|DIR|- (jsonl and csv without arguments: paths on standard input, one a line)", stderr)
	var ef extractFlags
	ef.register(fs)
	format := fs.String("format", "json", "output format: json, jsonl or csv")
	noText := fs.Bool("no-text", false, "leave the normalized text out of the JSON")
	shard := fs.String("shard", "", "read only part i/n of the files (by a hash of the path)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt, err := ef.options()
	if err != nil {
		fmt.Fprintln(stderr, "imr extract:", err)
		return 2
	}
	opt.NoText = *noText
	w, ok := writers[*format]
	stdinDoc := fs.NArg() == 1 && fs.Arg(0) == "-"
	switch {
	case !ok || (fs.NArg() == 0 && *format == "json"):
		fs.Usage()
		return 2
	case stdinDoc || (*format == "json" && *shard == ""):
		// One JSON document (an object, or an array of several) needs
		// every letter before it is written.
		letters, failed := readLetters(fs.Args(), stdin, opt, ef.jobs, stderr)
		return exitAfter(w(stdout, letters), failed, "imr extract", stderr)
	}
	// JSON lines and CSV stream, letter by letter.
	return extractMany(fs, stdin, stdout, stderr, *format, *shard, opt, ef.jobs)
}

var writers = map[string]func(io.Writer, []*extract.Letter) error{
	"json":  extract.WriteJSON,
	"jsonl": extract.WriteJSONL,
	"csv":   func(w io.Writer, ls []*extract.Letter) error { return extract.WriteCSV(w, ls, true) },
}

// readLetters reads the letters named by args ("-" is standard input),
// reporting each failure and going on with the rest.
func readLetters(args []string, stdin io.Reader, opt extract.Options, jobs int, stderr io.Writer) ([]*extract.Letter, int) {
	var letters []*extract.Letter
	failed := 0
	if len(args) == 1 && args[0] == "-" {
		data, err := io.ReadAll(stdin)
		if err == nil {
			var l *extract.Letter
			if l, err = extract.Read("-", data, opt); err == nil {
				return []*extract.Letter{l}, 0
			}
		}
		fmt.Fprintln(stderr, "imr:", err)
		return nil, 1
	}
	paths, err := extract.Inputs(args)
	if err != nil {
		fmt.Fprintln(stderr, "imr:", err)
		return nil, 1
	}
	extract.Each(paths, opt, jobs, func(r extract.Result) error {
		if r.Err != nil {
			fmt.Fprintln(stderr, "imr:", r.Err)
			failed++
			return nil
		}
		letters = append(letters, r.Letter)
		return nil
	})
	return letters, failed
}

// Scale-out: with no file arguments, extract --format jsonl or csv reads
// the paths to read on standard input, one a line, as Spark's RDD.pipe, Hadoop Streaming and
// GNU parallel feed them; --shard keeps the files of one part. JSON
// lines and CSV are written as each file is read.

// extractMany reads the files listed on stdin, or named by the
// arguments, that belong to the shard, and writes them in format.
func extractMany(fs *flag.FlagSet, stdin io.Reader, stdout, stderr io.Writer, format, shard string, opt extract.Options, jobs int) int {
	sh, err := corpus.ParseShard(shard)
	if err != nil || (fs.NArg() == 1 && fs.Arg(0) == "-") || (fs.NArg() == 0 && isTerminal(stdin)) {
		return usageError(fs, "imr extract", err, stderr)
	}
	paths, err := inputPaths(fs.Args(), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "imr extract:", err)
		return 2
	}
	paths = sh.Filter(paths)
	if format == "json" {
		letters, failed := readLetters(paths, stdin, opt, jobs, stderr)
		return exitAfter(writers[format](stdout, letters), failed, "imr extract", stderr)
	}
	return streamLetters(paths, format, opt, jobs, stdout, stderr)
}

// inputPaths expands the arguments, or reads the paths on stdin, one a
// line, when there are none.
func inputPaths(args []string, stdin io.Reader) ([]string, error) {
	if len(args) > 0 {
		return extract.Inputs(args)
	}
	var paths []string
	sc := bufio.NewScanner(stdin)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if p := strings.TrimSpace(sc.Text()); p != "" {
			paths = append(paths, p)
		}
	}
	return paths, sc.Err()
}

// streamLetters writes each letter as soon as it is read, in input
// order: one JSON line, or its CSV rows after one header.
func streamLetters(paths []string, format string, opt extract.Options, jobs int, stdout, stderr io.Writer) int {
	bw := bufio.NewWriter(stdout)
	cw := csv.NewWriter(bw)
	if format == "csv" {
		cw.Write(extract.CSVHeader)
	}
	failed := 0
	err := extract.Each(paths, opt, jobs, func(r extract.Result) error {
		if r.Err != nil {
			fmt.Fprintln(stderr, "imr:", r.Err)
			failed++
			return nil
		}
		if format == "csv" {
			cw.WriteAll(extract.CSVRows(r.Letter))
			return cw.Error()
		}
		return extract.WriteJSONL(bw, []*extract.Letter{r.Letter})
	})
	if err == nil {
		err = bw.Flush()
	}
	return exitAfter(err, failed, "imr extract", stderr)
}
