package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"

	"github.com/imrkit/imrkit/corpus"
	"github.com/spf13/cobra"
)

func init() { corpusCommands = append(corpusCommands, newCorpusWorkerCmd) }

// newCorpusWorkerCmd is the hidden worker of corpus build --isolate: it
// reads files from standard input and writes their records to standard
// output (corpus.ServeWorker) until standard input ends.
func newCorpusWorkerCmd(e *env, _ *string) *cobra.Command {
	f := &letterFlags{}
	var memory int64
	c := &cobra.Command{
		Use:    "worker [flags]",
		Short:  "Extract and check the files corpus build --isolate sends (not for use by hand)",
		Hidden: true,
		Args:   noArgs,
		RunE: func(*cobra.Command, []string) error {
			opt, err := f.options()
			if err != nil {
				return err
			}
			return corpus.ServeWorker(e.stdin, e.stdout, corpus.Options{Extract: opt, Check: checkLetter}, memory)
		},
	}
	f.register(c)
	c.Flags().Int64Var(&memory, "memory-limit", 0, "soft memory limit of the worker, in bytes (0: corpus.MemoryLimit(1))")
	return c
}

// isolation is the corpus.Isolation of a build with --isolate: workers
// are this same program's hidden "corpus worker" command, given the
// build's reading flags.
func isolation(f *buildFlags) (*corpus.Isolation, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("--isolate: cannot find this program to start workers: %w", err)
	}
	args := []string{"corpus", "worker", "--pdf-engine", f.pdfEngine.value,
		"--max-bytes", f.maxBytes.String(), "--pdf-max-glyphs", strconv.Itoa(f.maxGlyphs), "--ocr", f.ocr.value}
	if f.lexicon != "" {
		args = append(args, "--lexicon", f.lexicon)
	}
	return &corpus.Isolation{
		Command: func() *exec.Cmd { return exec.Command(exe, args...) },
		Timeout: f.workerTimeout,
	}, nil
}
