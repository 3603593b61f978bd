package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// stageClock times the stages of one rebuild of serve, or of one run of
// extract or build, for measuring it: with DATELINE_SERVE_TIMES set, serve
// logs each rebuild's stages (wall seconds, and user and system CPU
// seconds) and its RSS after it (and the peak so far) on stderr, and
// extract and build their run's.
// A nil stageClock times nothing.
type stageClock struct {
	w      io.Writer
	t0, t  time.Time
	u0, u  time.Duration // user CPU time
	s0, s  time.Duration // system CPU time
	stages []string
}

// newStageClock starts a clock when DATELINE_SERVE_TIMES is set, or
// returns nil.
func newStageClock(w io.Writer) *stageClock {
	if os.Getenv("DATELINE_SERVE_TIMES") == "" {
		return nil
	}
	t := time.Now()
	u, s := cpuTime()
	return &stageClock{w: w, t0: t, t: t, u0: u, u: u, s0: s, s: s}
}

// mark ends the stage under way, named stage.
func (s *stageClock) mark(stage string) {
	if s == nil {
		return
	}
	t := time.Now()
	u, sys := cpuTime()
	s.stages = append(s.stages, fmt.Sprintf("%s %.3f s (%.2f+%.2f CPU)", stage, t.Sub(s.t).Seconds(), (u-s.u).Seconds(), (sys-s.s).Seconds()))
	s.t, s.u, s.s = t, u, sys
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
	u, sys := cpuTime()
	fmt.Fprintf(s.w, "dateline: times: %s; whole %.3f s (%.2f+%.2f CPU); RSS %s, peak %s\n",
		strings.Join(s.stages, ", "), time.Since(s.t0).Seconds(), (u - s.u0).Seconds(), (sys - s.s0).Seconds(), rss, hwm)
}
