package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestStageClock: without DATELINE_SERVE_TIMES serve times nothing; with
// it, a rebuild's line names its stages in order, with their seconds.
func TestStageClock(t *testing.T) {
	var b strings.Builder
	t.Setenv("DATELINE_SERVE_TIMES", "")
	c := newStageClock(&b)
	c.mark("read")
	c.done()
	if c != nil || b.Len() > 0 {
		t.Fatalf("a clock without DATELINE_SERVE_TIMES: %v %q", c, b.String())
	}
	t.Setenv("DATELINE_SERVE_TIMES", "1")
	c = newStageClock(&b)
	c.mark("read")
	c.mark("merge")
	c.done()
	re := regexp.MustCompile(`^dateline: times: read [0-9.]+ s \([0-9.]+\+[0-9.]+ CPU\), merge [0-9.]+ s \([0-9.]+\+[0-9.]+ CPU\); whole [0-9.]+ s \([0-9.]+\+[0-9.]+ CPU\); RSS .*, peak .*\n$`)
	if !re.MatchString(b.String()) {
		t.Errorf("times line %q", b.String())
	}
}

// TestExtractStageClock: with DATELINE_SERVE_TIMES, extract logs its run's
// stages (listing, reading, merging, writing) on stderr, and its output is
// the same; without it, no line.
func TestExtractStageClock(t *testing.T) {
	corpus := cacheCorpus(t)
	cache := t.TempDir() + "/cache"
	args := []string{"extract", "--now", "2026-12-01", "--cache", cache, "--format", "json", corpus}
	t.Setenv("DATELINE_SERVE_TIMES", "")
	code, want, errs := runCmd(t, "", args...)
	if code != 0 || strings.Contains(errs, "times:") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	t.Setenv("DATELINE_SERVE_TIMES", "1")
	code, out, errs := runCmd(t, "", args...)
	re := regexp.MustCompile(`(?m)^dateline: times: list [0-9.]+ s \([0-9.+]+ CPU\), read [0-9.]+ s \([0-9.+]+ CPU\), merge [0-9.]+ s \([0-9.+]+ CPU\), write [0-9.]+ s \([0-9.+]+ CPU\); whole .*\n`)
	if code != 0 || out != want || !re.MatchString(errs) {
		t.Errorf("exit %d, same output %v, stderr %q", code, out == want, errs)
	}
}
