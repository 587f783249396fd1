//go:build !unix

package corpus

// limitAddressSpace does nothing where the system has no RLIMIT_AS: the
// soft limit and the time limit remain.
func limitAddressSpace(int64) error { return nil }
