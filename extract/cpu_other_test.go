//go:build !unix

package extract_test

import "time"

// cpuTime is not measured here: it returns 0, and no CPU metric is reported.
func cpuTime() time.Duration { return 0 }
