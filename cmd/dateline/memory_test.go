package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// TestMemoryBound: a run sets a soft memory limit of a quarter again its live
// heap, never under memoryFloor, and leaves a GOMEMLIMIT the user set alone.
func TestMemoryBound(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)

	for live, want := range map[int64]int64{0: memoryFloor, 100 << 20: memoryFloor, 600 << 20: 900 << 20, 2 << 30: 5 << 29} {
		if got := limitFor(live); got != want {
			t.Errorf("limitFor(%d MiB) = %d MiB, want %d MiB", live>>20, got>>20, want>>20)
		}
	}

	t.Setenv("GOMEMLIMIT", "")
	debug.SetMemoryLimit(1 << 40)
	m := newMemoryBound()
	m.update()
	if got := debug.SetMemoryLimit(-1); got < memoryFloor || got >= 1<<40 {
		t.Errorf("without GOMEMLIMIT the limit is %d MiB, want at least %d MiB and set", got>>20, memoryFloor>>20)
	}

	t.Setenv("GOMEMLIMIT", "5GiB")
	debug.SetMemoryLimit(5 << 30)
	m = newMemoryBound()
	m.update()
	if got := debug.SetMemoryLimit(-1); got != 5<<30 {
		t.Errorf("with GOMEMLIMIT=5GiB the limit became %d MiB", got>>20)
	}
}

// TestGiveBack: the free heap goes back to the system when the heap holds
// more than the floor, and stays when it holds less.
func TestGiveBack(t *testing.T) {
	free := func() uint64 {
		s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	// Some 64 MB made garbage, then collected: free heap the runtime keeps.
	garbage := func() (n int) {
		keep := make([][]byte, 0, 64)
		for range 64 {
			keep = append(keep, make([]byte, 1<<20))
		}
		for _, b := range keep {
			n += len(b)
		}
		return n
	}
	if garbage() != 64<<20 {
		t.Fatal("allocated less than asked")
	}
	runtime.GC()
	if giveBackOver(1 << 50) {
		t.Fatal("gave back the heap of a run holding less than the floor")
	}
	if giveBackOver(0) != true {
		t.Fatal("kept the free heap of a run holding more than the floor")
	}
	if f := free(); f > 8<<20 {
		t.Errorf("after giving back, %d MB of free heap kept, want almost none", f>>20)
	}
	if giveBackFloor != memoryFloor/2 {
		t.Errorf("giveBackFloor %d MB, want half of memoryFloor", giveBackFloor>>20)
	}
}
