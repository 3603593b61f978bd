//go:build linux

package output

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// exchangeFolders swaps a and b with renameat2(RENAME_EXCHANGE): at every
// instant each name holds one complete folder.
func exchangeFolders(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EINVAL), errors.Is(err, unix.EOPNOTSUPP):
		return errNoExchange
	}
	return &os.LinkError{Op: "exchange", Old: a, New: b, Err: err}
}
