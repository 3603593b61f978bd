package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/archive"
)

// rebuildArchive is how many generated articles TestCacheRebuildSameBytes
// adds to the example corpus: enough for running stories told by several
// outlets over years, few enough for a test.
const rebuildArchive = 300

// A rebuild with --cache after the input changed gives, byte for byte,
// the timeline and notes of a run without the cache on the new input:
// after one article changes, one is deleted and one is added, on the
// example corpus with a generated archive beside it. What a rebuild keeps
// between runs (the articles' analyses, and anything kept to merge
// faster) must never show in its output.
func TestCacheRebuildSameBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs extract ten times on 310 articles")
	}
	corpus := cacheCorpus(t)
	if err := archive.Generate(filepath.Join(corpus, "archive"), rebuildArchive, 7); err != nil {
		t.Fatal(err)
	}
	var articles []string
	filepath.WalkDir(corpus, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".md" {
			articles = append(articles, p)
		}
		return nil
	})
	n := len(articles)
	if n != rebuildArchive+10 {
		t.Fatalf("%d articles, want %d", n, rebuildArchive+10)
	}
	cache := filepath.Join(t.TempDir(), "cache")
	last := ""
	same := func(step, wantHits string) {
		t.Helper()
		want, wantErr := fresh(t, corpus)
		if step != "nothing changed" {
			if want == last {
				t.Errorf("%s: the timeline did not change: the step tests nothing", step)
			}
			last = want
		}
		out, errs, hits := extractCached(t, corpus, cache)
		if hits != wantHits {
			t.Errorf("%s: %s articles from the cache, want %s", step, hits, wantHits)
		}
		if out != want {
			t.Errorf("%s: the timeline with the cache is not the one without (%d bytes against %d)", step, len(out), len(want))
		}
		if errs != wantErr {
			t.Errorf("%s: notes with the cache:\n%s\nwithout:\n%s", step, errs, wantErr)
		}
	}
	same("first run", "0/310")
	same("nothing changed", "310/310")

	// One article tells a new dated happening, of its own running story.
	p := articles[n/2]
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, "\nA second search of the site was carried out on Thursday, a police spokesman said.\n"...)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	same("one article changed", "309/310")

	// One article is deleted: its sources leave the events they joined.
	if err := os.Remove(articles[n/3]); err != nil {
		t.Fatal(err)
	}
	same("one article deleted", "309/309")

	// One article is added: a second report of another article's day.
	added := filepath.Join(filepath.Dir(articles[2*n/3]), "2099-01-01-added-report.md")
	b, err = os.ReadFile(articles[2*n/3])
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, "\nThe mayor said on Monday that a review of the decision would begin next month.\n"...)
	if err := os.WriteFile(added, b, 0o644); err != nil {
		t.Fatal(err)
	}
	same("one article added", "309/310")
}
