package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/extract"
)

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// apiExtract answers with the letter's JSON, as imr extract writes it.
func (s *Server) apiExtract(w http.ResponseWriter, r *http.Request) {
	u, err := s.readUpload(w, r, "file")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	l, err := s.read(r.Context(), u)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := extract.WriteJSON(&b, []*extract.Letter{l}); err != nil {
		s.failErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b.Bytes())
}

// apiCheck answers with the findings' JSON, as imr check --format json
// writes it.
func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	u, err := s.readUpload(w, r, "file")
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var rep check.Report
	err = s.limited(r.Context(), u.name, func() error {
		l, err := s.extractLetter(u)
		if err == nil {
			rep = check.Report{File: l.Source.Path, SHA256: l.Source.SHA256, Case: caseNumber(l), Findings: s.checkConfig().Run(l)}
		}
		return err
	})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := check.WriteJSON(&b, []check.Report{rep}); err != nil {
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

// home is the upload form.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.page(w, http.StatusOK, "home.html", map[string]any{
		"Corpus": s.opt.DB != nil, "MaxUpload": size(s.opt.MaxUpload), "Baseline": s.opt.Baseline,
	})
}

var funcs = map[string]any{"snippet": snippetParts}

// snipPart is a stretch of a snippet, a match or not.
type snipPart struct {
	Text string
	Hit  bool
}

// snippetParts cuts a snippet at the bytes 2 and 3 that open and close
// its matches.
func snippetParts(s string) []snipPart {
	var out []snipPart
	hit := false
	for s != "" {
		i := strings.IndexAny(s, "\x02\x03")
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			out = append(out, snipPart{whiteSpace.ReplaceAllString(s[:i], " "), hit})
		}
		if i == len(s) {
			break
		}
		hit = s[i] == 2
		s = s[i+1:]
	}
	return out
}

var whiteSpace = regexp.MustCompile(`\s+`)
