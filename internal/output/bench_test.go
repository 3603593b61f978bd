package output

import (
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkWrite replaces a site of n files of 2 KiB (an event page each)
// with a new one, as every build after the first does: write the new
// folder, swap it in, delete the old one.
func BenchmarkWrite(b *testing.B) {
	for _, n := range []int{20, 10000} {
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			files := make([]File, n)
			data := make([]byte, 2048)
			for i := range files {
				files[i] = File{Path: fmt.Sprintf("events/e%05d/index.html", i), Data: data}
			}
			dir := filepath.Join(b.TempDir(), "public")
			if err := Write(dir, files); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := Write(dir, files); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
