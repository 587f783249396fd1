package serve_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/serve"
)

// A script checks a letter through the JSON API: the same records as
// imr check --format json.
func Example() {
	s, err := serve.New(serve.Options{})
	if err != nil {
		panic(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	letter, err := os.ReadFile("../testdata/letters/seed.txt")
	if err != nil {
		panic(err)
	}
	fw, _ := mw.CreateFormFile("file", "seed.txt")
	fw.Write(letter)
	mw.Close()
	resp, err := http.Post(ts.URL+"/api/check", mw.FormDataContentType(), &body)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var records []check.Record
	json.NewDecoder(resp.Body).Decode(&records)
	fmt.Println(resp.Status)
	for _, r := range records {
		fmt.Println(r.File, r.Code, r.Severity)
	}
	// Output:
	// 200 OK
	// seed.txt duplicate-text warning
	// seed.txt quantity-mismatch error
}
