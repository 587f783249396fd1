//go:build unix

package corpus

import "syscall"

// addressSpaceHeadroom is the address space a worker may map above its
// memory limit: the Go runtime reserves more than it uses.
const addressSpaceHeadroom = 2 << 30

// limitAddressSpace sets a hard limit (RLIMIT_AS) on the address space
// of this process, memoryLimit plus headroom, so that an allocation far
// above the limit fails and ends the process instead of the machine.
func limitAddressSpace(memoryLimit int64) error {
	lim := uint64(memoryLimit) + addressSpaceHeadroom
	return syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim})
}
