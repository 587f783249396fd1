package lexicon

// distance returns the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of two adjacent bytes,
// no substring edited twice), or max+1 when it exceeds max. It works on
// bytes: the words it compares are lower-case ASCII.
func distance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cur[j] = cell(a, b, i, j, prev2, prev, cur)
			low = min(low, cur[j])
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}

// cell computes one entry of the distance table.
func cell(a, b string, i, j int, prev2, prev, cur []int) int {
	cost := 1
	if a[i-1] == b[j-1] {
		cost = 0
	}
	d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
	if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
		d = min(d, prev2[j-2]+1)
	}
	return d
}

// budget is the number of edits allowed when matching a vocabulary word
// of n bytes: none below five, so that short words and abbreviations
// match only as written, one up to seven, two from eight.
func budget(n int) int {
	switch {
	case n < 5:
		return 0
	case n < 8:
		return 1
	}
	return 2
}
