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
