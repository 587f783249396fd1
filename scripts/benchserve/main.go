// Command benchserve is the load client of scripts/bench-serve.sh: it
// posts letters to a running imr serve's POST /api/check from a number
// of clients at once, bounded in count and time, and reports requests
// per second, latency percentiles and the server's memory (read from
// /proc for the server's process id). For a baseline it first checks
// the same letters in its own process, one at a time, as the library
// does, before and after the load (the faster run counts).
//
//	go run ./scripts/benchserve -url http://127.0.0.1:PORT -pid PID -dir LETTERS
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

func main() {
	base := flag.String("url", "", "the server, on loopback: http://127.0.0.1:PORT")
	pid := flag.Int("pid", 0, "the server's process id, for its memory")
	dir := flag.String("dir", "", "folder of .txt letters to post")
	n := flag.Int("n", 5000, "requests to send")
	clients := flag.Int("c", 8, "clients at once")
	limit := flag.Duration("max-time", 3*time.Minute, "stop sending after this long")
	flag.Parse()
	if err := run(*base, *pid, *dir, *n, *clients, *limit); err != nil {
		fmt.Fprintln(os.Stderr, "benchserve:", err)
		os.Exit(1)
	}
}

type letter struct {
	name string
	data []byte
}

func run(base string, pid int, dir string, n, clients int, limit time.Duration) error {
	u, err := url.Parse(base)
	if err != nil || !loopback(u.Hostname()) {
		return fmt.Errorf("-url %q: want a loopback address", base)
	}
	letters, err := readLetters(dir)
	if err != nil {
		return err
	}
	inProcess := libraryRate(letters, 1000)
	fmt.Printf("letters: %d texts from %s; %d requests, %d clients\n", len(letters), dir, n, clients)
	fmt.Printf("baseline: the library checks %.0f letters/s in one goroutine (extract, check, JSON)\n", inProcess)
	res := load(base+"/api/check", letters, n, clients, limit, pid)
	after := libraryRate(letters, 1000)
	fmt.Printf("baseline again after the load: %.0f letters/s; the faster of the two is the baseline (the machine may be shared)\n", after)
	return report(res, max(inProcess, after), pid)
}

func loopback(host string) bool {
	return host == "localhost" || host == "::1" || strings.HasPrefix(host, "127.")
}

func readLetters(dir string) ([]letter, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .txt letters", dir)
	}
	var out []letter
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, letter{filepath.Base(p), data})
	}
	return out, nil
}

// libraryRate is the letters per second the library reads, checks and
// writes as JSON in one goroutine: what one request does without HTTP.
func libraryRate(letters []letter, n int) float64 {
	start := time.Now()
	for i := range n {
		l := letters[i%len(letters)]
		lt, err := extract.Read(l.name, l.data, extract.Options{})
		if err != nil {
			continue
		}
		check.WriteJSON(io.Discard, []check.Report{{File: l.name, SHA256: lt.Source.SHA256, Findings: check.Run(lt)}})
	}
	return float64(n) / time.Since(start).Seconds()
}

type result struct {
	latencies       []time.Duration
	errors          int
	firstError      string
	elapsed         time.Duration
	rssAt1000, rssN int64 // KiB
}

// load sends n requests from clients goroutines, reading the server's
// resident memory after the 1000th and the last.
func load(target string, letters []letter, n, clients int, limit time.Duration, pid int) *result {
	bodies := make([][]byte, len(letters))
	ctypes := make([]string, len(letters))
	for i, l := range letters {
		bodies[i], ctypes[i] = form(l)
	}
	res := &result{}
	var mu sync.Mutex
	var next, done atomic.Int64
	deadline := time.Now().Add(limit)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(n) || time.Now().After(deadline) {
					return
				}
				t0 := time.Now()
				k := i % int64(len(bodies))
				err := post(client, target, ctypes[k], bodies[k])
				took := time.Since(t0)
				mu.Lock()
				res.latencies = append(res.latencies, took)
				if err != nil {
					res.errors++
					if res.firstError == "" {
						res.firstError = err.Error()
					}
				}
				mu.Unlock()
				if done.Add(1) == 1000 {
					res.rssAt1000, _ = memory(pid, "VmRSS")
				}
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.rssN, _ = memory(pid, "VmRSS")
	return res
}

func form(l letter) ([]byte, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, _ := mw.CreateFormFile("file", l.name)
	fw.Write(l.data)
	mw.Close()
	return b.Bytes(), mw.FormDataContentType()
}

func post(c *http.Client, target, ctype string, body []byte) error {
	resp, err := c.Post(target, ctype, bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

// memory reads a field of /proc/PID/status, in KiB.
func memory(pid int, field string) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}

func report(res *result, inProcess float64, pid int) error {
	lat := res.latencies
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	rate := float64(len(lat)) / res.elapsed.Seconds()
	peak, _ := memory(pid, "VmHWM")
	fmt.Printf("requests: %d in %.1fs, %d failed\n", len(lat), res.elapsed.Seconds(), res.errors)
	fmt.Printf("throughput: %.0f requests/s (%.2fx the one-goroutine library rate)\n", rate, rate/inProcess)
	fmt.Printf("latency: p50 %v, p99 %v, max %v\n", pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
	growth := float64(res.rssN) / float64(max(res.rssAt1000, 1))
	fmt.Printf("server memory: RSS %.1f MiB after 1000 requests, %.1f MiB after %d (%.2fx); peak %.1f MiB\n",
		float64(res.rssAt1000)/1024, float64(res.rssN)/1024, len(lat), growth, float64(peak)/1024)
	switch {
	case res.errors > 0:
		return fmt.Errorf("%d requests failed, the first: %s", res.errors, res.firstError)
	case growth > 1.25:
		return fmt.Errorf("server memory grew %.2fx from 1000 to %d requests, want at most 1.25x", growth, len(lat))
	}
	return nil
}
