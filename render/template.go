package render

import (
	"bytes"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	texttemplate "text/template"
	"text/template/parse"
	"time"

	"github.com/imrkit/imrkit/templates"
)

// templateFiles are the templates a set holds; the .html ones run
// through html/template.
var templateFiles = []string{"letter.txt.tmpl", "letter.md.tmpl", "letter.html.tmpl", "report.md.tmpl", "report.html.tmpl"}

// executor is a parsed template of either package.
type executor interface {
	Execute(w io.Writer, data any) error
}

// templateSet holds the parsed templates by file name, and where each
// was read from, for errors.
type templateSet struct {
	byName  map[string]executor
	paths   map[string]string
	timeout time.Duration
	stalled sync.Map // name -> *TemplateError: templates that ran out of time
}

// maxOutput bounds what one template writes for one letter or report: a
// loop that writes is stopped there, as one that does not is stopped by
// the time limit.
const maxOutput = 64 << 20

// TemplateError is an error in a template file: its path, line and
// column (0 when the template package does not tell).
type TemplateError struct {
	Path   string
	Line   int
	Column int
	Msg    string
}

func (e *TemplateError) Error() string {
	if e.Column > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Msg
	}
	return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// maxTemplateBytes bounds a template file: the largest built-in one is
// a few kilobytes.
const maxTemplateBytes = 1 << 20

// loadTemplates reads, parses and checks every template.
func loadTemplates(opt Options) (*templateSet, error) {
	user := opt.Templates
	if user == nil && opt.TemplateDir != "" {
		root, err := openTemplateDir(opt.TemplateDir)
		if err != nil {
			return nil, err
		}
		defer root.Close()
		user = root.FS()
	}
	set := &templateSet{byName: map[string]executor{}, paths: map[string]string{}, timeout: opt.templateTimeout()}
	var errs []error
	for _, name := range templateFiles {
		if err := set.load(user, opt, name); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		errs = set.check(opt)
	}
	return set, errors.Join(errs...)
}

// load reads one template, the user's copy first, and parses it.
func (s *templateSet) load(user fs.FS, opt Options, name string) error {
	src, where, err := readTemplate(user, opt.TemplateDir, name)
	if err != nil {
		return err
	}
	s.paths[name] = where
	funcs := templateFuncs(opt)
	var t executor
	if strings.HasSuffix(name, ".html.tmpl") {
		t, err = htmltemplate.New(name).Option("missingkey=error").Funcs(funcs).Parse(src)
	} else {
		t, err = texttemplate.New(name).Option("missingkey=error").Funcs(funcs).Parse(src)
	}
	if err != nil {
		return templateError(err, where)
	}
	for _, tree := range trees(t) {
		if err := checkRanges(tree); err != nil {
			return templateError(err, where)
		}
	}
	s.byName[name] = t
	return nil
}

// trees returns the parse trees of a template and those it defines.
func trees(t executor) []*parse.Tree {
	var out []*parse.Tree
	switch t := t.(type) {
	case *texttemplate.Template:
		for _, x := range t.Templates() {
			out = append(out, x.Tree)
		}
	case *htmltemplate.Template:
		for _, x := range t.Templates() {
			out = append(out, x.Tree)
		}
	}
	return out
}

// openTemplateDir opens a user's template folder as a root that no path
// leaves: a symbolic link out of the folder, or "..", is refused. A
// folder that is missing, or a file, is an error rather than the
// built-in templates in silence.
func openTemplateDir(dir string) (*os.Root, error) {
	fi, err := os.Stat(dir)
	if err == nil && !fi.IsDir() {
		err = errors.New("not a folder")
	}
	if err != nil {
		return nil, fmt.Errorf("templates folder %s: %w", dir, unwrapPath(err))
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("templates folder %s: %w", dir, unwrapPath(err))
	}
	return root, nil
}

