//go:build !linux

package main

import "os"

// ownExecutable names the file this process runs, as far as the system
// tells: the path it was started from.
func ownExecutable() (string, error) { return os.Executable() }
