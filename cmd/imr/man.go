package main

import (
	"fmt"
	"os"

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
			hdr := &doc.GenManHeader{Title: "IMR", Section: "1", Source: "imrkit " + version.String(), Manual: "imrkit manual"}
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