// unwrapPath drops the operation and path a *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readTemplate returns a template's text and the path to name it by:
// the user's copy, else the built-in one.
func readTemplate(user fs.FS, dir, name string) (string, string, error) {
	if user != nil {
		where := filepath.Join(dir, name)
		b, err := readUserTemplate(user, name)
		if err == nil {
			return string(b), where, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", "", fmt.Errorf("%s: %w", where, err)
		}
	}
	b, err := fs.ReadFile(templates.FS, name)
	return string(b), path.Join("templates", name), err
}

// readUserTemplate reads a template of the user's folder: a regular
// file (after following links that stay in the folder) of at most
// maxTemplateBytes, so that a named pipe or a device neither blocks nor
// fills memory.
func readUserTemplate(user fs.FS, name string) ([]byte, error) {
	fi, err := fs.Stat(user, name)
	if err != nil {
		if strings.Contains(err.Error(), "escapes") { // os.Root: "path escapes from parent"
			return nil, errors.New("refused: the path leads out of the templates folder")
		}
		return nil, unwrapPath(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (mode %s)", fi.Mode().Type())
	}
	if fi.Size() > maxTemplateBytes {
		return nil, fmt.Errorf("%d bytes, over the template size limit of %d", fi.Size(), maxTemplateBytes)
	}
	f, err := user.Open(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxTemplateBytes+1))
	if err == nil && len(b) > maxTemplateBytes {
		err = fmt.Errorf("over the template size limit of %d bytes", maxTemplateBytes)
	}
	return b, err
}

// check runs every template once on sample data.
func (s *templateSet) check(opt Options) []error {
	var errs []error
	letter, report := sampleLetter(), sampleReport(opt)
	for _, name := range templateFiles {
		var data any = letter
		if strings.HasPrefix(name, "report.") {
			data = report
		}
		if err := s.execute(io.Discard, name, data); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// execute runs a template, turning its errors into TemplateErrors. It
// runs for at most the set's time limit and writes at most maxOutput
// bytes: a template that loops past either is an error, not a hang. Go
// cannot stop the loop, which runs on in the background, so a template
// that ran out of time is not run again: each later call fails at once.
func (s *templateSet) execute(w io.Writer, name string, data any) error {
	t, ok := s.byName[name]
	if !ok {
		return errors.New("render: no template " + name)
	}
	if err, stalled := s.stalled.Load(name); stalled {
		return err.(*TemplateError)
	}
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("template: %s: internal error: %v", name, r)}
			}
		}()
		var b cappedBuffer
		err := t.Execute(&b, data)
		done <- result{b.Bytes(), err}
	}()
	timer := time.NewTimer(s.timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.err != nil {
			return templateError(r.err, s.paths[name])
		}
		_, err := w.Write(r.out)
		return err
	case <-timer.C:
		err := &TemplateError{Path: s.paths[name], Line: 1,
			Msg: fmt.Sprintf("ran for more than %s and was stopped (a range over a huge number?); not run again", s.timeout)}
		s.stalled.Store(name, err)
		return err
	}
}

// cappedBuffer is a bytes.Buffer that refuses to grow past maxOutput.
type cappedBuffer struct{ bytes.Buffer }

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > maxOutput {
		return 0, fmt.Errorf("output over %d MiB: stopped", maxOutput>>20)
	}
	return b.Buffer.Write(p)
}

// templateErrorRe reads the place out of the template packages' errors:
// "template: NAME:LINE:COL: MSG" or "html/template:NAME:LINE:COL: MSG".
// It is compiled when an error first needs it, not at start-up.
var templateErrorRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:html/)?template: ?[^:]+:(\d+)(?::(\d+))?: (?s:(.*))$`)
})

// executingRe is the template name the execution errors repeat.
var executingRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^executing "[^"]*" `) })

// templateError turns a template package error into a TemplateError
// naming the file at path.
func templateError(err error, path string) error {
	m := templateErrorRe().FindStringSubmatch(err.Error())
	if m == nil {
		return &TemplateError{Path: path, Line: 1, Msg: err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	col, _ := strconv.Atoi(m[2])
	msg := executingRe().ReplaceAllString(strings.TrimSpace(m[3]), "")
	return &TemplateError{Path: path, Line: line, Column: col, Msg: msg}
}
