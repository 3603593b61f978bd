package output

import (
	"os"
	"syscall"
)

// writeData writes data to the file name (created or truncated, mode 0644
// before the umask), as os.WriteFile does, in three system calls: an
// *os.File would add an epoll registration and four fcntls to each of a
// site's tens of thousands of pages.
func writeData(name string, data []byte) error {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, 0o644)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return &os.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = syscall.Write(fd, data)
		switch {
		case err == syscall.EINTR:
			err = nil
		case err == nil && n == 0:
			err = syscall.EIO
		case err == nil:
			data = data[n:]
		}
	}
	if err != nil {
		syscall.Close(fd)
		return &os.PathError{Op: "write", Path: name, Err: err}
	}
	if err := syscall.Close(fd); err != nil {
		return &os.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}
