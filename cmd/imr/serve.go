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

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/serve"
)

// runServe serves the review page until SIGINT or SIGTERM, then lets the
// requests in flight finish (up to 10 s).
func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "", stderr)
	var ef extractFlags
	fs.StringVar(&ef.lexicon, "lexicon", "", "folder of lexicon files that extend the built-in vocabulary")
	fs.StringVar(&ef.pdfEngine, "pdf-engine", "go", "PDF text engine: go, pdftotext or auto")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	db := fs.String("db", "", "corpus database to browse (made by imr corpus build)")
	baseline := fs.String("baseline", "", "baseline file dismissed findings are written to (the format imr check --baseline reads)")
	maxUpload := fs.Int64("max-upload", 10<<20, "largest letter accepted, in bytes")
	parseTimeout := fs.Duration("parse-timeout", 10*time.Second, "longest time spent reading one letter")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	opt, err := ef.options()
	if err != nil {
		return exitOn(err, "imr serve", stderr)
	}
	so := serve.Options{Baseline: *baseline, MaxUpload: *maxUpload, ParseTimeout: *parseTimeout, Extract: opt}
	if *db != "" {
		d, err := corpus.Open(*db)
		if err != nil {
			return exitOn(err, "imr serve", stderr)
		}
		defer d.Close()
		so.DB = d
	}
	s, err := serve.New(so)
	if err != nil {
		return exitOn(err, "imr serve", stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if host, _, err := net.SplitHostPort(*addr); err == nil && !loopback(host) {
		fmt.Fprintf(stderr, "imr serve: warning: %s is not a loopback address: anyone who reaches it can read the letters and the corpus\n", *addr)
	}
	return exitOn(listen(ctx, s.HTTPServer(*addr), stdout), "imr serve", stderr)
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
