package inject

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/lexicon"
	"github.com/imrkit/imrkit/pdftext"
)

// Basis names the text a copy is made from.
const (
	BasisSource     = "source"     // the text file as read
	BasisNormalized = "normalized" // the normalized text (PDF or non-UTF-8 input)
)

// Original is a letter ready to copy: the text copies are made from and
// the facts read off it.
type Original struct {
	Path   string // as given
	SHA256 string // of the input's bytes
	Basis  string // BasisSource or BasisNormalized
	Text   string // the basis text
	Letter *extract.Letter

	opt extract.Options
}

// ReadFile reads the letter at path (PDF or text) to copy.
func ReadFile(path string, opt extract.Options) (*Original, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &extract.InputError{Path: path, Err: err}
	}
	return Read(path, data, opt)
}

// Read reads a letter's bytes (PDF or text) to copy. A UTF-8 text file
// is copied as it is written; a PDF, or text in another encoding, is
// copied as its normalized text, read again so that every offset of the
// letter's facts maps into it. The letter's mentions and what each
// rationale judges are read (Letter.FindMentions): the operators find
// the sides of their pairs among them.
func Read(path string, data []byte, opt extract.Options) (*Original, error) {
	l, err := extract.Read(path, data, opt)
	if err != nil {
		return nil, err
	}
	o := &Original{Path: path, SHA256: l.Source.SHA256, Basis: BasisSource, Text: string(data), Letter: l, opt: opt}
	if pdftext.IsPDF(data) || !utf8.Valid(data) {
		o.Basis, o.Text = BasisNormalized, l.NormalizedText()
		if o.Letter, err = extract.Read(path, []byte(o.Text), opt); err != nil {
			return nil, err
		}
	}
	o.Letter.FindMentions(opt.Lexicon)
	return o, nil
}

// Options choose the faults made. The zero value makes every kind with
// seed 0 and the embedded lexicon.
type Options struct {
	Operators []Operator // nil means every operator
	Seed      uint64     // choices (replacement, shift) are drawn from it
}

// Copy is one copy of a letter with one fault: the manifest record and
// the copy's text.
type Copy struct {
	Fault
	Text   string          `json:"-"`
	Letter *extract.Letter `json:"-"` // the copy read again
}

// Copies makes one copy per operator and item where the fault can be
// found in principle. A change the letter does not read back as made
// (normalization would move other text, or the changed fact reads
// otherwise) gives no copy.
func (o *Original) Copies(opt Options) []Copy {
	ops := opt.Operators
	if ops == nil {
		ops = operators
	}
	var out []Copy
	for _, op := range ops {
		for _, item := range o.targets(op) {
			if c, ok := o.copyOne(op, item, opt.Seed); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// targets are the items an operator runs on: each item, or -1.
func (o *Original) targets(op Operator) []int {
	if !op.PerItem {
		return []int{-1}
	}
	out := make([]int, len(o.Letter.Items))
	for i := range out {
		out[i] = i
	}
	return out
}

// attempts is how many times a fault is planned again, with the next
// choices drawn, when the letter does not read the copy back as made (a
// shorter line can end a paragraph in text laid out by a PDF tool).
const attempts = 4

// copyOne plans one fault, applies it and reads the copy back.
func (o *Original) copyOne(op Operator, item int, seed uint64) (Copy, bool) {
	d := newLetter(o.Letter, o.opt.Lexicon, o.rng(op, item, seed))
	for range attempts {
		p, ok := op.plan(d, item)
		if !ok || len(p.edits) == 0 {
			return Copy{}, false
		}
		if c, ok := o.make(d, p); ok {
			c.Fault.Code, c.Operator, c.Item, c.Seed = op.Code, op.Name, item, seed
			c.File = o.fileName(op, item)
			return c, true
		}
	}
	return Copy{}, false
}

// make applies a plan and reads the copy back: it must read as the
// normalized text with the edits made, and the changed fact as changed.
func (o *Original) make(d *letter, p plan) (Copy, bool) {
	slices.SortFunc(p.edits, func(a, b edit) int { return a.Start - b.Start })
	text, edits := o.apply(p.edits)
	copied, err := extract.Read(o.Path, []byte(text), o.opt)
	if err != nil || copied.NormalizedText() != normalizedAfter(d.text, p.edits) {
		return Copy{}, false
	}
	if p.took != nil && !p.took(copied) {
		return Copy{}, false
	}
	f := Fault{
		Origin: o.Path, OriginSHA256: o.SHA256, Basis: o.Basis, Change: p.change, Edits: edits,
		Pair: o.pair(p.pair, p.edits, text),
	}
	return Copy{Fault: f, Text: text, Letter: copied}, true
}

// rng draws the choices of one copy: the same for the same seed, letter
// (by file name), operator and item, whatever else is copied.
func (o *Original) rng(op Operator, item int, seed uint64) *rand.Rand {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d", filepath.Base(o.Path), op.Name, item)
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// fileName names a copy by its origin, code, operator and item:
// "CM16-0213037.laterality-mismatch.side-item.item0.txt".
func (o *Original) fileName(op Operator, item int) string {
	base := strings.TrimSuffix(filepath.Base(o.Path), filepath.Ext(o.Path))
	where := "letter"
	if item >= 0 {
		where = "item" + strconv.Itoa(item)
	}
	return strings.Join([]string{base, op.Code, op.Name, where, "txt"}, ".")
}

// newLetter wraps a letter for the operators.
func newLetter(l *extract.Letter, lex *lexicon.Lexicon, rng *rand.Rand) *letter {
	if lex == nil {
		lex = lexicon.Default()
	}
	return &letter{Letter: l, text: l.NormalizedText(), lex: lex, rng: rng}
}
