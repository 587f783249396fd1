package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
)

func TestUploads(t *testing.T) {
	_, ts := newTestServer(t, Options{MaxUpload: 64 << 10})
	tests := []struct {
		name       string
		field      string
		file       string
		data       []byte
		wantStatus int
		wantText   string
	}{
		{"seed letter", "letter", "seed.txt", seed(t), http.StatusSeeOther, ""},
		{"too large", "letter", "big.txt", bytes.Repeat([]byte("a letter "), 10<<10), http.StatusRequestEntityTooLarge, "at most 64 KiB"},
		{"empty file", "letter", "empty.txt", nil, http.StatusBadRequest, "no letter was sent"},
		{"white space only", "letter", "blank.txt", []byte("  \n\t\n"), http.StatusBadRequest, "no letter was sent"},
		{"wrong field", "upload", "seed.txt", seed(t), http.StatusBadRequest, `form field &#34;letter&#34;`},
		{"binary", "letter", "noise.bin", []byte("\x00\x01\x02\xff\xfe binary \x00\x00"), http.StatusUnprocessableEntity, "noise.bin"},
		{"text named .pdf", "letter", "letter.pdf", seed(t), http.StatusBadRequest, "letter.pdf: not a PDF"},
		{"damaged PDF", "letter", "broken.pdf", []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF"), http.StatusUnprocessableEntity, "broken.pdf"},
		{"path in the name", "letter", "../../etc/passwd", seed(t), http.StatusSeeOther, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := postFile(t, ts.URL+"/review", tt.field, tt.file, tt.data)
			body := readBody(t, resp)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("POST /review %s = %d, want %d\n%s", tt.file, resp.StatusCode, tt.wantStatus, body)
			}
			if !strings.Contains(body, tt.wantText) {
				t.Errorf("POST /review %s: page lacks %q:\n%s", tt.file, tt.wantText, body)
			}
			if tt.wantStatus >= 400 && !strings.Contains(body, `class="error-box"`) {
				t.Errorf("POST /review %s: not an error page:\n%s", tt.file, body)
			}
		})
	}
}

