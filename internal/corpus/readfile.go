package corpus

import (
	"io"
	"os"
)

// sizedFile is a file that tells its size when it is a regular file, so
// that it is read in one call into room of that size.
type sizedFile interface {
	regularSize() (int64, bool)
}

// readLimited reads in to its end, and at most max+1 bytes, as
// io.ReadAll(io.LimitReader(in, max+1)) does. A regular file is read in
// one call into room of its size and one byte more (the byte tells that
// it grew): an archive has many small files, and each read is a system
// call.
func readLimited(in io.Reader, max int64) ([]byte, error) {
	return readLimitedInto(nil, in, max)
}

// readLimitedInto is readLimited reading into room's storage when it has
// the room (a regular file whose size it holds); the bytes returned may be
// room's.
func readLimitedInto(room []byte, in io.Reader, max int64) ([]byte, error) {
	size, ok := int64(0), false
	switch f := in.(type) {
	case sizedFile:
		size, ok = f.regularSize()
	case *os.File:
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			size, ok = info.Size(), true
		}
	}
	if !ok || size < 0 || size >= max {
		return io.ReadAll(io.LimitReader(in, max+1))
	}
	var b []byte
	if int64(cap(room)) > size {
		b = room[:size+1]
	} else {
		b = make([]byte, size+1)
	}
	n, err := in.Read(b)
	if n == int(size) && (err == nil || err == io.EOF) {
		return b[:n], nil // the whole file, as its size said
	}
	if err != nil && err != io.EOF {
		return b[:n], err
	}
	// A short read, or one that filled the room: the file changed while
	// it was read. The rest is read as io.ReadAll would.
	if n == 0 && err == io.EOF {
		return b[:0], nil
	}
	rest, err := io.ReadAll(io.LimitReader(in, max+1-int64(n)))
	return append(b[:n], rest...), err
}
