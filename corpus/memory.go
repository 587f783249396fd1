package corpus

import (
	"os"
	"runtime/debug"
)

// Soft memory limits for batches (see LimitMemory): a base for the
// process and its database, and a share for each worker reading a file.
// A build of text letters peaks near 80 MiB on 2 workers, so the limit
// never slows a healthy batch.
const (
	baseMemoryLimit   = 256 << 20
	memoryLimitPerJob = 64 << 20
)

// MemoryLimit is the soft memory limit for a batch that reads jobs files
// at once: 256 MiB and 64 MiB a worker (0 jobs counts as one).
func MemoryLimit(jobs int) int64 {
	return baseMemoryLimit + int64(max(jobs, 1))*memoryLimitPerJob
}

// LimitMemory sets the Go runtime's soft memory limit
// (debug.SetMemoryLimit) for a batch of files, and returns the limit in
// effect. The garbage collector lets the heap grow to a multiple of what
// was live at its last run (GOGC); one large file alive at that moment
// would let the heap, and the memory the process keeps from the system,
// grow to that multiple for the files after it. Under the limit the
// collector runs sooner and returns freed memory, so the batch goes back
// to its usual size. It is soft: a file that needs more still gets it,
// and hard bounds on a file are the readers' (extract.Options.MaxBytes).
// A GOMEMLIMIT in the environment wins: then the limit is left as it is.
// A limit of 0 or less means MemoryLimit(0).
func LimitMemory(limit int64) int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	if limit <= 0 {
		limit = MemoryLimit(0)
	}
	debug.SetMemoryLimit(limit)
	return limit
}
