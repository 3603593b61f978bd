//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/testdir"
)

// TestProfileBuild profiles one `dateline build` in this process, cut at
// its stages, when DATELINE_PROFILE names a folder for the profiles and
// DATELINE_PROFILE_ARGS the build's arguments (space-separated, such as
// "--out /tmp/p/out /tmp/arch/a100k"). It writes a CPU profile and a heap
// profile per stage (NN-stage.cpu, NN-stage.heap: the heap as the stage
// ends, after a GC, and NN-stage-KKKs.heap every 10 s within it: the heap
// as of the last GC) and logs, per stage, the wall and CPU seconds and the
// peak RSS within the stage (Linux's VmHWM, reset at each stage through
// /proc/self/clear_refs), and what it allocated (bytes, objects, and the
// collections run, the one that ends it included). It is a measuring
// tool, skipped otherwise:
//
//	DATELINE_PROFILE=/tmp/prof DATELINE_PROFILE_ARGS="--out /tmp/prof/out ARCHIVE" \
//	  go test -count=1 -v -run TestProfileBuild -timeout 1h ./cmd/dateline
//	go tool pprof -top /tmp/prof/02-rendering-the-site.cpu
func TestProfileBuild(t *testing.T) {
	dir := os.Getenv("DATELINE_PROFILE")
	if dir == "" {
		t.Skip("DATELINE_PROFILE is not set")
	}
	args := append([]string{"build", "--quiet"}, strings.Fields(os.Getenv("DATELINE_PROFILE_ARGS"))...)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	n := 0
	name := "start"
	var cpu *os.File
	var tick chan struct{}
	t0, c0 := time.Now(), testdir.CPUTime()
	var ms0 runtime.MemStats // as the stage starts
	cut := func(next string) {
		if tick != nil {
			close(tick)
			tick = nil
		}
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
			runtime.GC()
			if f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%02d-%s.heap", n, name))); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			t.Logf("%-20s %6.1f s wall %6.1f s CPU; peak RSS %5d MB; live heap after %5d MB; allocated %6d MB, %5.1f M objects, %3d collections",
				name, time.Since(t0).Seconds(), (testdir.CPUTime() - c0).Seconds(), procStatus("VmHWM")>>10, ms.HeapAlloc>>20,
				(ms.TotalAlloc-ms0.TotalAlloc)>>20, float64(ms.Mallocs-ms0.Mallocs)/1e6, ms.NumGC-ms0.NumGC)
		}
		if next == "" {
			return
		}
		os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
		n++
		name = strings.ReplaceAll(next, " ", "-")
		var err error
		if cpu, err = os.Create(filepath.Join(dir, fmt.Sprintf("%02d-%s.cpu", n, name))); err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			t.Fatal(err)
		}
		// A heap profile every 10 s within the stage: what is live while
		// it runs, not only after.
		stop, prefix := make(chan struct{}), filepath.Join(dir, fmt.Sprintf("%02d-%s", n, name))
		tick = stop
		go func() {
			for k := 1; ; k++ {
				select {
				case <-stop:
					return
				case <-time.After(10 * time.Second):
				}
				if f, err := os.Create(fmt.Sprintf("%s-%03ds.heap", prefix, 10*k)); err == nil {
					pprof.WriteHeapProfile(f)
					f.Close()
				}
			}
		}()
		t0, c0 = time.Now(), testdir.CPUTime()
		runtime.ReadMemStats(&ms0)
	}
	stageHook = cut
	defer func() { stageHook = nil }()
	cut("options")
	var stdout, stderr bytes.Buffer
	code := run(args, nil, &stdout, &stderr)
	cut("")
	t.Logf("exit %d\n%s%s", code, stdout.String(), stderr.String())
}

// procStatus is a kB field of /proc/self/status, in kB.
func procStatus(field string) int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
