package inject_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/inject"
	"github.com/imrkit/imrkit/lexicon"
)

// The operators on a small made-up letter (testdata/letter.txt): a right
// knee MRI and Tramadol 50mg #60, dates, a female claimant of 52. Each
// case names the items an operator must copy, the first copy's text
// before and after (after left out where it is drawn from the lexicon),
// and a change to the letter that takes the other side of the pair away
// (then it must make no copy of those items).
func TestOperators(t *testing.T) {
	tests := []struct {
		name          string // the operator
		items         []int
		before, after string
		same          func(before, after *lexicon.Concept) bool // for a drawn replacement
		unpair        [2]string                                 // replace [0] by [1] in the letter...
		unpairedItems []int                                     // ...and these items are copied
	}{
		{name: "side-item", items: []int{0}, before: "right", after: "left",
			unpair: [2]string{"pain in the right knee", "pain in the left knee"}},
		{name: "side-rationale", items: []int{0}, before: "right", after: "left",
			unpair: [2]string{"pain in the right knee", "pain in the left knee"}},
		{name: "service-item-same", items: []int{0, 1}, before: "MRI", same: sameCategory,
			unpair: [2]string{"request for MRI of", "request for imaging of"}, unpairedItems: []int{1}},
		{name: "service-item-other", items: []int{0, 1}, before: "MRI", same: otherCategory,
			unpair: [2]string{"request for MRI of", "request for imaging of"}, unpairedItems: []int{1}},
		{name: "service-rationale-same", items: []int{0, 1}, before: "MRI", same: sameCategory,
			unpair: [2]string{"Tramadol 50mg #60: Overturned", "Norco 10/325mg #60: Overturned"}, unpairedItems: []int{0}},
		{name: "service-rationale-other", items: []int{0, 1}, before: "MRI", same: otherCategory,
			unpair: [2]string{"Tramadol 50mg #60: Overturned", "Norco 10/325mg #60: Overturned"}, unpairedItems: []int{0}},
		{name: "body-part-item", items: []int{0}, before: "knee", same: otherRegion,
			unpair: [2]string{"request for MRI of the right\nknee without", "request for MRI without"}},
		{name: "body-part-rationale", items: []int{0}, before: "knee", same: otherRegion,
			unpair: [2]string{"request for MRI of the right\nknee without", "request for MRI without"}},
		{name: "count-item", items: []int{1}, before: "60",
			unpair: [2]string{"request for Tramadol 50mg #60", "request for Tramadol 50mg #90"}},
		{name: "count-rationale", items: []int{1}, before: "60",
			unpair: [2]string{"request for Tramadol 50mg #60", "request for Tramadol 50mg #90"}},
		{name: "strength-item", items: []int{1}, before: "50",
			unpair: [2]string{"request for Tramadol 50mg #60", "request for Tramadol #60"}},
		{name: "strength-rationale", items: []int{1}, before: "50",
			unpair: [2]string{"request for Tramadol 50mg #60", "request for Tramadol #60"}},
		{name: "date-injury", items: []int{-1}, before: "03/14/2015",
			unpair: [2]string{"injury on 03-14-2015", "injury in 2015"}},
		{name: "date-ur-denial", items: []int{-1}, before: "11/01/2016",
			unpair: [2]string{"On 11-01-2016,\nutilization review", "Later,\nutilization review"}},
		{name: "date-order", items: []int{-1}, before: "12/09/2016",
			unpair: [2]string{"Date Assigned:        11/09/2016", "Date Assigned:        November"}},
		{name: "sex-word", items: []int{-1}, before: "female", after: "male",
			unpair: [2]string{"52 year old female who", "52 year old worker who"}},
		{name: "pronouns", items: []int{-1}, before: "She", after: "He",
			unpair: [2]string{"52 year old female who", "52 year old worker who"}},
		{name: "age", items: []int{-1}, before: "52",
			unpair: [2]string{"This 52 year\nold woman", "This woman"}},
		{name: "duplicate-exact", items: []int{-1}, before: "",
			unpairedItems: []int{-1}}, // a repeated sentence is its own pair
		{name: "duplicate-edited", items: []int{-1}, before: "",
			unpairedItems: []int{-1}}, // a repeated sentence is its own pair
		{name: "chapter", items: []int{0}, before: "Knee Complaints",
			unpair: [2]string{"MTUS Knee Complaints 2004, Section(s)", "MTUS Chronic Pain Medical Treatment Guidelines, Section(s)"}},
		{name: "outcome-word", items: []int{0, 1}, before: "Upheld", after: "Overturned",
			unpair: [2]string{"without contrast: Upheld", "without contrast: Overturned"}, unpairedItems: []int{1}},
		{name: "conclusion-word", items: []int{0, 1}, before: "not ", after: "",
			unpair: [2]string{"without contrast: Upheld", "without contrast: Overturned"}, unpairedItems: []int{1}},
	}
	data, err := os.ReadFile("testdata/letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			ops, err := inject.Select(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			cs := copies(t, string(data), ops)
			if diff := cmp.Diff(tt.items, items(cs)); diff != "" {
				t.Fatalf("items copied (-want +got):\n%s", diff)
			}
			e := cs[0].Edits[0]
			if e.Before != tt.before || tt.after != "" && e.After != tt.after || tt.same == nil && tt.after == "" && e.After == e.Before {
				t.Errorf("first edit %q -> %q, want %q -> %q", e.Before, e.After, tt.before, tt.after)
			}
			if tt.same != nil && !tt.same(concept(e.Before), concept(e.After)) {
				t.Errorf("replacement %q for %q: wrong kind of replacement", e.After, e.Before)
			}
			if tt.unpair[0] != "" && !strings.Contains(string(data), tt.unpair[0]) {
				t.Fatalf("the letter lacks %q", tt.unpair[0])
			}
			unpaired := strings.Replace(string(data), tt.unpair[0], tt.unpair[1], 1)
			if diff := cmp.Diff(tt.unpairedItems, items(copies(t, unpaired, ops))); diff != "" {
				t.Errorf("items copied without the pair (-want +got):\n%s", diff)
			}
		})
	}
	for _, op := range inject.Operators() {
		if !seen[op.Name] {
			t.Errorf("operator %s has no case", op.Name)
		}
	}
}

