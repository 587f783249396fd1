package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"regexp"
	"testing"
	"time"
)

// TestServeShutdown stops the server while a request runs: the request
// is answered, then the server stops cleanly.
func TestServeShutdown(t *testing.T) {
	started := make(chan struct{})
	srv := &http.Server{Addr: "127.0.0.1:0", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "done")
	})}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	stopped := make(chan error, 1)
	go func() { stopped <- listen(ctx, srv, pw); pw.Close() }()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	url := regexp.MustCompile(`http://[0-9.:]+/`).FindString(line)
	go io.Copy(io.Discard, pr)
	answer := make(chan string, 1)
	go func() {
		resp, err := http.Get(url)
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- string(b)
	}()
	<-started
	cancel() // as SIGTERM does
	if got := <-answer; got != "done" {
		t.Errorf("request in flight at shutdown got %q, want %q", got, "done")
	}
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("listen after shutdown = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("server did not stop")
	}
}

func TestServeUsage(t *testing.T) {
	if code := run([]string{"serve", "extra-argument"}, nil, io.Discard, io.Discard); code != 2 {
		t.Errorf("imr serve extra-argument = %d, want 2", code)
	}
}

func TestLoopback(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"127.0.0.1", true}, {"localhost", true}, {"::1", true}, {"127.8.0.1", true},
		{"", false}, {"0.0.0.0", false}, {"192.168.1.4", false}, {"example.org", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			if got := loopback(tt.host); got != tt.want {
				t.Errorf("loopback(%q) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}
