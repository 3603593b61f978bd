package timex_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/testdir"
	"github.com/dateline-news/dateline/internal/timeml"
)

// sharedDir finds ../shared/<rel> beside the module (see testdir.Shared).
func sharedDir(t testing.TB, rel string) string { return testdir.Shared(t, rel) }

// readTimeBank reads every .tml document of the corpus.
func readTimeBank(t testing.TB) []*timeml.Doc {
	t.Helper()
	dir := sharedDir(t, "corpora/timebank")
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no .tml files in %s", dir)
	}
	var docs []*timeml.Doc
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := timeml.ReadNamed(r, filepath.Base(f))
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}
