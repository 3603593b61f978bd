package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// stageClock times the stages of one rebuild of serve, for measuring it:
// with DATELINE_SERVE_TIMES set, serve logs each rebuild's stages (wall
// and CPU seconds) and its RSS after it (and the peak so far) on stderr.
// A nil stageClock times nothing.
type stageClock struct {
	w      io.Writer
	t0, t  time.Time
	c0, c  time.Duration
	stages []string
}

// newStageClock starts a clock when DATELINE_SERVE_TIMES is set, or
// returns nil.
func newStageClock(w io.Writer) *stageClock {
	if os.Getenv("DATELINE_SERVE_TIMES") == "" {
		return nil
	}
	t, c := time.Now(), cpuTime()
	return &stageClock{w: w, t0: t, t: t, c0: c, c: c}
}

// mark ends the stage under way, named stage.
func (s *stageClock) mark(stage string) {
	if s == nil {
		return
	}
	t, c := time.Now(), cpuTime()
	s.stages = append(s.stages, fmt.Sprintf("%s %.3f s (%.2f CPU)", stage, t.Sub(s.t).Seconds(), (c-s.c).Seconds()))
	s.t, s.c = t, c
}

// done logs the stages, the whole and the memory.
func (s *stageClock) done() {
	if s == nil {
		return
	}
	rss, hwm := "?", "?"
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(b)) {
			if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				rss = strings.TrimSpace(v)
			}
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				hwm = strings.TrimSpace(v)
			}
		}
	}
	fmt.Fprintf(s.w, "dateline: times: %s; whole %.3f s (%.2f CPU); RSS %s, peak %s\n",
		strings.Join(s.stages, ", "), time.Since(s.t0).Seconds(), (cpuTime() - s.c0).Seconds(), rss, hwm)
}
