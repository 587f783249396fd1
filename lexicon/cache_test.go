package lexicon

import (
	"fmt"
	"reflect"
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
	var ms []Match
	for range 2 { // a text is kept on its second asking
		ms = append(ms, l.Find(text)...)
		ms = append(ms, l.Find(text[:63])...)
		ms = append(ms, l.Find(tail, KindService)...)
		ms = append(ms, l.Chapters(tail)...)
		if m, ok := l.Best(text[:25], KindService); ok {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		panic("searchOnce: nothing found, so the caches were not filled")
	}
}

// TestPhraseCacheKeepsRecurring checks that the phrase cache keeps a
// text on its second asking, not its first, so that thousands of texts
// asked about once (each letter's own case number and dates) leave it
// as it was, and that the words cache keeps no number.
func TestPhraseCacheKeepsRecurring(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	kept := func() int {
		l.ix.phrases.mu.RLock()
		defer l.ix.phrases.mu.RUnlock()
		return l.ix.phrases.n
	}
	for i := range 5000 {
		l.Find(fmt.Sprintf("Case Number CM90-%07d, MRI of the right shoulder", i))
	}
	if n := kept(); n != 0 {
		t.Errorf("%d texts kept after 5,000 texts asked about once, want 0", n)
	}
	l.Find("MRI of the right shoulder")
	if n := kept(); n != 0 {
		t.Errorf("%d texts kept after a first asking, want 0", n)
	}
	first := l.Find("MRI of the right shoulder")
	if n := kept(); n != 1 {
		t.Fatalf("%d texts kept after a second asking, want 1", n)
	}
	if again := l.Find("MRI of the right shoulder"); !reflect.DeepEqual(again, first) {
		t.Errorf("kept matches %v, want %v", again, first)
	}
	l.ix.seen.mu.RLock()
	defer l.ix.seen.mu.RUnlock()
	for w := range l.ix.seen.m {
		if strings.ContainsAny(w, "0123456789") {
			t.Errorf("the words cache keeps %q", w)
		}
	}
}

// TestRecall checks that the words a matcher takes from the cache for a
// text are those its tokens are looked up as.
func TestRecall(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Physical therapy 2x6 for the RIGHT shoulder; phys ical therapy and Electro- diagnostic testing, ESIs, Norcco."
	l.Find(text) // fills the cache
	m := newMatcher(l.ix, text)
	defer m.release()
	recalled := 0
	for i := range m.toks {
		tk := m.toks[i]
		if want := l.ix.single(&tk, nil); m.slots[i].done == 1 {
			recalled++
			if !reflect.DeepEqual(m.slots[i].single, want) {
				t.Errorf("recalled %q as %v, want %v", tk.text, m.slots[i].single, want)
			}
		}
	}
	if recalled == 0 {
		t.Error("no token recalled from the cache")
	}
}
