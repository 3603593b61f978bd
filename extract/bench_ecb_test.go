package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/extract"
	"github.com/dateline-news/dateline/internal/corpus"
)

// BenchmarkExtractECB measures extraction on real news: the 22 ECB+/ESC
// topics (255 articles), each topic one story, read as dateline reads them.
func BenchmarkExtractECB(b *testing.B) {
	root := filepath.Join("..", "..", "shared", "corpora", "ecbplus-esc", "topics")
	topics, err := os.ReadDir(root)
	if err != nil {
		b.Skip("../shared/corpora/ecbplus-esc is not beside the checkout")
	}
	var stories [][]extract.Doc
	size := 0
	for _, tp := range topics {
		dir := filepath.Join(root, tp.Name(), "articles")
		read, _ := corpus.Read([]string{dir}, corpus.Options{})
		var docs []extract.Doc
		for _, d := range read {
			docs = append(docs, extract.Doc{Article: d.Article, Text: d.Text})
			size += len(d.Text)
		}
		stories = append(stories, docs)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, docs := range stories {
			extract.Extract(docs, extract.Options{})
		}
	}
}
