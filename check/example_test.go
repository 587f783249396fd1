package check_test

import (
	"fmt"
	"os"

	"github.com/imrkit/imrkit/check"
	"github.com/imrkit/imrkit/eval"
	"github.com/imrkit/imrkit/extract"
)

func ExampleRun() {
	l, err := extract.ReadFile("../testdata/letters/seed.txt", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range check.Run(l) {
		fmt.Printf("%s %s on item %d: %s\n", f.Severity, f.Code, f.Item, f.Message)
	}
	// Output:
	// warning duplicate-text on item -1: a sentence written twice in a row: "The expert reviewer developed the following clinical case summary based on a ..."
	// error quantity-mismatch on item 0: the item line requests 14 ("QTY: 14.00") but the rationale judges 12 ("12 sessions")
}

func ExampleWriteText() {
	l, err := extract.ReadFile("../testdata/letters/seed.txt", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	cfg := &check.Config{Disabled: map[string]bool{check.CodeDuplicate: true}}
	check.WriteText(os.Stdout, []check.Report{cfg.Report(l)})
	// Output:
	// ../testdata/letters/seed.txt:55:39: error quantity-mismatch: the item line requests 14 ("QTY: 14.00") but the rationale judges 12 ("12 sessions")
	// 	../testdata/letters/seed.txt:55:39: header: QTY: 14.00
	// 	../testdata/letters/seed.txt:93:36: rationale: 12 sessions
}

func ExampleParseConfig() {
	_, err := check.ParseConfig("imrcheck.toml", []byte("[duplicate-text]\nenabled = no\n[guideline]\n"))
	fmt.Println(err)
	// Output:
	// imrcheck.toml:2:11: enabled: want true or false, got no
	// imrcheck.toml:3:2: unknown check "guideline" (want one of quantity-mismatch, strength-mismatch, outcome-conflict, service-mismatch, body-part-mismatch, laterality-mismatch, guideline-mismatch, date-mismatch, date-order, sex-mismatch, age-mismatch, duplicate-text, partial-read)
}

func ExampleConfig_Score() {
	l, err := extract.ReadFile("../testdata/letters/seed.txt", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// The gold as eval.ReadGold reads it from seed.json: the item line's
	// 14 sessions against the rationale's 12.
	gold := map[string]*eval.Gold{"seed": {Items: []eval.GoldItem{{Inconsistencies: []eval.GoldProblem{
		{Kind: check.CodeQuantity, Evidence: []string{"QTY: 14.00", "12 sessions"}},
	}}}}}
	var cfg check.Config
	s, err := cfg.Score([]*extract.Letter{l}, gold)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	for _, m := range s.Unlisted {
		fmt.Println("unlisted:", m.Key)
	}
	// Output:
	// 1 letters: recall 1/1 = 1.000; unlisted findings 1 = 1.000 per letter
	// unlisted: seed duplicate-text -1
}
