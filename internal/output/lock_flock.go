//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly || solaris

package output

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// lock is an flock(2) lock on a file: the kernel releases it when the
// process ends, however it ends, so a killed build never leaves a stale
// lock. The file itself stays (removing it would race with a build taking
// it).
type lock struct{ f *os.File }

func takeLock(name string) (*lock, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, fmt.Errorf("another dateline build is writing here (it holds %s); try again when it has finished", name)
		}
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	return &lock{f}, nil
}

func (l *lock) release() error { return l.f.Close() }
