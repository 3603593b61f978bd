//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/archive"
	"github.com/dateline-news/dateline/internal/output"
	"github.com/dateline-news/dateline/site"
	"github.com/dateline-news/dateline/site/hugo"
	"github.com/dateline-news/dateline/timeline"
)

// BenchmarkPublish is the second half of a build alone: rendering the
// site and writing it, from a timeline already extracted (by a child
// `dateline extract --format json` of a generated archive, as in
// BenchmarkArchive, of 1,000 and 10,000 articles) and held in memory, as a
// build holds it once extraction is done. "out" renders and writes an
// --out folder (replacing a previous build, as every build after the first
// does), "hugo" a --hugo site. Per run it reports:
//
//	timeline-MB   live heap before the stage: the decoded timeline and the
//	              program's own tables (about 39 MB of them; the timeline
//	              is the rest)
//	peak-heap-MB  the most heap the stage had in use above that (runtime
//	              /memory/classes/heap/objects, sampled every millisecond:
//	              live objects and garbage not yet swept, what RSS follows)
//	peak-live-MB  the most live heap above that, as the GC measured it
//	              (/gc/heap/live after each cycle)
//	peak-RSS-MB   the process's peak resident set during the stage
//	              (VmHWM, reset through /proc/self/clear_refs)
//	alloc-MB      bytes allocated by the stage
//	cpu-s         user and system CPU seconds of the stage
//	out-MB        the bytes of the site written
//
// Run it with
//
//	go test -run '^$' -bench Publish -benchtime 1x ./cmd/dateline
func BenchmarkPublish(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			tl := benchTimeline(b, n)
			b.Run("out", func(b *testing.B) {
				out := filepath.Join(b.TempDir(), "public")
				publishRuns(b, n, out, func() error { return benchWriteOut(out, tl, n) })
			})
			b.Run("hugo", func(b *testing.B) {
				out := filepath.Join(b.TempDir(), "hugo")
				publishRuns(b, n, out, func() error { return benchWriteHugo(out, tl, n) })
			})
		})
	}
}

// benchWriteOut does what a build does with --out: render the site into
// a staging folder and swap it in.
func benchWriteOut(out string, tl *timeline.Timeline, n int) error {
	dir, err := output.Open(out, output.Options{})
	if err != nil {
		return err
	}
	defer dir.Close()
	stage, err := stageSite(dir, tl, site.Options{Title: "Archive", BaseURL: "https://news.example/archive/"}, nil)
	if err != nil {
		return err
	}
	defer stage.Abort()
	return stage.Commit(n)
}

// benchWriteHugo does what a build does with --hugo: plan from the files'
// hashes, then make them again to write them.
func benchWriteHugo(out string, tl *timeline.Timeline, n int) error {
	o, err := output.OpenOwned(out, output.Options{Keep: []string{"hugo.toml"}})
	if err != nil {
		return err
	}
	gen := func(emit func(output.File) error) error {
		return hugo.SiteTo(tl, hugo.Options{Title: "Archive", BaseURL: "https://news.example/archive/"}, emit)
	}
	sums, err := output.Sums(gen)
	if err != nil {
		return err
	}
	plan, err := o.PlanSums(sums, gen)
	if err != nil {
		return err
	}
	return plan.Commit(n)
}

// benchTimeline extracts the timeline of a generated archive of n
// articles in a child process and decodes it here.
func benchTimeline(b *testing.B, n int) *timeline.Timeline {
	dir := filepath.Join(b.TempDir(), "archive")
	if err := archive.Generate(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	c := dateline("extract", "--format", "json", dir)
	c.Stdout, c.Stderr = &stdout, &stderr
	if err := c.Run(); err != nil && (c.ProcessState == nil || c.ProcessState.ExitCode() != exitSkipped) {
		b.Fatalf("extract: %v\n%s", err, lastLines(stderr.String(), 5))
	}
	tl := new(timeline.Timeline)
	if err := json.Unmarshal(stdout.Bytes(), tl); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d articles: %d events, timeline.json %.1f MB", n, len(tl.Events), float64(stdout.Len())/1e6)
	return tl
}

// publishRuns runs write once per iteration and reports what it cost.
func publishRuns(b *testing.B, n int, out string, write func() error) {
	var peakHeap, peakLive, peakRSS, alloc uint64
	var base uint64
	var cpu time.Duration
	runs := 0
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		debug.FreeOSMemory()
		base = heapLive()
		resetPeakRSS()
		stop := sampleHeap()
		alloc0 := readMetric("/gc/heap/allocs:bytes")
		cpu0 := selfCPU()
		b.StartTimer()
		if err := write(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += selfCPU() - cpu0
		alloc += readMetric("/gc/heap/allocs:bytes") - alloc0
		h, l := stop()
		peakHeap = max(peakHeap, h-min(h, base))
		peakLive = max(peakLive, l-min(l, base))
		peakRSS = max(peakRSS, vmHWM())
		runs++
		b.StartTimer()
	}
	size, files := treeSize(b, out)
	r := float64(runs)
	b.ReportMetric(float64(base)/1e6, "timeline-MB")
	b.ReportMetric(float64(peakHeap)/1e6, "peak-heap-MB")
	b.ReportMetric(float64(peakLive)/1e6, "peak-live-MB")
	if peakRSS > 0 {
		b.ReportMetric(float64(peakRSS)/1e6, "peak-RSS-MB")
	}
	b.ReportMetric(float64(alloc)/1e6/r, "alloc-MB")
	b.ReportMetric(cpu.Seconds()/r, "cpu-s")
	b.ReportMetric(float64(size)/1e6, "out-MB")
	b.ReportMetric(float64(files), "files")
	b.Logf("%d articles: timeline %.1f MB live; stage peak heap +%.1f MB, peak live +%.1f MB, peak RSS %.1f MB, %.0f MB allocated, %.2f s CPU; %.1f MB in %d files",
		n, float64(base)/1e6, float64(peakHeap)/1e6, float64(peakLive)/1e6, float64(peakRSS)/1e6, float64(alloc)/1e6/r, cpu.Seconds()/r, float64(size)/1e6, files)
}

func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// heapLive is the heap in use right after a collection.
func heapLive() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// sampleHeap samples the heap every millisecond until the returned
// function is called, which returns the largest heap objects and live
// heap seen.
func sampleHeap() func() (heap, live uint64) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var heap, live uint64
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			heap = max(heap, s[0].Value.Uint64())
			live = max(live, s[1].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() (uint64, uint64) {
		close(done)
		wg.Wait()
		return heap, live
	}
}

func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// resetPeakRSS makes VmHWM start again from the current RSS.
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// vmHWM is the peak RSS in bytes since the last reset, or 0.
func vmHWM() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
