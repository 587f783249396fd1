package check

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
)

// Tool names the program in a SARIF log.
type Tool struct {
	Name           string // "imr check"
	Version        string
	InformationURI string // an absolute URI, or ""
}

// WriteSARIF writes the findings as a SARIF 2.1.0 log with one run: a
// rule per check, an artifact per file, a result per finding at its
// first evidence, the other evidence as related locations. Severities map
// to the levels error, warning and note. Each result carries a partial
// fingerprint of its case (or file digest), code, item and evidence text,
// so that code-scanning services follow it across line shifts.
func WriteSARIF(w io.Writer, rs []Report, tool Tool) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog(rs, tool))
}

type (
	sarifRoot struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool       `json:"tool"`
		Artifacts  []sarifArtifact `json:"artifacts"`
		Results    []sarifResult   `json:"results"`
		ColumnKind string          `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		ShortDescription     sarifMessage `json:"shortDescription"`
		DefaultConfiguration struct {
			Level string `json:"level"`
		} `json:"defaultConfiguration"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifArtifact struct {
		Location sarifArtifactLocation `json:"location"`
		Hashes   map[string]string     `json:"hashes,omitempty"`
	}
	sarifArtifactLocation struct {
		URI   string `json:"uri"`
		Index *int   `json:"index,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          map[string]any    `json:"properties"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           sarifRegion           `json:"region"`
	}
	sarifRegion struct {
		StartLine   int           `json:"startLine"`
		StartColumn int           `json:"startColumn"`
		EndLine     int           `json:"endLine"`
		EndColumn   int           `json:"endColumn"`
		Snippet     *sarifMessage `json:"snippet,omitempty"`
	}
)

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// sarifLevels are the SARIF levels of the severities.
var sarifLevels = map[Severity]string{Info: "note", Warning: "warning", Error: "error"}

func sarifLog(rs []Report, tool Tool) sarifRoot {
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.InformationURI, Rules: sarifRules()}},
		Artifacts:  []sarifArtifact{},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	for i, r := range rs {
		run.Artifacts = append(run.Artifacts, sarifArtifact{Location: sarifArtifactLocation{URI: fileURI(r.File)}, Hashes: hashes(r.SHA256)})
		for _, f := range r.Findings {
			run.Results = append(run.Results, sarifResultOf(r, i, f))
		}
	}
	return sarifRoot{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}}
}

func hashes(sum string) map[string]string {
	if sum == "" {
		return nil
	}
	return map[string]string{"sha-256": sum}
}

// sarifRules describes every check as a rule, in the order of Checks.
func sarifRules() []sarifRule {
	var out []sarifRule
	for _, c := range checks {
		r := sarifRule{ID: c.Code, ShortDescription: sarifMessage{Text: c.Summary}}
		r.DefaultConfiguration.Level = sarifLevels[c.Severity]
		out = append(out, r)
	}
	return out
}

// ruleIndex returns the index of a code's rule.
func ruleIndex(code string) int {
	for i, c := range checks {
		if c.Code == code {
			return i
		}
	}
	return -1
}

func sarifResultOf(r Report, artifact int, f Finding) sarifResult {
	res := sarifResult{
		RuleID:              f.Code,
		RuleIndex:           ruleIndex(f.Code),
		Level:               sarifLevels[f.Severity],
		Message:             sarifMessage{Text: f.Message},
		Locations:           []sarifLocation{},
		PartialFingerprints: map[string]string{"imrFinding/v1": fingerprint(r, f)},
		Properties:          map[string]any{"item": f.Item},
	}
	if r.Case != "" {
		res.Properties["case"] = r.Case
	}
	for k, e := range f.Evidence {
		loc := sarifLocationOf(r.File, artifact, e)
		if k == 0 {
			res.Locations = append(res.Locations, loc)
			continue
		}
		id := k
		loc.ID = &id
		loc.Message = &sarifMessage{Text: e.Role}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	return res
}

func sarifLocationOf(file string, artifact int, e Evidence) sarifLocation {
	idx := artifact
	return sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifactLocation{URI: fileURI(file), Index: &idx},
		Region: sarifRegion{
			StartLine:   max(1, e.Line),
			StartColumn: max(1, e.Column),
			EndLine:     max(1, e.Line, e.EndLine),
			EndColumn:   max(1, e.EndColumn),
			Snippet:     &sarifMessage{Text: e.Text},
		},
	}}
}

// fileURI writes a path as a URI reference: relative paths stay
// relative, with forward slashes; absolute ones become file URIs.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a drive letter
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// fingerprint identifies a finding apart from where it stands: its
// letter (case number, else file digest), code, item and evidence text.
func fingerprint(r Report, f Finding) string {
	h := sha256.New()
	io.WriteString(h, letterKey(r)+"\x00"+f.Code+"\x00"+strconv.Itoa(f.Item))
	for _, e := range f.Evidence {
		io.WriteString(h, "\x00"+collapse(e.Text))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// letterKey names a letter for fingerprints: its case number, else the
// digest of its file.
func letterKey(r Report) string {
	if r.Case != "" {
		return "case:" + r.Case
	}
	return "sha256:" + r.SHA256
}
