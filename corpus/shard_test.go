package corpus

import (
	"fmt"
	"testing"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Shard
		wantErr bool
	}{
		{name: "empty is all", in: "", want: Shard{}},
		{name: "first", in: "0/4", want: Shard{0, 4}},
		{name: "last", in: "3/4", want: Shard{3, 4}},
		{name: "one part", in: "0/1", want: Shard{0, 1}},
		{name: "i too big", in: "4/4", wantErr: true},
		{name: "negative", in: "-1/4", wantErr: true},
		{name: "no n", in: "3", wantErr: true},
		{name: "zero parts", in: "0/0", wantErr: true},
		{name: "words", in: "a/b", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseShard(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ParseShard(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// TestShardPartition wants every path in exactly one part, the parts
// of even size, and the same part for the same path written two ways.
func TestShardPartition(t *testing.T) {
	const n, files = 8, 8000
	sizes := make([]int, n)
	for f := range files {
		p := fmt.Sprintf("letters/%03d/CM17-%07d.pdf", f/1000, f)
		in := 0
		for i := range n {
			if (Shard{i, n}).Has(p) {
				in++
				sizes[i]++
			}
		}
		if in != 1 {
			t.Fatalf("%s is in %d parts of %d, want 1", p, in, n)
		}
		if (Shard{3, n}).Has(p) != (Shard{3, n}).Has("./"+p) {
			t.Fatalf("%s and ./%s are in different parts", p, p)
		}
	}
	for i, s := range sizes {
		if s < files/n*8/10 || s > files/n*12/10 {
			t.Errorf("part %d/%d has %d of %d files, want about %d", i, n, s, files, files/n)
		}
	}
}

func ExampleShard() {
	paths := []string{"a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf"}
	for i := range 2 {
		fmt.Println(Shard{I: i, N: 2}.Filter(paths))
	}
	// Output:
	// [a.pdf c.pdf e.pdf]
	// [b.pdf d.pdf]
}
