package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads a folder of 500 generated Markdown articles (about
// 3 KB each, YAML front matter, headings, lists, links and an image) and
// the five seed articles.
func BenchmarkRead(b *testing.B) {
	b.Run("markdown500", func(b *testing.B) {
		dir := b.TempDir()
		var size int64
		for i := range 500 {
			var sb strings.Builder
			fmt.Fprintf(&sb, "---\ntitle: Article %d\ndate: 2024-06-%02d\noutlet: Bench Wire\n---\n# Article %d\n\n", i, 1+i%28, i)
			for p := range 12 {
				fmt.Fprintf(&sb, "Paragraph %d of article %d: the delegation arrived on Tuesday and *met* officials\n"+
					"for talks that ran late, a [spokesman](https://x.test/%d) said; more talks follow next week.\n\n", p, i, p)
			}
			sb.WriteString("- one item\n- another item\n\n![a photo](p.jpg)\n")
			size += int64(sb.Len())
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.md", i)), []byte(sb.String()), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			docs, problems := Read([]string{dir}, Options{})
			if len(docs) != 500 || len(problems) != 0 {
				b.Fatalf("Read = %d docs, %d problems", len(docs), len(problems))
			}
		}
	})
	b.Run("seeds", func(b *testing.B) {
		dir := seedsDir(b)
		b.ReportAllocs()
		for b.Loop() {
			docs, _ := Read([]string{dir}, Options{})
			if len(docs) != 5 {
				b.Fatalf("Read(seeds) = %d docs", len(docs))
			}
		}
	})
}
