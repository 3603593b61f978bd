package main

import "syscall"

// stampOf is the stamp of the regular file name (symbolic links followed,
// as the file is opened), or false. The file is opened and its stamp read
// from the open file, not from its name: opening makes a network file
// system (NFS's close-to-open consistency) ask the server for the file's
// attributes instead of answering from its cache, where a change made on
// another machine may not show yet. It is opened without blocking (a FIFO
// put in its place would wait for a writer) and closed at once.
func stampOf(name string) (fileStamp, bool) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return fileStamp{}, false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return fileStamp{}, false
	}
	return fileStamp{dev: uint64(st.Dev), ino: st.Ino, size: st.Size,
		mtime: st.Mtim.Nano(), ctime: st.Ctim.Nano()}, true
}
