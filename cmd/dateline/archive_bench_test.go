//go:build unix

package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/archive"
)

// BenchmarkArchive runs `dateline extract --format json` and `dateline
// build` end to end on a newsroom's archive made by internal/archive
// (Markdown articles of 2-6 KB over ten years, running stories told by
// several outlets) of 1,000 and 10,000 articles, and of 100,000 when
// DATELINE_BENCH_100K=1 is set (that one takes minutes and gigabytes of
// disk). Each command runs as a child process (this test binary, which is
// dateline with DATELINE_MAIN=1: the same code as a go build of the
// command), so that its CPU time and peak RSS are its own (getrusage of
// the child). It reports, per run:
//
//	articles/s  articles read per second of wall time
//	MB/s        megabytes of articles read per second of wall time
//	cpu-s       user and system CPU seconds
//	peak-RSS-MB the child's maximum resident set size
//	out-MB      (build) the bytes of the site written, and files its files
//
// and logs the machine (CPUs, GOOS/GOARCH) and each run in words.
// extract-cached-one-changed is extract with --cache after one article
// changed (the cache filled first): what a newsroom's rebuild costs. Run it
// alone with
//
//	go test -run '^$' -bench Archive -benchtime 1x ./cmd/dateline
//
// or with the others through make bench.
func BenchmarkArchive(b *testing.B) {
	// A parent benchmark's log is not printed: the machine goes to
	// stdout, beside go test's own goos, goarch and cpu lines.
	fmt.Printf("machine: %d CPUs (GOMAXPROCS %d), %s/%s, %s\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version())
	sizes := []int{1000, 10000}
	if os.Getenv("DATELINE_BENCH_100K") == "1" {
		sizes = append(sizes, 100000)
	} else {
		fmt.Printf("BenchmarkArchive: 100,000 articles skipped (DATELINE_BENCH_100K=1 runs them)\n")
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "archive")
			if err := archive.Generate(dir, n, 1); err != nil {
				b.Fatal(err)
			}
			size, _ := treeSize(b, dir)
			b.Run("extract", func(b *testing.B) {
				runArchive(b, n, size, func(int) *exec.Cmd {
					return dateline("extract", "--format", "json", dir)
				}, nil)
			})
			// A rebuild with --cache after one article changed: the
			// cache is filled first; each run changes one more article.
			b.Run("extract-cached-one-changed", func(b *testing.B) {
				cache := filepath.Join(b.TempDir(), "cache")
				if out, err := dateline("extract", "--cache", cache, "--format", "json", dir).CombinedOutput(); err != nil && !strings.Contains(string(out), "skipped") {
					b.Fatalf("filling the cache: %v\n%s", err, lastLines(string(out), 5))
				}
				var files []string
				filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
					if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
						files = append(files, p)
					}
					return nil
				})
				runArchive(b, n, size, func(i int) *exec.Cmd {
					p := files[(i*7919)%len(files)]
					if f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0); err == nil {
						fmt.Fprintf(f, "\nThe council met again on Tuesday, for the %dth time.\n", i+2)
						f.Close()
					}
					return dateline("extract", "--cache", cache, "--format", "json", dir)
				}, nil)
			})
			b.Run("build", func(b *testing.B) {
				tmp := b.TempDir()
				runArchive(b, n, size, func(i int) *exec.Cmd {
					return dateline("build", "--quiet", "--out", filepath.Join(tmp, fmt.Sprint("public", i)), dir)
				}, func(i int) {
					out := filepath.Join(tmp, fmt.Sprint("public", i))
					sz, files := treeSize(b, out)
					b.ReportMetric(float64(sz)/1e6, "out-MB")
					b.ReportMetric(float64(files), "files")
					b.Logf("build of %d articles wrote %.1f MB in %d files", n, float64(sz)/1e6, files)
					os.RemoveAll(out)
				})
			})
		})
	}
}

// runArchive runs the command cmd(i) once per benchmark iteration and
// reports its rates, CPU time and peak RSS; after(i), if not nil, looks at
// what the run wrote.
func runArchive(b *testing.B, n int, size int64, cmd func(i int) *exec.Cmd, after func(i int)) {
	var wall, cpu time.Duration
	var rss int64
	runs := 0
	for b.Loop() {
		c := cmd(runs)
		var stderr bytes.Buffer
		c.Stderr = &stderr
		t0 := time.Now()
		err := c.Run()
		d := time.Since(t0)
		// Exit 3 is a run that went through but skipped some input.
		if err != nil && (c.ProcessState == nil || c.ProcessState.ExitCode() != exitSkipped) {
			b.Fatalf("%s: %v\n%s", strings.Join(c.Args[1:], " "), err, lastLines(stderr.String(), 5))
		}
		ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			b.Fatal("no rusage for the child")
		}
		c1 := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		r := maxRSS(ru)
		b.StopTimer()
		if after != nil {
			after(runs)
		}
		b.StartTimer()
		b.Logf("%s of %d articles (%.1f MB): %.2f s wall, %.2f s CPU, %d MB peak RSS; %.0f articles/s, %.2f MB/s",
			c.Args[1], n, float64(size)/1e6, d.Seconds(), c1.Seconds(), r>>20, float64(n)/d.Seconds(), float64(size)/1e6/d.Seconds())
		wall += d
		cpu += c1
		rss = max(rss, r)
		runs++
	}
	b.ReportMetric(float64(n*runs)/wall.Seconds(), "articles/s")
	b.ReportMetric(float64(size)*float64(runs)/1e6/wall.Seconds(), "MB/s")
	b.ReportMetric(cpu.Seconds()/float64(runs), "cpu-s")
	b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
}

// maxRSS is the child's peak resident set size in bytes (Linux counts
// kilobytes, macOS bytes).
func maxRSS(ru *syscall.Rusage) int64 {
	if runtime.GOOS == "darwin" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) << 10
}

// dateline is the command to run as a child: this test binary, which is
// dateline when DATELINE_MAIN=1 (see TestMain).
func dateline(args ...string) *exec.Cmd {
	c := exec.Command(os.Args[0], args...)
	c.Env = append(os.Environ(), "DATELINE_MAIN=1")
	return c
}

// treeSize is the bytes and the number of the regular files under dir.
func treeSize(b *testing.B, dir string) (int64, int) {
	var size int64
	var files int
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			size += info.Size()
			files++
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return size, files
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
