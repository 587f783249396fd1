package main

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// TestOrdered: results come in index order whatever the workers' speed,
// and emit's error stops the run.
func TestOrdered(t *testing.T) {
	stop := errors.New("stop")
	tests := []struct {
		name   string
		n      int
		jobs   int
		stopAt int // emit fails at this index; -1 never
		want   []int
	}{
		{name: "one worker", n: 5, jobs: 1, stopAt: -1, want: []int{0, 1, 2, 3, 4}},
		{name: "four workers", n: 9, jobs: 4, stopAt: -1, want: []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{name: "one per CPU", n: 3, jobs: 0, stopAt: -1, want: []int{0, 1, 2}},
		{name: "stop", n: 50, jobs: 3, stopAt: 2, want: []int{0, 1, 2}},
		{name: "none", n: 0, jobs: 2, stopAt: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			work := func(i int) int {
				time.Sleep(time.Duration((tt.n-i)%4) * time.Millisecond) // later ones finish first
				return i * 10
			}
			err := ordered(tt.n, tt.jobs, work, func(i, v int) error {
				if v != i*10 {
					t.Errorf("emit(%d, %d): result of another index", i, v)
				}
				got = append(got, i)
				if i == tt.stopAt {
					return stop
				}
				return nil
			})
			if !slices.Equal(got, tt.want) || (tt.stopAt >= 0) != errors.Is(err, stop) {
				t.Errorf("ordered(%d, %d) emitted %v, %v; want %v", tt.n, tt.jobs, got, err, tt.want)
			}
		})
	}
}
