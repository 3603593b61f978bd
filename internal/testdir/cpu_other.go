//go:build !unix

package testdir

import "time"

// CPUTime is not measured here: it returns 0, and no CPU figure is
// reported.
func CPUTime() time.Duration { return 0 }
