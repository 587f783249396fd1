package inject_test

import (
	"fmt"

	"github.com/imrkit/imrkit/extract"
	"github.com/imrkit/imrkit/inject"
)

func ExampleOriginal_Copies() {
	o, err := inject.ReadFile("testdata/letter.txt", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	ops, _ := inject.Select("quantity-mismatch,sex-word")
	for _, c := range o.Copies(inject.Options{Operators: ops, Seed: 1}) {
		e := c.Edits[0]
		fmt.Printf("%s\n\t%s\n\t%q at line %d col %d -> %q; pair %q at line %d\n",
			c.File, c.Change, e.Before, e.Original.Line, e.Original.Column, e.After, c.Pair.Text, c.Pair.Original.Line)
	}
	// Output:
	// letter.quantity-mismatch.count-item.item1.txt
	// 	count in the item line "#60": 60 to 62
	// 	"60" at line 39 col 16 -> "62"; pair "#60" at line 48
	// letter.quantity-mismatch.count-rationale.item1.txt
	// 	count the rationale judges "#60": 60 to 56
	// 	"60" at line 48 col 52 -> "56"; pair "#60" at line 39
	// letter.sex-mismatch.sex-word.letter.txt
	// 	sex word: female to male
	// 	"female" at line 19 col 37 -> "male"; pair "She" at line 20
}

func ExampleSelect() {
	ops, err := inject.Select("laterality-mismatch,age")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, op := range ops {
		fmt.Println(op.Code, op.Name)
	}
	_, err = inject.Select("sides")
	fmt.Println(err != nil)
	// Output:
	// laterality-mismatch side-item
	// laterality-mismatch side-rationale
	// age-mismatch age
	// true
}
