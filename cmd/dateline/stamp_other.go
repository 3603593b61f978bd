//go:build !linux

package main

// stampOf knows no file's stamp here: every article is read and hashed.
func stampOf(name string) (fileStamp, bool) { return fileStamp{}, false }
