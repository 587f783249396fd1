//go:build unix

package corpus

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkIsolation builds 200 text letters in this process and in two
// worker processes, and reports the cost of isolation as the ratios of
// their wall-clock times and of their CPU times (this process's and its
// workers'). Text letters read fastest, so this is the worst case.
func BenchmarkIsolation(b *testing.B) {
	paths := replicate(b, b.TempDir(), 200)
	timeBuild(b, paths, Options{Jobs: 2, Check: fakeCheck}) // load the lexicon outside the timings
	var here, isolated, hereCPU, isolatedCPU time.Duration
	for b.Loop() {
		wall, cpu := timeBuild(b, paths, Options{Jobs: 2, Check: fakeCheck})
		here, hereCPU = here+wall, hereCPU+cpu
		wall, cpu = timeBuild(b, paths, Options{Jobs: 2, Isolate: &Isolation{Command: workerCommand}})
		isolated, isolatedCPU = isolated+wall, isolatedCPU+cpu
	}
	b.ReportMetric(float64(isolated)/float64(here), "wall-isolated/here")
	b.ReportMetric(float64(isolatedCPU)/float64(hereCPU), "cpu-isolated/here")
}

// timeBuild builds paths into a new database and returns the time it
// took and the CPU time of this process and of its finished children.
func timeBuild(b *testing.B, paths []string, opt Options) (wall, cpu time.Duration) {
	db := openTest(b)
	before := cpuTime()
	start := time.Now()
	build(b, db, paths, opt)
	return time.Since(start), cpuTime() - before
}

func cpuTime() time.Duration {
	var total time.Duration
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		syscall.Getrusage(who, &ru)
		total += time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return total
}
