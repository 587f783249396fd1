package corpus

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strconv"
	"strings"
)

// Shard is one part of n of a set of files: the files whose path hashes
// to I modulo N. The zero value is the whole set. The split depends only
// on the path string, so every worker that lists the same folder the
// same way gets disjoint parts that together cover it.
type Shard struct {
	I, N int
}

// ParseShard reads "i/n" with 0 <= i < n; "" is the whole set.
func ParseShard(s string) (Shard, error) {
	if s == "" {
		return Shard{}, nil
	}
	is, ns, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(is)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 0 <= i < n, as 3/8", s)
	}
	return Shard{I: i, N: n}, nil
}

// String writes the shard as "i/n", or "" for the whole set.
func (s Shard) String() string {
	if s.N <= 1 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.I, s.N)
}

// Has reports whether the file at path belongs to the shard: the 64-bit
// FNV-1a hash of the cleaned, slash-separated path, modulo N, is I.
func (s Shard) Has(path string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(filepath.Clean(path))))
	return h.Sum64()%uint64(s.N) == uint64(s.I)
}

// Filter returns the paths that belong to the shard, in order.
func (s Shard) Filter(paths []string) []string {
	if s.N <= 1 {
		return paths
	}
	var out []string
	for _, p := range paths {
		if s.Has(p) {
			out = append(out, p)
		}
	}
	return out
}
