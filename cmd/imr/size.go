package main

import (
	"fmt"
	"strconv"
	"strings"
)

// byteSize is a flag of a size in bytes: plain bytes ("1048576"), or a
// whole number of KiB, MiB or GiB ("16MiB", "512kib"); "none" is no
// limit (-1).
type byteSize int64

// sizeUnits are the suffixes a byteSize takes, longest first.
var sizeUnits = []struct {
	suffix string
	n      int64
}{{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10}, {"b", 1}}

func (s *byteSize) String() string {
	n := int64(*s)
	switch {
	case n < 0:
		return "none"
	case n > 0 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n > 0 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return strconv.FormatInt(n, 10)
}

func (s *byteSize) Type() string { return "size" }

func (s *byteSize) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = byteSize(n)
	return nil
}

// parseSize reads a byteSize's value.
func parseSize(v string) (int64, error) {
	low := strings.ToLower(strings.TrimSpace(v))
	if low == "none" {
		return -1, nil
	}
	unit := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(low, u.suffix) {
			low, unit = strings.TrimSpace(strings.TrimSuffix(low, u.suffix)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(low, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/unit {
		return 0, fmt.Errorf("want a size above 0 in bytes, or with KiB, MiB or GiB (16MiB), or none")
	}
	return n * unit, nil
}
