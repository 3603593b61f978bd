package extract

import (
	"testing"
	"time"
)

// checkLinear guards a path against growing faster than its input, without
// a time limit that a loaded machine could miss: run(n) and run(4n), the
// faster of three runs each, and the larger may cost at most 10 times the
// smaller. A linear path costs about 4 times, a quadratic one 16; both
// sizes meet the same machine, so its load cancels out. n should be large
// enough that run(n) takes milliseconds: below that, fixed costs and the
// caches' sizes make the ratio say little (a reported clause of 4,096
// words took 23 ms and of 8,192 words 131 ms, then twice as long for each
// doubling).
func checkLinear(t *testing.T, what string, n int, run func(n int)) {
	t.Helper()
	best := func(n int) time.Duration {
		d := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			run(n)
			d = min(d, time.Since(start))
		}
		return d
	}
	small, large := best(n), best(4*n)
	// A path too quick to time at n is measured at least at a microsecond.
	if large > 10*max(small, time.Microsecond) {
		t.Errorf("%s: %d took %v, %d took %v (%.0f times for 4 times the input)", what, n, small, 4*n, large, float64(large)/float64(max(small, time.Microsecond)))
	}
}
