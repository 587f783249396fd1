package main

import (
	"fmt"

	"github.com/imrkit/imrkit/version"
	"github.com/spf13/cobra"
)

func init() { register(newVersionCmd) }

func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print imrkit's version and VCS revision (as imr --version)",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(e.stdout, "imr", version.String())
			return err
		},
	}
}
