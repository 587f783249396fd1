package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/imrkit/imrkit/internal/claimfile"
)

// damagedClaimPDF writes a claim file of two letters as one PDF (each
// rendered, then joined with qpdf) whose cross-reference table is
// damaged, so that each letter is read in part.
func damagedClaimPDF(t *testing.T, w workspace) string {
	t.Helper()
	p := claimfile.PDF(t, filepath.Join(w.dir, "claim.pdf"),
		filepath.Join(w.letters, "CM16-0213037.txt"), filepath.Join(w.letters, "CM17-0016311.txt"))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.IndexByte(data, '\n') + 1
	writeFile(t, p, string(data[:i])+"%......\n"+string(data[i:]))
	return p
}

// TestCorpusBuildClaimFile: a claim PDF of two letters read in part is
// stored with both, each warning named FILE#N, and counted once as a
// file read in part; its letters are exported.
func TestCorpusBuildClaimFile(t *testing.T) {
	w := newWorkspace(t)
	t.Setenv(asImrEnv, "1") // the workers of --isolate are this test binary, run as imr
	pdf := damagedClaimPDF(t, w)
	db := filepath.Join(w.dir, "c.db")
	out := filepath.Join(w.dir, "out")
	runCases(t, []cliCase{
		{name: "build", args: []string{"corpus", "build", "--db", db, pdf}, out: []string{"1 files: 1 ok (2 letters), 0 failed"},
			err: []string{pdf + "#1: damaged pdf", pdf + "#2: damaged pdf", "1 file read in part"}},
		{name: "build in workers", args: []string{"corpus", "build", "--isolate", "--worker-timeout", "20s", "--db", db + "2", pdf}, out: []string{"1 files: 1 ok (2 letters), 0 failed"},
			err: []string{pdf + "#1: damaged pdf", pdf + "#2: damaged pdf", "1 file read in part"}},
		{name: "export", args: []string{"corpus", "export", "--db", db, "--to", "csv", "--out", out}, out: []string{"letters.csv\t2 rows"}},
	})
}
