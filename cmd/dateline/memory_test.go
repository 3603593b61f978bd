package main

import (
	"runtime/debug"
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
