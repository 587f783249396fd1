package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// apiExtract answers with the letters' JSON, as imr extract writes it:
// one, or each of a file that holds several.
func (s *Server) apiExtract(w http.ResponseWriter, r *http.Request) {
	u, err := s.readUpload(w, r, "file")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ls, err := s.read(w, r, u)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := extract.WriteJSON(&b, ls); err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b.Bytes())
}

// apiCheck answers with the findings' JSON, as imr check --format json
// writes it: a report for each letter of the file.
func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	u, err := s.readUpload(w, r, "file")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var reps []check.Report
	err = s.limited(w, r, u.name, func(j job) error {
		ls, err := s.extractLetters(u, j)
		for _, l := range ls {
			reps = append(reps, check.Report{File: l.Source.Path, SHA256: l.Source.SHA256, Case: caseNumber(l), Findings: s.checkConfig().Run(l)})
		}
		return err
	})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := check.WriteJSON(&b, reps); err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b.Bytes())
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}
