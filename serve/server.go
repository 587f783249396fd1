package serve

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"os"
	"os/user"
	"runtime"
	"sync"
	"time"

	"github.com/imrkit/imrkit/corpus"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/render"
)

//go:embed assets
var assets embed.FS

// Options configure a Server. The zero value works: no corpus, no
// baseline (triage is shown but cannot be recorded), 10 MiB uploads.
type Options struct {
	DB           *corpus.DB    // the corpus to browse; nil for none
	Baseline     string        // the baseline file dismissals are written to; "" for none
	MaxUpload    int64         // bytes of one upload; 0 means 10 MiB
	ParseTimeout time.Duration // reading one letter; 0 means 10 s
	// OCRPageTimeout is the time a letter is allowed more for each page
	// read by OCR (a scan); 0 means 30 s.
	OCRPageTimeout time.Duration
	Parsers        int           // letters read at once; 0 means two per CPU
	ReadTimeout    time.Duration // reading one request, body included; 0 means 30 s
	User           string        // who triages; "" means the OS user
	Extract        extract.Options
	Now            func() time.Time // nil means time.Now
}

// Server serves the review pages and the API; it is safe for concurrent
// use.
type Server struct {
	opt      Options
	pages    *template.Template
	static   fs.FS
	render   *render.Renderer
	parsers  chan struct{}
	letters  *cache
	triageMu sync.Mutex // the baseline file and the notes log
	chapter  string     // the diagnoses column of ICD-10 chapters, or ""
	handler  http.Handler

	extract func(name string, data []byte, opt extract.Options) ([]extract.Part, error) // extract.ReadAll; tests stall it
}

// New makes a server.
func New(opt Options) (*Server, error) {
	opt = withDefaults(opt)
	pages, err := template.New("").Funcs(funcs).ParseFS(assets, "assets/*.html")
	if err != nil {
		return nil, fmt.Errorf("serve: templates: %w", err)
	}
	r, err := render.New(render.Options{})
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	static, _ := fs.Sub(assets, "assets/static")
	s := &Server{opt: opt, pages: pages, static: static, render: r,
		parsers: make(chan struct{}, opt.Parsers), letters: newCache(64), extract: extract.ReadAll}
	if opt.DB != nil {
		if s.chapter, err = chapterColumn(opt.DB); err != nil {
			return nil, fmt.Errorf("serve: %w", err)
		}
	}
	s.handler = s.routes()
	return s, nil
}

func withDefaults(opt Options) Options {
	if opt.MaxUpload <= 0 {
		opt.MaxUpload = 10 << 20
	}
	if opt.ParseTimeout <= 0 {
		opt.ParseTimeout = 10 * time.Second
	}
	if opt.OCRPageTimeout <= 0 {
		opt.OCRPageTimeout = 30 * time.Second
	}
	if opt.Parsers <= 0 {
		opt.Parsers = 2 * runtime.GOMAXPROCS(0)
	}
	if opt.ReadTimeout <= 0 {
		opt.ReadTimeout = 30 * time.Second
	}
	if opt.User == "" {
		opt.User = osUser()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return opt
}

// osUser is the name of the user running the server.
func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "unknown"
}

// ServeHTTP serves the pages and the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// HTTPServer returns an http.Server for the handler at addr with the
// time limits a public-facing server needs: headers in 5 s, the whole
// request in Options.ReadTimeout, the answer in a minute.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       s.opt.ReadTimeout,
		WriteTimeout:      s.opt.ReadTimeout + s.opt.ParseTimeout + writeSlack,
		IdleTimeout:       time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("POST /review", s.review)
	mux.HandleFunc("GET /letter/{sha}", s.letterPage)
	mux.HandleFunc("GET /letter/{sha}/facts.json", s.factsJSON)
	mux.HandleFunc("GET /letter/{sha}/findings.sarif", s.findingsSARIF)
	mux.HandleFunc("GET /letter/{sha}/normalized.pdf", s.normalizedPDF)
	mux.HandleFunc("POST /letter/{sha}/triage", s.triage)
	mux.HandleFunc("GET /corpus", s.corpusPage)
	mux.HandleFunc("POST /api/extract", s.apiExtract)
	mux.HandleFunc("POST /api/check", s.apiCheck)
	mux.HandleFunc("GET /api/letters", s.apiLetters)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(s.static)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "Not found", "There is no page at this address.")
	})
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "Refused", "This form was sent from another site; open the review page and send it from there.")
	}))
	return secure(cop.Handler(mux))
}

// csp allows scripts, styles, images and fetches from the server alone.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the headers every answer carries.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// errorPage is what the error template receives.
type errorPage struct {
	Status  int
	Title   string
	Message string
}

// fail answers with an error: a page for people, JSON for the API.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, title, msg string) {
	if isAPI(r) {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.page(w, status, "error.html", errorPage{Status: status, Title: title, Message: msg})
}

// page runs a page template; a failure is logged as a plain 500, since
// part of the page may be written.
func (s *Server) page(w http.ResponseWriter, status int, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := s.pages.ExecuteTemplate(w, name, data); err != nil {
		fmt.Fprintf(os.Stderr, "imr serve: %s: %v\n", name, err)
	}
}

// failErr answers with the status an error deserves.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	var he *httpError
	if errors.As(err, &he) {
		s.fail(w, r, he.status, he.title, he.msg)
		return
	}
	s.fail(w, r, http.StatusInternalServerError, "Server error", err.Error())
}

// httpError is a failure with the status and words to show.
type httpError struct {
	status     int
	title, msg string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(msg string) error {
	return &httpError{http.StatusBadRequest, "Cannot read this letter", msg}
}
