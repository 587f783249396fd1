package corpus

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// TestLimitMemory checks that LimitMemory sets the runtime's limit,
// leaves a GOMEMLIMIT of the environment alone, and that under the
// limit a large heap that is gone no longer sets the collector's goal.
func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	if got := LimitMemory(300 << 20); got != 300<<20 || debug.SetMemoryLimit(-1) != 300<<20 {
		t.Errorf("LimitMemory(300 MiB) = %d, runtime limit %d", got, debug.SetMemoryLimit(-1))
	}
	if got := LimitMemory(0); got != MemoryLimit(0) {
		t.Errorf("LimitMemory(0) = %d, want %d", got, MemoryLimit(0))
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(1 << 30)
	if got := LimitMemory(300 << 20); got != 1<<30 {
		t.Errorf("LimitMemory with GOMEMLIMIT=1GiB = %d, want the environment's %d", got, 1<<30)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	without := goalAfterLargeFile()
	debug.SetMemoryLimit(64 << 20)
	with := goalAfterLargeFile()
	if with >= without {
		t.Errorf("heap goal after a large file: %d MiB with a 64 MiB limit, %d MiB without; want it lower with", with>>20, without>>20)
	}
}

// sink keeps the large file alive across a collection.
var sink []byte

// goalAfterLargeFile makes 200 MiB live during a collection, drops it,
// and returns the heap goal that follows.
func goalAfterLargeFile() uint64 {
	sink = make([]byte, 200<<20)
	for i := 0; i < len(sink); i += 4096 {
		sink[i] = 1
	}
	runtime.GC()
	sink = nil
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	runtime.GC()
	return s[0].Value.Uint64()
}

func ExampleMemoryLimit() {
	fmt.Println(MemoryLimit(2)>>20, "MiB for 2 workers")
	// Output: 384 MiB for 2 workers
}