func copies(t *testing.T, text string, ops []inject.Operator) []inject.Copy {
	t.Helper()
	o, err := inject.Read("letter.txt", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return o.Copies(inject.Options{Operators: ops, Seed: 7})
}

func items(cs []inject.Copy) []int {
	var out []int
	for _, c := range cs {
		out = append(out, c.Item)
	}
	return out
}

func concept(name string) *lexicon.Concept {
	m, ok := lexicon.Default().Best(name)
	if !ok {
		return nil
	}
	return m.Concept
}

func sameCategory(a, b *lexicon.Concept) bool {
	return a != nil && b != nil && a != b && a.Category == b.Category
}

func otherCategory(a, b *lexicon.Concept) bool {
	return a != nil && b != nil && a.Category != b.Category
}

func otherRegion(a, b *lexicon.Concept) bool {
	if a == nil || b == nil || len(b.Regions) == 0 {
		return false
	}
	for _, r := range a.Regions {
		for _, s := range b.Regions {
			if lexicon.Within(r, s) || lexicon.Within(s, r) {
				return false
			}
		}
	}
	return true
}

// TestSeed: the same seed gives the same copies; another seed draws
// other replacements.
func TestSeed(t *testing.T) {
	o, err := inject.ReadFile("testdata/letter.txt", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b := o.Copies(inject.Options{Seed: 1}), o.Copies(inject.Options{Seed: 1})
	if diff := cmp.Diff(faults(a), faults(b)); diff != "" {
		t.Errorf("seed 1 twice (-first +second):\n%s", diff)
	}
	if cmp.Equal(faults(a), faults(o.Copies(inject.Options{Seed: 2}))) {
		t.Error("seeds 1 and 2 give the same copies")
	}
}

func faults(cs []inject.Copy) []inject.Fault {
	var out []inject.Fault
	for _, c := range cs {
		c.Fault.Seed = 0
		out = append(out, c.Fault)
	}
	return out
}

func TestSelect(t *testing.T) {
	tests := []struct {
		name, kinds string
		want        []string
		err         bool
	}{
		{name: "code", kinds: "laterality-mismatch", want: []string{"side-item", "side-rationale"}},
		{name: "operator and code", kinds: "age, outcome-word", want: []string{"age", "outcome-word"}},
		{name: "unknown", kinds: "age,sides", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops, err := inject.Select(tt.kinds)
			if (err != nil) != tt.err {
				t.Fatalf("Select(%q) error %v, want error %v", tt.kinds, err, tt.err)
			}
			var got []string
			for _, op := range ops {
				got = append(got, op.Name)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Select(%q) (-want +got):\n%s", tt.kinds, diff)
			}
		})
	}
	all, _ := inject.Select("")
	if len(all) != len(inject.Operators()) {
		t.Errorf("Select(\"\") gives %d operators, want all %d", len(all), len(inject.Operators()))
	}
}

// TestServiceReplacementNames ensures a service operator never puts in
// a service the lexicon declares the same request as the old one (a
// form, part or alternative of it, or a broader term that declares it
// a form: MRI to MR angiogram or to diagnostic imaging), whatever the
// seed: such a copy would hold no fault.
func TestServiceReplacementNames(t *testing.T) {
	lex := lexicon.Default()
	o, err := inject.ReadFile("testdata/letter.txt", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ops, err := inject.Select(inject.CodeService)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for seed := range uint64(150) {
		for _, c := range o.Copies(inject.Options{Operators: ops, Seed: seed}) {
			e := c.Edits[0]
			before, after := concept(e.Before), concept(e.After)
			if before == nil || after == nil {
				t.Fatalf("seed %d, %s: %q -> %q: a side names no concept", seed, c.Operator, e.Before, e.After)
			}
			if lex.Alternative(before, after) {
				t.Errorf("seed %d, %s: %q -> %q, which the lexicon declares the same request", seed, c.Operator, e.Before, e.After)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no service copies made")
	}
}

// TestServiceJudged: a service operator needs the rationale's conclusion
// to judge the item's service; where it judges "the request" without
// naming one, neither side of the pair can be told from the other.
func TestServiceJudged(t *testing.T) {
	data, err := os.ReadFile("testdata/letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	unnamed := strings.Replace(string(data), "request for MRI of the right\nknee without contrast is", "request is", 1)
	for _, op := range []string{"service-item-same", "service-rationale-other"} {
		t.Run(op, func(t *testing.T) {
			ops, err := inject.Select(op)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]int{1}, items(copies(t, unnamed, ops))); diff != "" {
				t.Errorf("items copied where item 0's conclusion names no service (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSideInJudgedRequest: the rationale's side is changed only in the
// request its conclusion judges; a side in another rationale sentence
// (about the injury) pairs with the item line's but is never changed.
func TestSideInJudgedRequest(t *testing.T) {
	data, err := os.ReadFile("testdata/letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The conclusion judges the knee without a side; another sentence
	// of the rationale gives the right knee.
	text := strings.Replace(string(data), "This 52 year\nold woman has no red flag", "This 52 year\nold woman fell on her right knee and has no red flag", 1)
	text = strings.Replace(text, "request for MRI of the right\nknee without contrast is", "request for MRI of the knee without contrast is", 1)
	tests := []struct {
		name  string
		items []int
	}{
		{name: "side-item", items: []int{0}},
		{name: "side-rationale", items: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops, err := inject.Select(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.items, items(copies(t, text, ops))); diff != "" {
				t.Errorf("items copied (-want +got):\n%s", diff)
			}
		})
	}
}

// TestServiceItemLineEverywhere: where a partial certification's item
// line names the service in the original request and again in the
// header, the item-line operators replace each, so the item line stays
// one request.
func TestServiceItemLineEverywhere(t *testing.T) {
	data, err := os.ReadFile("testdata/letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "MRI of the right knee without contrast: Upheld",
		"MRI of the right knee without contrast was the original request. The Claims Administrator\nauthorized none of it. The original request, MRI of the right knee without contrast is: Upheld", 1)
	ops, err := inject.Select("service-item-other")
	if err != nil {
		t.Fatal(err)
	}
	cs := copies(t, text, ops)
	if len(cs) == 0 || cs[0].Item != 0 {
		t.Fatalf("no copy of item 0: %v", items(cs))
	}
	var before []string
	for _, e := range cs[0].Edits {
		before = append(before, e.Before)
	}
	if diff := cmp.Diff([]string{"MRI", "MRI"}, before); diff != "" {
		t.Errorf("edits of the item line (-want +got):\n%s", diff)
	}
}
