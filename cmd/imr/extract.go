package main

import (
	"fmt"
	"io"

	"github.com/imrkit/imrkit/extract"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("extract", "FILE...|DIR|-", stderr)
	var ef extractFlags
	ef.register(fs)
	format := fs.String("format", "json", "output format: json, jsonl or csv")
	noText := fs.Bool("no-text", false, "leave the normalized text out of the JSON")
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
	if !ok || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	letters, failed := readLetters(fs.Args(), stdin, opt, ef.jobs, stderr)
	if err := w(stdout, letters); err != nil {
		fmt.Fprintln(stderr, "imr extract:", err)
		return 2
	}
	if failed > 0 {
		return 2
	}
	return 0
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
