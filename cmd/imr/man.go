package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/imrkit/imrkit/version"
	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func init() { register(newManCmd) }

// newManCmd writes the man pages from the command tree itself (cobra's
// doc package), so they list exactly the flags of the binary that
// writes them and need no build step: packagers run "imr man --out DIR".
func newManCmd(e *env) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "man --out DIR",
		Short: "Write a man page per command (imr.1, imr-check.1, ...) into a folder",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			root := c.Root()
			root.DisableAutoGenTag = true // no date: the same pages for the same binary
			hdr := &doc.GenManHeader{Title: "IMR", Section: "1", Source: "imrkit " + version.String(), Manual: "imrkit manual", Date: sourceDate()}
			if err := doc.GenManTree(root, hdr, out); err != nil {
				return err
			}
			_, err := fmt.Fprintf(e.stdout, "man pages written to %s\n", out)
			return err
		},
	}
	c.Flags().StringVar(&out, "out", "man", "folder to write the pages into")
	c.MarkFlagDirname("out")
	return c
}

// sourceDate is the time SOURCE_DATE_EPOCH gives, for pages that are the
// same bytes on every build (the reproducible-builds convention), or nil
// for today.
func sourceDate() *time.Time {
	sec, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
	if err != nil {
		return nil
	}
	t := time.Unix(sec, 0).UTC()
	return &t
}
