package extract_test

import (
	"cmp"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/archive"
	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/testdir"
)

// BenchmarkMergeArchive measures the merge alone (Timeline) on a generated
// archive of 10,000 articles, as a rebuild from the cache runs it: the
// articles are analysed once, kept as their cached bytes, and read back
// and added with the timer stopped.
func BenchmarkMergeArchive(b *testing.B) {
	dir := b.TempDir()
	if err := archive.Generate(dir, 10000, 1); err != nil {
		b.Fatal(err)
	}
	docs, _ := corpus.Read([]string{dir}, corpus.Options{})
	slices.SortStableFunc(docs, func(a, b corpus.Document) int { return cmp.Compare(a.Article.Path, b.Article.Path) })
	x := extract.NewExtractor(extract.Options{})
	kept := make([][]byte, len(docs))
	for i, d := range docs {
		var err error
		if kept[i], err = x.Analyze(extract.Doc{Article: d.Article, Text: d.Text}).MarshalBinary(); err != nil {
			b.Fatal(err)
		}
	}
	docs = nil
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		x := extract.NewExtractor(extract.Options{})
		for _, k := range kept {
			var a extract.Analysis
			if err := a.UnmarshalBinary(k); err != nil {
				b.Fatal(err)
			}
			if err := x.Add(&a); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC() // the collection of what reading left is not the merge's
		cpu0 := testdir.CPUTime()
		b.StartTimer()
		x.Timeline()
		cpu += testdir.CPUTime() - cpu0
	}
	// The machine may be shared: the CPU time the process spent is
	// steadier than the time on the clock.
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
