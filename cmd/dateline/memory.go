package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// memoryFloor is the least soft memory limit a run sets (see memoryBound).
const memoryFloor = 900 << 20

// memoryBound keeps a run's heap near what it holds live. Go lets the heap
// grow to twice what the last collection found live before it collects
// again (GOGC=100); on an archive, where what is live is large, that
// doubling is most of the peak. The soft limit (runtime/debug
// SetMemoryLimit) is set to a quarter again the live heap, and never under
// memoryFloor, so small runs collect as they always did. (Half again put a
// 100,000-article build at 1,001-1,020 MB; a quarter keeps it at the
// floor, for about a tenth more CPU spent collecting, on the core the
// merge leaves idle.) It follows the
// live heap as the articles are added (update), so a bigger archive gets a
// bigger limit, never a collector that runs without end. A GOMEMLIMIT the
// user sets is left alone.
type memoryBound struct {
	on     bool
	sample []metrics.Sample
}

func newMemoryBound() *memoryBound {
	m := &memoryBound{on: os.Getenv("GOMEMLIMIT") == ""}
	if m.on {
		m.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		debug.SetMemoryLimit(memoryFloor)
	}
	return m
}

// update sets the limit from the live heap the last collection found.
func (m *memoryBound) update() {
	if !m.on {
		return
	}
	metrics.Read(m.sample)
	if m.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	debug.SetMemoryLimit(limitFor(int64(m.sample[0].Value.Uint64())))
}

// limitFor is the soft memory limit for a live heap of live bytes.
func limitFor(live int64) int64 {
	return max(memoryFloor, live+live/4)
}

// giveBackFloor is how much memory the heap must hold before a build gives
// what extraction freed back to the system (giveBack): half of
// memoryFloor.
const giveBackFloor = memoryFloor / 2

// giveBack returns the memory extraction freed to the system before the
// site is rendered, so that the render's peak is the timeline and its
// pages, not extraction's high-water mark kept as free heap (at 100,000
// articles, 1,626 MB against about 930). It costs a full collection and
// a return of every free page (0.1-0.4 s at 10,000 articles, most of it
// madvise), which a run holding little pays for nothing: a heap that holds
// under giveBackFloor is left as it is (at 10,000 articles it holds some
// 250-300 MB).
func giveBack() bool { return giveBackOver(giveBackFloor) }

// giveBackOver gives the free heap back when the heap holds floor bytes
// or more, and reports whether it did.
func giveBackOver(floor uint64) bool {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}, {Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(s)
	var held uint64
	for _, x := range s {
		if x.Value.Kind() == metrics.KindUint64 {
			held += x.Value.Uint64()
		}
	}
	if held < floor {
		return false
	}
	debug.FreeOSMemory()
	return true
}
