package corpus

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"runtime/debug"
	"strings"
	"time"
)

// Isolation makes a build extract and check each file in a worker
// process, the last line of defence against a file that would end or
// hang the process: a worker that dies or overruns its time is killed,
// its file is stored as failed with the cause, and a new worker takes
// the next file. Each of the build's workers (Options.Jobs) keeps one
// process for all its files.
type Isolation struct {
	// Command returns the command of a worker process: typically the
	// same binary (os.Executable) with a hidden subcommand whose main
	// calls ServeWorker with the build's options.
	Command func() *exec.Cmd
	// Timeout bounds each file; 0 means DefaultWorkerTimeout.
	Timeout time.Duration
}

// DefaultWorkerTimeout is the time a worker may spend on one file.
const DefaultWorkerTimeout = 60 * time.Second

func (iso *Isolation) timeout() time.Duration {
	if iso.Timeout > 0 {
		return iso.Timeout
	}
	return DefaultWorkerTimeout
}

// workerRequest is a file for a worker: its path (for names in errors)
// and its bytes, read and hashed by the build.
type workerRequest struct {
	Path string
	Data []byte
}

// workerReply is the record a worker made of a file: the files row's
// fields, and the rows of each letter read from it (several for a file
// of several letters).
type workerReply struct {
	Status, Err, Layout string
	Read                string // "full" or "partial"
	ReadMS, CheckMS     float64
	Parts               int // letters read from the file
	Letters             []workerLetter
}

// workerLetter is one letter of a workerReply.
type workerLetter struct {
	SHA256, Key string
	Rows        map[string][][]any
}

// ServeWorker reads files from r and writes their records to w until r
// ends: the main of a worker process (see Isolation), given the options
// of the build. It sets the soft memory limit of the process to
// memoryLimit (0 means MemoryLimit(1)) and, where the system allows, a
// hard limit on its address space above it, so that a file that would
// take all the machine's memory ends this worker instead.
func ServeWorker(r io.Reader, w io.Writer, opt Options, memoryLimit int64) error {
	if memoryLimit <= 0 {
		memoryLimit = MemoryLimit(1)
	}
	debug.SetMemoryLimit(memoryLimit)
	if err := limitAddressSpace(memoryLimit); err != nil {
		return err
	}
	dec, enc := gob.NewDecoder(r), gob.NewEncoder(w)
	for {
		var req workerRequest
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("worker: read request: %w", err)
		}
		rec := record{file: fileRow{path: req.Path}}.extracted(req.Data, opt, time.Now())
		if err := enc.Encode(replyOf(rec)); err != nil {
			return fmt.Errorf("worker: write reply: %w", err)
		}
	}
}

func replyOf(r record) workerReply {
	rep := workerReply{Status: r.file.status, Err: r.file.err, Layout: r.file.layout, Read: r.file.read,
		ReadMS: r.file.readMS, CheckMS: r.file.checkMS, Parts: r.parts}
	for _, l := range r.letters {
		rep.Letters = append(rep.Letters, workerLetter{SHA256: l.sha256, Key: l.key, Rows: l.rows})
	}
	return rep
}

// worker is the parent's end of one worker process, started when first
// needed and again after one dies.
type worker struct {
	iso    *Isolation
	cmd    *exec.Cmd
	enc    *gob.Encoder
	dec    *gob.Decoder
	stdin  io.Closer
	stderr *tailBuffer
}

// newWorker returns the worker of an isolated build, or nil.
func newWorker(iso *Isolation) *worker {
	if iso == nil || iso.Command == nil {
		return nil
	}
	return &worker{iso: iso}
}

// record has the worker extract and check data, the file of r: the
// record it made, or r failed with why the worker failed.
func (wk *worker) record(r record, data []byte, start time.Time) record {
	if err := wk.start(); err != nil {
		return r.failed("worker process: "+err.Error(), start)
	}
	done := make(chan error, 1)
	var rep workerReply
	go func() {
		if err := wk.enc.Encode(workerRequest{Path: r.file.path, Data: data}); err != nil {
			done <- err
			return
		}
		done <- wk.dec.Decode(&rep)
	}()
	timer := time.NewTimer(wk.iso.timeout())
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			return r.failed("worker process died: "+wk.stop(), start)
		}
	case <-timer.C:
		wk.cmd.Process.Kill()
		<-done
		wk.stop()
		return r.failed(fmt.Sprintf("worker process killed: no result after %v", wk.iso.timeout()), start)
	}
	r.file.status, r.file.err, r.file.layout, r.file.read = rep.Status, rep.Err, rep.Layout, rep.Read
	r.file.readMS, r.file.checkMS = rep.ReadMS, rep.CheckMS
	r.parts = rep.Parts
	for _, l := range rep.Letters {
		r.letters = append(r.letters, &letterRows{sha256: l.SHA256, key: l.Key, rows: l.Rows})
	}
	return r
}

// start starts the worker process unless it runs.
func (wk *worker) start() error {
	if wk.cmd != nil {
		return nil
	}
	cmd := wk.iso.Command()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	wk.stderr = &tailBuffer{}
	cmd.Stderr = wk.stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	wk.cmd, wk.stdin = cmd, stdin
	wk.enc, wk.dec = gob.NewEncoder(stdin), gob.NewDecoder(stdout)
	return nil
}

// stop ends the worker process and says how it ended.
func (wk *worker) stop() string {
	if wk.cmd == nil {
		return ""
	}
	wk.stdin.Close()
	err := wk.cmd.Wait()
	wk.cmd = nil
	msg := "exit status 0"
	if err != nil {
		msg = err.Error()
	}
	if tail := wk.stderr.last(); tail != "" {
		msg += ": " + tail
	}
	return msg
}

// close ends the worker process at the end of a build.
func (wk *worker) close() {
	if wk != nil {
		wk.stop()
	}
}

// tailBuffer keeps the last lines a worker wrote to standard error, and
// the first that says why it stopped ("fatal error: runtime: out of
// memory"): a dying Go process writes that line, then the stacks of all
// its goroutines, which may be longer than the lines kept.
type tailBuffer struct {
	b     []byte
	cause string
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if t.cause == "" {
		t.cause = causeLine(t.b, false)
	}
	if len(t.b) > 8192 {
		t.b = append(t.b[:0], t.b[len(t.b)-4096:]...)
	}
	return len(p), nil
}

// causeLine returns the first line of b that says why a Go process
// stopped: a runtime's "fatal error" or a panic line; "" if none. A last
// line without its line break counts only when b is all there will be.
func causeLine(b []byte, all bool) string {
	for len(b) > 0 {
		line, rest, whole := bytes.Cut(b, []byte("\n"))
		if !whole && !all {
			return "" // not a whole line yet
		}
		l := strings.TrimSpace(string(bytes.ToValidUTF8(line, nil)))
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") {
			return l
		}
		b = rest
	}
	return ""
}

// last returns the line that says why the worker stopped, else the last
// line it wrote.
func (t *tailBuffer) last() string {
	if t.cause != "" {
		return t.cause
	}
	if c := causeLine(t.b, true); c != "" {
		return c
	}
	lines := strings.Split(strings.TrimSpace(string(bytes.ToValidUTF8(t.b, nil))), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