func TestUploadNeverNamesAPath(t *testing.T) {
	tests := []struct{ name, want string }{
		{"../../etc/passwd", "passwd"},
		{`C:\Users\x\letter.txt`, "letter.txt"},
		{"", "pasted.txt"},
		{"..", "pasted.txt"},
		{"a\x00b.txt", "ab.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := baseName(tt.name); got != tt.want {
				t.Errorf("baseName(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

func TestPastedText(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	resp, err := noRedirect.PostForm(ts.URL+"/review", url.Values{"letter": {string(seed(t))}})
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST /review (pasted) = %d, want 303", resp.StatusCode)
	}
	page, err := http.Get(ts.URL + resp.Header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	body := readBody(t, page)
	for _, want := range []string{"quantity-mismatch", `class="f k-date`, "QTY: 14.00", `<span id="item-1" class="f k-service"`, `href="#item-1"`, "Content-Security-Policy"} {
		if want == "Content-Security-Policy" {
			if page.Header.Get(want) != csp {
				t.Errorf("review page: %s = %q, want %q", want, page.Header.Get(want), csp)
			}
			continue
		}
		if !strings.Contains(body, want) {
			t.Errorf("review page lacks %q", want)
		}
	}
}

// TestAPI compares the API's answers with what the library writes for
// the same letter, as the command line does.
func TestAPI(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	l, err := extract.Read("seed.txt", seed(t), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wantCheck, wantExtract bytes.Buffer
	check.WriteJSON(&wantCheck, []check.Report{{File: "seed.txt", SHA256: l.Source.SHA256, Case: caseNumber(l), Findings: check.Run(l)}})
	extract.WriteJSON(&wantExtract, []*extract.Letter{l})
	tests := []struct {
		name, path string
		want       string
	}{
		{"check", "/api/check", wantCheck.String()},
		{"extract", "/api/extract", wantExtract.String()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := postFile(t, ts.URL+tt.path, "file", "seed.txt", seed(t))
			got := readBody(t, resp)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
				t.Fatalf("POST %s = %d %s", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("POST %s (-library +server):\n%s", tt.path, diff)
			}
		})
	}
	t.Run("error as JSON", func(t *testing.T) {
		resp := postFile(t, ts.URL+"/api/check", "file", "empty.txt", nil)
		var e map[string]string
		if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || resp.StatusCode != http.StatusBadRequest || e["error"] == "" {
			t.Errorf("POST /api/check empty = %d %v %v, want 400 with an error", resp.StatusCode, e, err)
		}
		resp.Body.Close()
	})
}

// TestSlowUpload sends a body a byte at a time: the server gives up at
// its read timeout and keeps serving others.
func TestSlowUpload(t *testing.T) {
	_, ts := newTestServer(t, Options{ReadTimeout: 300 * time.Millisecond})
	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body, ct := form(t, "file", "seed.txt", seed(t))
	fmt.Fprintf(conn, "POST /api/check HTTP/1.1\r\nHost: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", ts.Listener.Addr(), ct, body.Len())
	start := time.Now()
	done := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(conn)
		done <- string(b)
	}()
	data := body.Bytes()
	var answer string
loop:
	for i := 0; i < len(data); i++ {
		select {
		case answer = <-done:
			break loop
		case <-time.After(20 * time.Millisecond):
			if _, err := conn.Write(data[i : i+1]); err != nil {
				answer = <-done
				break loop
			}
		}
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("slow upload held the server for %v", took)
	}
	if strings.HasPrefix(answer, "HTTP/1.1 200") {
		t.Errorf("slow upload answered 200, want a refusal or a closed connection:\n%s", answer)
	}
	resp := postFile(t, ts.URL+"/api/check", "file", "seed.txt", seed(t))
	readBody(t, resp)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("after a slow upload, POST /api/check = %d, want 200", resp.StatusCode)
	}
}

func TestSameOrigin(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	tests := []struct {
		name    string
		headers map[string]string
		want    int
	}{
		{"no browser headers (a script)", nil, http.StatusOK},
		{"same origin", map[string]string{"Origin": ts.URL, "Sec-Fetch-Site": "same-origin"}, http.StatusOK},
		{"same origin, Origin only", map[string]string{"Origin": ts.URL}, http.StatusOK},
		{"cross site", map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"other origin, Origin only", map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
		{"same site, other port", map[string]string{"Origin": "http://127.0.0.1:1", "Sec-Fetch-Site": "same-site"}, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, ct := form(t, "file", "seed.txt", seed(t))
			req, _ := http.NewRequest("POST", ts.URL+"/api/check", body)
			req.Header.Set("Content-Type", ct)
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			resp, err := noRedirect.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			readBody(t, resp)
			if resp.StatusCode != tt.want {
				t.Errorf("POST /api/check with %v = %d, want %d", tt.headers, resp.StatusCode, tt.want)
			}
		})
	}
}

// TestConcurrentUploads sends 50 letters at once; run it with -race.
func TestConcurrentUploads(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	files, _ := filepath.Glob(filepath.Join(letters(t), "*.txt"))
	want := map[string]string{}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		l, err := extract.Read(filepath.Base(f), data, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		check.WriteJSON(&b, []check.Report{{File: l.Source.Path, SHA256: l.Source.SHA256, Case: caseNumber(l), Findings: check.Run(l)}})
		want[f] = b.String()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 50)
	for i := range 50 {
		f := files[i%len(files)]
		data, _ := os.ReadFile(f)
		path := "/api/check"
		if i%5 == 0 {
			path = "/review"
		}
		wg.Go(func() {
			body, ct := form(t, map[bool]string{true: "letter", false: "file"}[path == "/review"], filepath.Base(f), data)
			resp, err := noRedirect.Post(ts.URL+path, ct, body)
			if err != nil {
				errs <- err.Error()
				return
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			switch {
			case path == "/review" && resp.StatusCode != http.StatusSeeOther:
				errs <- fmt.Sprintf("POST /review %s = %d", f, resp.StatusCode)
			case path == "/api/check" && string(got) != want[f]:
				errs <- fmt.Sprintf("POST /api/check %s = %d, findings differ from the library's", filepath.Base(f), resp.StatusCode)
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestErrorPages(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	tests := []struct {
		name, path string
		want       int
		text       string
	}{
		{"unknown page", "/nowhere", http.StatusNotFound, "There is no page"},
		{"not a digest", "/letter/..%2f..%2fetc%2fpasswd", http.StatusNotFound, "64 hexadecimal digits"},
		{"letter not held", "/letter/" + strings.Repeat("ab", 32), http.StatusNotFound, "upload it again"},
		{"no corpus", "/corpus?q=x", http.StatusNotFound, "--db FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Get(ts.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			body := readBody(t, resp)
			if resp.StatusCode != tt.want || !strings.Contains(body, tt.text) {
				t.Errorf("GET %s = %d, want %d with %q:\n%s", tt.path, resp.StatusCode, tt.want, tt.text, body)
			}
		})
	}
}

// TestTriage dismisses a finding and checks that the baseline file hides
// it from check, as imr check --baseline does, and that restoring it
// brings it back.
func TestTriage(t *testing.T) {
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	at := time.Date(2026, 12, 6, 3, 0, 0, 0, time.UTC)
	s, ts := newTestServer(t, Options{Baseline: baseline, User: "qa1", Now: func() time.Time { return at }})
	resp := postFile(t, ts.URL+"/review", "letter", "seed.txt", seed(t))
	readBody(t, resp)
	loc := resp.Header.Get("Location")
	d, ok := s.letters.get(strings.TrimPrefix(loc, "/letter/"))
	if !ok {
		t.Fatalf("review of the seed letter not kept (%s)", loc)
	}
	idx := -1
	for i, f := range d.Report.Findings {
		if f.Code == check.CodeQuantity {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatal("the seed letter has no quantity-mismatch")
	}
	triage := func(action string) {
		t.Helper()
		resp, err := noRedirect.PostForm(ts.URL+loc+"/triage", url.Values{"finding": {fmt.Sprint(idx)}, "action": {action}, "note": {"counted twice"}})
		if err != nil {
			t.Fatal(err)
		}
		readBody(t, resp)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("triage %s = %d, want 303", action, resp.StatusCode)
		}
	}
	triage("dismiss")
	triage("dismiss") // twice: one record
	if got := remaining(t, baseline); containsCode(got, check.CodeQuantity) || len(got) != len(d.Report.Findings)-1 {
		t.Errorf("after dismissal, check --baseline finds %v", got)
	}
	page := readBody(t, must(http.Get(ts.URL+loc)))
	if !strings.Contains(page, "Dismissed by <b>qa1</b>, 2026-12-06 03:00 UTC: “counted twice”") {
		t.Errorf("review page does not show who dismissed:\n%s", page)
	}
	if fi, err := os.Stat(baseline); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("baseline file: %v, %v; want mode 0644", fi.Mode(), err)
	}
	triage("restore")
	if got := remaining(t, baseline); !containsCode(got, check.CodeQuantity) {
		t.Errorf("after restoring, check --baseline finds %v", got)
	}
}

func must(resp *http.Response, err error) *http.Response {
	if err != nil {
		panic(err)
	}
	return resp
}

// remaining checks the seed letter with the baseline file, as imr check
// --baseline does, and returns the codes left.
func remaining(t *testing.T, baseline string) []string {
	t.Helper()
	base, err := check.LoadBaseline(baseline)
	if err != nil {
		t.Fatal(err)
	}
	l, err := extract.ReadFile(filepath.Join(letters(t), "seed.txt"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, r := range base.Filter([]check.Report{{File: l.Source.Path, SHA256: l.Source.SHA256, Case: caseNumber(l), Findings: check.Run(l)}}) {
		for _, f := range r.Findings {
			codes = append(codes, f.Code)
		}
	}
	return codes
}

func containsCode(codes []string, code string) bool {
	for _, c := range codes {
		if c == code {
			return true
		}
	}
	return false
}

func TestCorpusSearch(t *testing.T) {
	_, ts := newTestServer(t, Options{DB: testCorpus(t)})
	tests := []struct {
		name, query string
		wantMin     int
	}{
		{"a word", "q=MRI", 1},
		{"unbalanced quote is forgiven", "q=%22lumbar", 1},
		{"punctuation is forgiven", "q=L4-5+C/S", 0},
		{"filter by outcome", "outcome=upheld", 1},
		{"nothing matches", "q=zzzyx", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Get(ts.URL + "/api/letters?" + tt.query)
			if err != nil {
				t.Fatal(err)
			}
			var got struct {
				Total   int         `json:"total"`
				Letters []corpusRow `json:"letters"`
			}
			if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || resp.StatusCode != http.StatusOK {
				t.Fatalf("GET /api/letters?%s = %d, %v", tt.query, resp.StatusCode, err)
			}
			resp.Body.Close()
			if got.Total < tt.wantMin || got.Total != len(got.Letters) || (tt.wantMin == 0 && tt.name == "nothing matches" && got.Total != 0) {
				t.Errorf("GET /api/letters?%s: %d letters (%d listed), want at least %d", tt.query, got.Total, len(got.Letters), tt.wantMin)
			}
		})
	}
}

// TestParseLimits stalls the reader: a letter that takes too long is
// refused at the time limit, and while its read runs on it holds its
// slot, so a server with one slot is busy for the next.
func TestParseLimits(t *testing.T) {
	s, ts := newTestServer(t, Options{ParseTimeout: 200 * time.Millisecond, Parsers: 1})
	release := make(chan struct{})
	defer close(release)
	s.extract = func(name string, data []byte, opt extract.Options) ([]extract.Part, error) {
		<-release
		return extract.ReadAll(name, data, opt)
	}
	tests := []struct {
		name string
		want int
		text string
	}{
		{"stalled read", http.StatusUnprocessableEntity, "reading stopped after 200ms"},
		{"slot still held", http.StatusServiceUnavailable, "too many letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			resp := postFile(t, ts.URL+"/api/check", "file", "seed.txt", seed(t))
			body := readBody(t, resp)
			if resp.StatusCode != tt.want || !strings.Contains(body, tt.text) {
				t.Errorf("POST /api/check = %d %s, want %d with %q", resp.StatusCode, body, tt.want, tt.text)
			}
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("POST /api/check took %v, want about the 200ms limit (600ms in the queue)", took)
			}
		})
	}
}

// TestParseLimitsStopWork stalls the reader until its context ends, as
// OCR does: at the time limit the server ends the work's context, the
// work stops and frees its slot, so a server with one slot reads the
// next letter.
func TestParseLimitsStopWork(t *testing.T) {
	s, ts := newTestServer(t, Options{ParseTimeout: 200 * time.Millisecond, Parsers: 1})
	var calls atomic.Int32
	stopped := make(chan struct{})
	s.extract = func(name string, data []byte, opt extract.Options) ([]extract.Part, error) {
		if calls.Add(1) == 1 {
			select {
			case <-opt.Context.Done():
				close(stopped)
				return nil, opt.Context.Err()
			case <-time.After(10 * time.Second):
				return nil, errors.New("the work's context did not end")
			}
		}
		return extract.ReadAll(name, data, opt)
	}
	resp := postFile(t, ts.URL+"/api/check", "file", "seed.txt", seed(t))
	if body := readBody(t, resp); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("stalled read: POST /api/check = %d %s, want %d", resp.StatusCode, body, http.StatusUnprocessableEntity)
	}
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the stalled work was not stopped at the time limit")
	}
	resp = postFile(t, ts.URL+"/api/check", "file", "seed.txt", seed(t))
	if body := readBody(t, resp); resp.StatusCode != http.StatusOK {
		t.Errorf("next letter: POST /api/check = %d %s, want %d", resp.StatusCode, body, http.StatusOK)
	}
}

// TestPDFUpload reads the seed letter's PDF through the API.
func TestPDFUpload(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	data, err := os.ReadFile(filepath.Join(letters(t), "seed.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	resp := postFile(t, ts.URL+"/api/check", "file", "seed.pdf", data)
	var records []check.Record
	if err := json.NewDecoder(resp.Body).Decode(&records); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /api/check seed.pdf = %d, %v", resp.StatusCode, err)
	}
	resp.Body.Close()
	var codes []string
	for _, r := range records {
		codes = append(codes, r.Code)
	}
	if !containsCode(codes, check.CodeQuantity) {
		t.Errorf("POST /api/check seed.pdf found %v, want %s", codes, check.CodeQuantity)
	}
}

// TestDownloads fetches the three downloads of a reviewed letter.
func TestDownloads(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	resp := postFile(t, ts.URL+"/review", "letter", "seed.txt", seed(t))
	readBody(t, resp)
	loc := resp.Header.Get("Location")
	tests := []struct{ path, ctype, prefix string }{
		{"/normalized.pdf", "application/pdf", "%PDF-"},
		{"/facts.json", "application/json", `[`}, // the one shape of imr extract --format json
		{"/findings.sarif", "application/sarif+json", `{`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(ts.URL + loc + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != tt.ctype || !strings.HasPrefix(body, tt.prefix) {
				t.Errorf("GET %s = %d %s %.20q", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
			if !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
				t.Errorf("GET %s is not a download: %q", tt.path, resp.Header.Get("Content-Disposition"))
			}
		})
	}
}

// TestNotALetter shows what was found in text that is no IMR letter,
// and says so.
func TestNotALetter(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	resp, err := http.PostForm(ts.URL+"/review", url.Values{"letter": {"Dear Sir, the meeting is moved to 3/4/2016. Regards"}})
	if err != nil {
		t.Fatal(err)
	}
	body := readBody(t, resp)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "does not read as an IMR determination letter") {
		t.Errorf("POST /review of a note = %d, want the review page with a notice:\n%s", resp.StatusCode, body)
	}
}

// TestOCRAllowance checks that a letter whose pages OCR reads is given
// Options.OCRPageTimeout more for each page, past the parse time limit,
// and that a letter without OCR is not.
func TestOCRAllowance(t *testing.T) {
	s, ts := newTestServer(t, Options{ParseTimeout: 200 * time.Millisecond, OCRPageTimeout: time.Second})
	tests := []struct {
		name  string
		pages int // pages OCR says it will read; -1 for no OCR
		want  int
	}{
		{"scan of three pages", 3, http.StatusOK},
		{"pages not known", 0, http.StatusOK},
		{"no OCR", -1, http.StatusUnprocessableEntity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.extract = func(name string, data []byte, opt extract.Options) ([]extract.Part, error) {
				if tt.pages >= 0 {
					opt.OnOCR(tt.pages)
				}
				time.Sleep(time.Second) // longer than ParseTimeout, shorter than the allowance
				return extract.ReadAll(name, data, opt)
			}
			resp := postFile(t, ts.URL+"/api/check", "file", "seed.txt", seed(t))
			if body := readBody(t, resp); resp.StatusCode != tt.want {
				t.Errorf("POST /api/check = %d %s, want %d", resp.StatusCode, body, tt.want)
			}
		})
	}
}

// TestClaimFileLetters opens from the corpus each letter of a file that
// holds two: each is listed with its own key (the file's SHA-256 and
// #N, escaped in the link) and its page shows its own case number.
func TestClaimFileLetters(t *testing.T) {
	dir := t.TempDir()
	both := claimText(t)
	if err := os.WriteFile(filepath.Join(dir, "claim.txt"), both, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := corpus.Open(filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := corpus.Build(context.Background(), db, []string{dir}, corpus.Options{Check: check.Run}); err != nil {
		t.Fatal(err)
	}
	_, ts := newTestServer(t, Options{DB: db})
	resp, err := http.Get(ts.URL + "/api/letters")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Letters []corpusRow `json:"letters"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if len(got.Letters) != 2 {
		t.Fatalf("%d letters listed, want the claim file's 2", len(got.Letters))
	}
	for _, l := range got.Letters {
		if !strings.Contains(l.URL, "%23") {
			t.Errorf("link %q: want the #N of the key escaped", l.URL)
		}
		page := readBody(t, mustGet(t, ts.URL+l.URL))
		if !strings.Contains(page, l.CaseNumber) || l.CaseNumber == "" {
			t.Errorf("page of %s does not show its case number %q", l.URL, l.CaseNumber)
		}
		other := "CM16-0229336"
		if l.CaseNumber == other {
			other = "CM16-0213037"
		}
		if strings.Contains(page, "<h1>"+other) {
			t.Errorf("page of %s shows the other letter, %s", l.URL, other)
		}
	}
}

// claimText is a claim file of two letters: two bundled letters' texts
// end to end.
func claimText(t *testing.T) []byte {
	t.Helper()
	var both []byte
	for _, name := range []string{"CM16-0213037.txt", "CM16-0229336.txt"} {
		data, err := os.ReadFile(filepath.Join(letters(t), name))
		if err != nil {
			t.Fatal(err)
		}
		both = append(both, data...)
	}
	return both
}

func mustGet(t *testing.T, u string) *http.Response {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d", u, resp.StatusCode)
	}
	return resp
}

// TestClaimFileUpload uploads a file that holds two letters: the review
// page opens the first, each letter has its own page with links to the
// other, and the API answers for both, named as imr extract names them.
func TestClaimFileUpload(t *testing.T) {
	_, ts := newTestServer(t, Options{})
	both := claimText(t)
	resp := postFile(t, ts.URL+"/review", "letter", "claim.txt", both)
	readBody(t, resp)
	where := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasSuffix(where, "%231") {
		t.Fatalf("POST /review = %d to %q; want a redirect to the first letter, its key ending in #1 (%%231)", resp.StatusCode, where)
	}
	first := readBody(t, mustGet(t, ts.URL+where))
	if !strings.Contains(first, "<h1>CM16-0213037") || !strings.Contains(first, "2 letters in this file") {
		t.Fatalf("GET %s: want the first letter's page with links to both: %.400s", where, first)
	}
	i := strings.Index(first, `2. CM16-0229336`)
	j := strings.LastIndex(first[:max(i, 0)], `href="`)
	if i < 0 || j < 0 {
		t.Fatalf("no link to the second letter: %.600s", first)
	}
	link := first[j+len(`href="`):]
	link = link[:strings.IndexByte(link, '"')]
	second := readBody(t, mustGet(t, ts.URL+link))
	if !strings.Contains(second, "<h1>CM16-0229336") {
		t.Errorf("GET %s does not show the second letter", link)
	}
	api := postFile(t, ts.URL+"/api/extract", "file", "claim.txt", both)
	body := readBody(t, api)
	if api.StatusCode != http.StatusOK || !strings.Contains(body, `claim.txt#1"`) || !strings.Contains(body, `claim.txt#2"`) ||
		!strings.Contains(body, "CM16-0213037") || !strings.Contains(body, "CM16-0229336") {
		t.Errorf("POST /api/extract with a claim file = %d %.300s, want both letters, named claim.txt#1 and #2", api.StatusCode, body)
	}
	seedClaim := append(seed(t), both...)
	api = postFile(t, ts.URL+"/api/check", "file", "claim.txt", seedClaim)
	body = readBody(t, api)
	if api.StatusCode != http.StatusOK || !strings.Contains(body, `claim.txt#1`) || !strings.Contains(body, "quantity-mismatch") {
		t.Errorf("POST /api/check with the seed first in a claim file = %d %.300s, want its findings, named claim.txt#1", api.StatusCode, body)
	}
}
