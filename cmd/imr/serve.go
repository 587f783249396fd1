package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/imrkit/imrkit/serve"
	"github.com/spf13/cobra"
)

func init() { register(newServeCmd) }

type serveFlags struct {
	letterFlags
	addr, db, baseline string
	maxUpload          int64
	parseTimeout       time.Duration
	ocrPageTimeout     time.Duration
}

func newServeCmd(e *env) *cobra.Command {
	f := &serveFlags{}
	c := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the review page for letters and a corpus",
		Long: `Serve serves a review page: upload a letter to see its facts and
findings, dismiss findings into a baseline file, and browse a corpus.
It listens on the loopback address unless told otherwise, and on SIGINT
or SIGTERM lets the requests in flight finish (up to 10 s), then stops.`,
		Example: `  imr serve --db imr.db --baseline baseline.json`,
		Args:    noArgs,
		RunE:    func(_ *cobra.Command, _ []string) error { return runServe(e, f) },
	}
	f.register(c)
	fs := c.Flags()
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	fs.StringVar(&f.db, "db", "", "corpus database to browse (made by imr corpus build)")
	fs.StringVar(&f.baseline, "baseline", "", "baseline file dismissed findings are written to (the format imr check --baseline reads)")
	fs.Int64Var(&f.maxUpload, "max-upload", 10<<20, "largest letter accepted, in bytes")
	fs.DurationVar(&f.parseTimeout, "parse-timeout", 10*time.Second, "longest time spent reading one letter")
	fs.DurationVar(&f.ocrPageTimeout, "ocr-page-timeout", 30*time.Second, "time a scanned letter is allowed more for each page read by OCR")
	c.MarkFlagFilename("db", "db", "sqlite")
	c.MarkFlagFilename("baseline", "json")
	return c
}

// runServe serves the review page until SIGINT or SIGTERM, then lets the
// requests in flight finish (up to 10 s).
func runServe(e *env, f *serveFlags) error {
	opt, err := f.options()
	if err != nil {
		return err
	}
	so := serve.Options{Baseline: f.baseline, MaxUpload: f.maxUpload, ParseTimeout: f.parseTimeout, OCRPageTimeout: f.ocrPageTimeout, Extract: opt}
	if f.db != "" {
		d, err := openCorpus(f.db)
		if err != nil {
			return err
		}
		defer d.Close()
		so.DB = d
	}
	s, err := serve.New(so)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if host, _, err := net.SplitHostPort(f.addr); err == nil && !loopback(host) {
		fmt.Fprintf(e.stderr, "imr serve: warning: %s is not a loopback address: anyone who reaches it can read the letters and the corpus\n", f.addr)
	}
	return listen(ctx, s.HTTPServer(f.addr), e.stdout)
}

// loopback reports whether a host names this machine only.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// listen serves until ctx ends, then shuts down gracefully.
func listen(ctx context.Context, srv *http.Server, stdout io.Writer) error {
	ln, err := net.Listen("tcp", srv.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "imr serve: review letters at http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shut)
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	fmt.Fprintln(stdout, "imr serve: stopped")
	return err
}
