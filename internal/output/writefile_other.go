//go:build !linux

package output

import "os"

// writeData writes data to the file name, created or truncated.
func writeData(name string, data []byte) error { return os.WriteFile(name, data, 0o644) }
