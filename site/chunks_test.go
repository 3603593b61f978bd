package site

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// writeChunks writes what its chunks make in their order, and stops at the
// first error, of a chunk or of the writer.
func TestWriteChunks(t *testing.T) {
	var want strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&want, "<%d:%s>", i, strings.Repeat("x", i%37))
	}
	chunk := func(i int, b *bytes.Buffer) error {
		fmt.Fprintf(b, "<%d:%s>", i, strings.Repeat("x", i%37))
		return nil
	}
	var got bytes.Buffer
	if err := writeChunks(&got, 1000, chunk); err != nil || got.String() != want.String() {
		t.Fatalf("writeChunks: %v, %d bytes, want %d in order", err, got.Len(), want.Len())
	}
	got.Reset()
	if err := writeChunks(&got, 0, chunk); err != nil || got.Len() != 0 {
		t.Errorf("no chunks: %v, %q", err, got.String())
	}
	bad := errors.New("chunk 500 fails")
	got.Reset()
	err := writeChunks(&got, 1000, func(i int, b *bytes.Buffer) error {
		if i == 500 || i == 700 {
			return bad
		}
		return chunk(i, b)
	})
	if !errors.Is(err, bad) || !strings.HasSuffix(got.String(), "<499:"+strings.Repeat("x", 499%37)+">") {
		t.Errorf("a failing chunk: %v, output ends %q", err, got.String()[max(0, got.Len()-20):])
	}
	w := &failAfter{n: 3}
	if err := writeChunks(w, 1000, chunk); !errors.Is(err, errFull) || w.writes != 4 {
		t.Errorf("a failing writer: %v after %d writes, want errFull after 4", err, w.writes)
	}
}

var errFull = errors.New("full")

// failAfter accepts n writes and refuses the next ones.
type failAfter struct{ n, writes int }

func (w *failAfter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes > w.n {
		return 0, errFull
	}
	return len(p), nil
}
