//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || solaris)

package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// lock is a file created exclusively and removed on release. A killed build
// leaves it behind; the message says so.
type lock struct{ name string }

func takeLock(name string) (*lock, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("another dateline build is writing here (it holds %s); try again when it has finished, or delete that file if no build is running", name)
	}
	if err != nil {
		return nil, err
	}
	f.Close()
	return &lock{name}, nil
}

func (l *lock) release() error { return os.Remove(l.name) }
