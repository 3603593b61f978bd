//go:build !linux

package main

import "os"

// fileIsTerminal reports whether f is a character device: a terminal, or
// something like /dev/null where a progress line does no harm.
func fileIsTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
