//go:build unix

package testdir

import (
	"syscall"
	"time"
)

// CPUTime is the user and system CPU time this process has used, for
// benchmarks that report it beside the clock's (the machine may be shared).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
