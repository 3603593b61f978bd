package corpus

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// liar is a file whose size is wrong: it changed after it was asked.
type liar struct {
	io.Reader
	size int64
}

func (l liar) regularSize() (int64, bool) { return l.size, true }

// TestReadLimited checks that a file read in one call gives the bytes
// io.ReadAll(io.LimitReader(in, max+1)) gives, whatever its size says.
func TestReadLimited(t *testing.T) {
	const max = 10
	dir := t.TempDir()
	for _, text := range []string{"", "a", "abcdefghi", "abcdefghij", "abcdefghijk", strings.Repeat("x", 100)} {
		want := text
		if len(want) > max+1 {
			want = want[:max+1]
		}
		for size := int64(0); size <= 14; size++ {
			got, err := readLimited(liar{strings.NewReader(text), size}, max)
			if err != nil || string(got) != want {
				t.Errorf("%q with size %d: %q, %v; want %q", text, size, got, err, want)
			}
		}
		name := filepath.Join(dir, "f")
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, open := range []func(string) (io.ReadCloser, error){openFile, func(n string) (io.ReadCloser, error) { return os.Open(n) }} {
			f, err := open(name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readLimited(f, max)
			f.Close()
			if err != nil || !bytes.Equal(got, []byte(want)) {
				t.Errorf("file %q: %q, %v; want %q", text, got, err, want)
			}
		}
	}
	f, err := openFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := readLimited(f, max); err == nil {
		t.Errorf("a folder read without error")
	}
}
