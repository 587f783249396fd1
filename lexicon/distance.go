package lexicon

// distance returns the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of two adjacent bytes,
// no substring edited twice), or max+1 when it exceeds max. It works on
// bytes, since the words it compares are lower-case ASCII, and only on the
// band of the table within max of its diagonal.
func distance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max || len(b) > maxWord {
		return max + 1
	}
	a, b = trimCommon(a, b)
	var rows [3][maxWord + 1]int
	prev2, prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	for j := range prev {
		prev[j] = min(j, max+1)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := i-max, i+max
		if lo > 0 {
			cur[lo-1] = max + 1
		}
		low := max + 1
		for j := lo; j <= hi && j <= len(b); j++ {
			if j < 0 {
				continue
			}
			cur[j] = cell(a, b, i, j, max, prev2, prev, cur)
			low = min(low, cur[j])
		}
		if hi+1 <= len(b) {
			cur[hi+1] = max + 1
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}

// trimCommon drops the bytes that a and b begin with alike and then those
// they end with alike, which the distance does not count: an alignment
// matches them.
func trimCommon(a, b string) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	a, b = a[i:], b[i:]
	j := 0
	for j < len(a) && j < len(b) && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	return a[:len(a)-j], b[:len(b)-j]
}

// cell computes one entry of the distance table, capped at max+1.
func cell(a, b string, i, j, max int, prev2, prev, cur []int) int {
	if j == 0 {
		return min(i, max+1)
	}
	cost := 1
	if a[i-1] == b[j-1] {
		cost = 0
	}
	d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
	if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
		d = min(d, prev2[j-2]+1)
	}
	return min(d, max+1)
}

// budget is the number of edits allowed when matching a vocabulary word
// of n bytes: none below six, so that short words and abbreviations match
// only as written, one up to eight, two from nine.
func budget(n int) int {
	switch {
	case n < 6:
		return 0
	case n < 9:
		return 1
	}
	return 2
}
