package extract_test

import (
	"cmp"
	"os"
	"runtime"
	"slices"
	"sync"
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
	kept := keptArchive(b)
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		x := readKept(b, kept)
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

// BenchmarkReadArchive measures what a rebuild from the cache does before
// the merge, on the archive of BenchmarkMergeArchive: each article's
// cached bytes read back (UnmarshalBinary) and added (Add), on one core.
func BenchmarkReadArchive(b *testing.B) {
	kept := keptArchive(b)
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		cpu0 := testdir.CPUTime()
		readKept(b, kept)
		cpu += testdir.CPUTime() - cpu0
	}
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

var keptArchiveOnce struct {
	sync.Once
	kept [][]byte
	err  error
}

// keptArchive is the cached bytes of the Analyses of a generated archive
// of 10,000 articles, in path order, made once a process.
func keptArchive(b *testing.B) [][]byte {
	k := &keptArchiveOnce
	k.Do(func() {
		dir, err := os.MkdirTemp("", "dateline-bench-")
		if err != nil {
			k.err = err
			return
		}
		defer os.RemoveAll(dir)
		if k.err = archive.Generate(dir, 10000, 1); k.err != nil {
			return
		}
		docs, _ := corpus.Read([]string{dir}, corpus.Options{})
		slices.SortStableFunc(docs, func(a, b corpus.Document) int { return cmp.Compare(a.Article.Path, b.Article.Path) })
		x := extract.NewExtractor(extract.Options{})
		k.kept = make([][]byte, len(docs))
		for i, d := range docs {
			if k.kept[i], k.err = x.Analyze(extract.Doc{Article: d.Article, Text: d.Text}).MarshalBinary(); k.err != nil {
				return
			}
		}
	})
	if k.err != nil {
		b.Fatal(k.err)
	}
	return k.kept
}

// readKept reads back the cached bytes of the archive's articles and adds
// them to a new Extractor.
func readKept(b *testing.B, kept [][]byte) *extract.Extractor {
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
	return x
}
