//go:build darwin

package output

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// exchangeFolders swaps a and b with renamex_np(RENAME_SWAP).
func exchangeFolders(a, b string) error {
	err := unix.RenamexNp(a, b, unix.RENAME_SWAP)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOTSUP), errors.Is(err, unix.EINVAL):
		return errNoExchange
	}
	return &os.LinkError{Op: "exchange", Old: a, New: b, Err: err}
}
