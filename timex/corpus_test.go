package timex_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/timeml"
)

// moduleRoot walks up from the working directory to the folder of go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// sharedDir finds ../shared/<rel> beside the module; it skips the test when
// the folder is absent, except under CI=true, where it fails.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	dir := filepath.Join(moduleRoot(t), "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (required in CI): %v", dir, err)
		}
		t.Skipf("%s is absent", dir)
	}
	return dir
}

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
