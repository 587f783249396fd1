package serve

import (
	"net/http"
	"regexp"
	"strings"
)

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
