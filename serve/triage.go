package serve

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/imrkit/imrkit/check"
)

// note is one triage decision as the notes log keeps it.
type note struct {
	Time     time.Time `json:"time"`
	User     string    `json:"user"`
	Action   string    `json:"action"` // confirm, dismiss or restore
	Note     string    `json:"note"`
	File     string    `json:"file"`
	SHA256   string    `json:"sha256"`
	Case     string    `json:"case,omitempty"`
	Code     string    `json:"code"`
	Item     int       `json:"item"`
	Evidence []string  `json:"evidence"`
}

// triageState is what the page shows of a finding's triage.
type triageState struct {
	State, By, At, Note string
}

// notesPath is the log of who triaged what, beside the baseline.
func (s *Server) notesPath() string { return s.opt.Baseline + ".notes.jsonl" }

// findingKey identifies a finding within its letter as a baseline does:
// code, item and evidence texts with white space collapsed.
func findingKey(f check.Finding) string {
	parts := []string{f.Code, strconv.Itoa(f.Item)}
	for _, e := range f.Evidence {
		parts = append(parts, collapse(e.Text))
	}
	return strings.Join(parts, "\x00")
}

// sameLetter is the baseline's rule: the same case number where both
// state one, else the same file digest or path.
func sameLetter(rec check.Record, r check.Report) bool {
	if rec.Case != "" && r.Case != "" {
		return rec.Case == r.Case
	}
	return rec.SHA256 != "" && rec.SHA256 == r.SHA256 || rec.File != "" && rec.File == r.File
}

// triageStates returns the triage of each finding of a letter, by its
// index: dismissed where the baseline accepts it, with the latest note
// about it.
func (s *Server) triageStates(d *letter) (map[int]triageState, error) {
	out := map[int]triageState{}
	if s.opt.Baseline == "" {
		return out, nil
	}
	s.triageMu.Lock()
	defer s.triageMu.Unlock()
	records, err := readBaseline(s.opt.Baseline)
	if err != nil {
		return nil, err
	}
	base := check.NewBaseline(records)
	notes, err := readNotes(s.notesPath())
	if err != nil {
		return nil, err
	}
	for i, f := range d.Report.Findings {
		st := triageState{State: "open"}
		if base.Accepted(d.Report, f) {
			st.State = "dismissed"
		}
		if n, ok := latestNote(notes, d.Report, f); ok {
			st.By, st.At, st.Note = n.User, n.Time.Format("2006-01-02 15:04"), n.Note
			if n.Action == "confirm" && st.State == "open" {
				st.State = "confirmed"
			}
		}
		out[i] = st
	}
	return out, nil
}

func latestNote(notes []note, r check.Report, f check.Finding) (note, bool) {
	key := findingKey(f)
	for i := len(notes) - 1; i >= 0; i-- {
		n := notes[i]
		rec := check.Record{File: n.File, SHA256: n.SHA256, Case: n.Case}
		nf := check.Finding{Code: n.Code, Item: n.Item}
		for _, t := range n.Evidence {
			nf.Evidence = append(nf.Evidence, check.Evidence{Text: t})
		}
		if sameLetter(rec, r) && findingKey(nf) == key {
			return n, true
		}
	}
	return note{}, false
}

// readBaseline reads the baseline's records; a missing file has none.
func readBaseline(path string) ([]check.Record, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) || err == nil && len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if _, err := check.LoadBaseline(path); err != nil {
		return nil, err // with its line and column
	}
	return check.ReadJSON(bytes.NewReader(data))
}

func readNotes(path string) ([]note, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []note
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var n note
		if err := json.Unmarshal(sc.Bytes(), &n); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		out = append(out, n)
	}
	return out, sc.Err()
}

// triage records a reviewer's decision on one finding.
func (s *Server) triage(w http.ResponseWriter, r *http.Request) {
	d, err := s.find(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if s.opt.Baseline == "" {
		s.fail(w, r, http.StatusConflict, "No baseline file", "start the server with --baseline FILE to record triage")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "Cannot read the form", err.Error())
		return
	}
	i, err := strconv.Atoi(r.PostForm.Get("finding"))
	action := r.PostForm.Get("action")
	if err != nil || i < 0 || i >= len(d.Report.Findings) || (action != "confirm" && action != "dismiss" && action != "restore") {
		s.fail(w, r, http.StatusBadRequest, "Cannot read the form", "want a finding of this letter and an action: confirm, dismiss or restore")
		return
	}
	noteText := strings.TrimSpace(r.PostForm.Get("note"))
	if len(noteText) > 2000 {
		noteText = noteText[:2000]
	}
	if err := s.record(d, d.Report.Findings[i], action, noteText); err != nil {
		s.failErr(w, r, err)
		return
	}
	http.Redirect(w, r, fmt.Sprintf("%s#f%d", letterURL(d.SHA), i), http.StatusSeeOther)
}

// record changes the baseline for the action and logs the note.
func (s *Server) record(d *letter, f check.Finding, action, text string) error {
	s.triageMu.Lock()
	defer s.triageMu.Unlock()
	records, err := readBaseline(s.opt.Baseline)
	if err != nil {
		return err
	}
	records, changed := applyAction(records, d.Report, f, action)
	if changed {
		if err := writeBaseline(s.opt.Baseline, records); err != nil {
			return err
		}
	}
	n := note{Time: s.opt.Now().UTC(), User: s.opt.User, Action: action, Note: text,
		File: d.Report.File, SHA256: d.Report.SHA256, Case: d.Report.Case, Code: f.Code, Item: f.Item}
	for _, e := range f.Evidence {
		n.Evidence = append(n.Evidence, collapse(e.Text))
	}
	return appendNote(s.notesPath(), n)
}

// applyAction adds the finding's record for a dismissal (once) and
// removes it for a confirmation or a restore.
func applyAction(records []check.Record, r check.Report, f check.Finding, action string) ([]check.Record, bool) {
	key := findingKey(f)
	at := -1
	for i, rec := range records {
		if sameLetter(rec, r) && findingKey(rec.Finding) == key {
			at = i
			break
		}
	}
	switch {
	case action == "dismiss" && at < 0:
		return append(records, check.Record{File: r.File, SHA256: r.SHA256, Case: r.Case, Finding: f}), true
	case action != "dismiss" && at >= 0:
		return append(records[:at:at], records[at+1:]...), true
	}
	return records, false
}

// writeBaseline replaces the baseline file whole (a new file renamed
// over it), in the form check.WriteJSON writes.
func writeBaseline(path string, records []check.Record) error {
	reports := make([]check.Report, 0, len(records))
	for _, rec := range records {
		reports = append(reports, check.Report{File: rec.File, SHA256: rec.SHA256, Case: rec.Case, Findings: []check.Finding{rec.Finding}})
	}
	var b bytes.Buffer
	if err := check.WriteJSON(&b, reports); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".baseline-*")
	if err != nil {
		return fmt.Errorf("writing the baseline: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the baseline %s: %w", path, err)
	}
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the baseline %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the baseline %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

func appendNote(path string, n note) error {
	data, err := json.Marshal(n)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("writing the triage notes: %w", err)
	}
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("writing the triage notes %s: %w", path, err)
	}
	return f.Close()
}
