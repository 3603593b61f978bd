package extract_test

import (
	"testing"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/archive"
	"github.com/dateline-news/dateline/internal/corpus"
)

// BenchmarkAnalyzeArchive measures what a cold build does to each article
// before the merge, on one core: a generated archive of 1,000 articles
// read from disk (corpus.Read) and each analysed (Analyze). It is the
// stage that runs on every core and dominates a cold 100,000-article
// build; its instruction count (valgrind --tool=callgrind on the test
// binary with -test.bench AnalyzeArchive -test.benchtime 1x) is steadier
// on a shared machine than its time.
func BenchmarkAnalyzeArchive(b *testing.B) {
	dir := b.TempDir()
	if err := archive.Generate(dir, 1000, 1); err != nil {
		b.Fatal(err)
	}
	x := extract.NewExtractor(extract.Options{})
	b.ReportAllocs()
	for b.Loop() {
		docs, _ := corpus.Read([]string{dir}, corpus.Options{})
		for _, d := range docs {
			x.Analyze(extract.Doc{Article: d.Article, Text: d.Text, Filed: d.Filed})
		}
	}
}
