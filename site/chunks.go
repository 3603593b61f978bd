package site

import (
	"bytes"
	"io"
	"sync"

	"github.com/dateline-news/dateline/internal/ordered"
)

// writeChunks writes the chunks 0..n-1 of a file to w in order, each made
// by chunk into a buffer of its own on every core (ordered.Run: a bounded
// window of them waits to be written). The bytes are those of calling
// chunk on one buffer one after another; the first error of chunk or of
// w is returned and no chunk after it is written.
func writeChunks(w io.Writer, n int, chunk func(i int, b *bytes.Buffer) error) error {
	type made struct {
		b   *bytes.Buffer
		err error
	}
	var err error
	ordered.Run(n, 0, 0, func(i int) made {
		b := chunkBufs.Get().(*bytes.Buffer)
		b.Reset()
		return made{b, chunk(i, b)}
	}, func(i int, m made) {
		defer putChunkBuf(m.b)
		switch {
		case err != nil:
		case m.err != nil:
			err = m.err
		default:
			_, err = w.Write(m.b.Bytes())
		}
	})
	return err
}

// chunkBufs are writeChunks's buffers.
var chunkBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// putChunkBuf gives b back to the pool unless it grew large (one huge
// event's chunk is not worth keeping).
func putChunkBuf(b *bytes.Buffer) {
	if b.Cap() <= 1<<20 {
		chunkBufs.Put(b)
	}
}
