package serve

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/internal/testenv"
)

// newTestServer starts a server on loopback with the server's own time
// limits.
func newTestServer(t *testing.T, opt Options) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(s)
	hs := s.HTTPServer("")
	ts.Config.ReadHeaderTimeout, ts.Config.ReadTimeout = hs.ReadHeaderTimeout, hs.ReadTimeout
	ts.Config.WriteTimeout, ts.Config.MaxHeaderBytes = hs.WriteTimeout, hs.MaxHeaderBytes
	ts.Start()
	t.Cleanup(ts.Close)
	return s, ts
}

// form makes a multipart body with one file field.
func form(t testing.TB, field, name string, data []byte) (*bytes.Buffer, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile(field, name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	mw.Close()
	return &b, mw.FormDataContentType()
}

// noRedirect is a client that shows redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func postFile(t testing.TB, url, field, name string, data []byte) *http.Response {
	t.Helper()
	body, ct := form(t, field, name, data)
	resp, err := noRedirect.Post(url, ct, body)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func readBody(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func letters(t testing.TB) string { return filepath.Join(testenv.Root(t), "testdata", "letters") }

func seed(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(letters(t), "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// testCorpus builds a corpus of the bundled letters.
func testCorpus(t testing.TB) *corpus.DB {
	t.Helper()
	db, err := corpus.Open(filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := corpus.Build(context.Background(), db, []string{letters(t)}, corpus.Options{Check: check.Run}); err != nil {
		t.Fatal(err)
	}
	return db
}
