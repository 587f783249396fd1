package lexicon

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestCachesKeepNoText checks that what the caches keep holds no part of
// the texts searched: a corpus build searches thousands of letters, and a
// cache key that is a substring of one keeps the whole letter alive.
func TestCachesKeepNoText(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	freed := make(chan struct{})
	searchOnce(l, freed)
	deadline := time.After(5 * time.Second)
	for {
		runtime.GC()
		select {
		case <-freed:
			runtime.KeepAlive(l)
			return
		case <-deadline:
			t.Fatal("the searched text is still reachable after searching: a cache keeps part of it")
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// searchOnce searches a text of its own allocation through every cached
// entry point, and closes freed when that allocation is collected.
func searchOnce(l *Lexicon, freed chan struct{}) {
	letter := strings.Repeat("MRI of the right shoulder and physical therapy 2 times a week. ", 40) +
		"ACOEM Shoulder Complaints chapter, Norco 10/325 #120, lumbar fusion L4-5."
	buf := make([]byte, len(letter))
	copy(buf, letter)
	runtime.AddCleanup(&buf[0], func(ch chan struct{}) { close(ch) }, freed)
	text := unsafe.String(&buf[0], len(buf))
	tail := text[40*63:]
	ms := l.Find(text)
	ms = append(ms, l.Find(text[:63])...)
	ms = append(ms, l.Find(tail, KindService)...)
	ms = append(ms, l.Chapters(tail)...)
	if m, ok := l.Best(text[:25], KindService); ok {
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		panic("searchOnce: nothing found, so the caches were not filled")
	}
}
